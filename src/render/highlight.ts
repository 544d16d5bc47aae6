/**
 * Code colouring at build time, with Shiki: each token becomes a `<span>` holding its text and its
 * colour in both themes as CSS custom properties (`--shiki-light`, `--shiki-dark`); assets/code.css
 * picks one by the deck's theme. No highlighter reaches the page, and the code stays text nodes.
 *
 * Shiki, its JavaScript regex engine, the two themes and each grammar load synchronously (Node's
 * require of ES modules) the first time a deck has code, and only the languages the deck uses.
 * A language Shiki does not know, or none, leaves the code uncoloured.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Root } from 'hast';

/** Every token colour of both meets WCAG AA (4.5:1) on assets/code.css's backgrounds. */
export const THEMES = { light: 'github-light-high-contrast', dark: 'github-dark-default' } as const;

interface LanguageRegistration {
  name: string;
}
interface Highlighter {
  loadLanguageSync(...langs: LanguageRegistration[][]): void;
  codeToHast(code: string, options: { lang: string; themes: Record<string, string>; defaultColor: false; tokenizeTimeLimit: number }): Root;
}

const load = createRequire(import.meta.url);
let highlighter: Highlighter | undefined;
/** Language as written → the grammar's own name, or null when Shiki has none. */
const languages = new Map<string, string | null>();

/** A fence's language: letters, digits and `+#.-`, nothing that could name another file. */
const LANGUAGE_NAME = /^[a-z0-9][a-z0-9+#-]*(?:\.[a-z0-9]+)?$/;

/** The lines of `code` as `span.line` elements of coloured tokens, or undefined when `lang` is unknown. */
export function highlightLines(code: string, lang: string | undefined): ElementContent[] | undefined {
  const name = lang && grammar(lang.toLowerCase());
  if (!name) return undefined;
  // No time limit per line (Shiki's default stops colouring a line after 0.5 s): the same code is
  // coloured the same on a loaded machine, so a deck never depends on how busy the build was.
  const root = shiki().codeToHast(code, { lang: name, themes: THEMES, defaultColor: false, tokenizeTimeLimit: 0 });
  const pre = root.children.find((c): c is Element => c.type === 'element' && c.tagName === 'pre');
  const codeElement = pre?.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
  return codeElement?.children;
}

function grammar(lang: string): string | null {
  const known = languages.get(lang);
  if (known !== undefined) return known;
  let name: string | null = null;
  if (LANGUAGE_NAME.test(lang)) {
    try {
      const registrations = (load(`shiki/langs/${lang}.mjs`) as { default: LanguageRegistration[] }).default;
      shiki().loadLanguageSync(registrations);
      name = registrations[registrations.length - 1]?.name ?? null;
    } catch {
      name = null; // not a language Shiki has
    }
  }
  languages.set(lang, name);
  return name;
}

function shiki(): Highlighter {
  if (highlighter) return highlighter;
  const { createHighlighterCoreSync } = load('shiki/core') as { createHighlighterCoreSync(options: object): Highlighter };
  const { createJavaScriptRegexEngine } = load('shiki/engine/javascript') as { createJavaScriptRegexEngine(): unknown };
  const theme = (name: string) => (load(`shiki/themes/${name}.mjs`) as { default: unknown }).default;
  highlighter = createHighlighterCoreSync({ themes: [theme(THEMES.light), theme(THEMES.dark)], langs: [], engine: createJavaScriptRegexEngine() });
  return highlighter;
}
