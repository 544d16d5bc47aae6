/**
 * reveal.css styles every feature reveal.js has; the deck turns on few of them. Its stylesheet
 * blocks the first paint, so the styles of features the deck never uses are dropped at build time
 * (about a third of reveal.css): slide transitions other than fade and none (src/runtime/main.ts),
 * background transitions (off), fragment styles other than the default fade-in (src/render), the
 * lightbox and preview overlay (no data-preview-* attributes), and layout helpers (.r-stack,
 * .r-fit-text, .r-stretch…) no layout uses. Everything else, overview, print and scroll views
 * included, stays. Only reveal.css is touched, and only selector by selector.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'postcss';
import type { Plugin as VitePlugin } from 'vite';

export const UNUSED_REVEAL_SELECTORS: RegExp[] = [
  /\[data-transition(-speed)?=(slide|convex|concave|zoom)\]/,
  /\[data-background-transition=(slide|convex|concave|zoom|fade)\]/,
  /\.fragment\.(grow|shrink|zoom-in|fade-out|fade-up|fade-down|fade-left|fade-right|fade-in-then-out|fade-in-then-semi-out|semi-fade-out|current-visible|highlight-[\w-]+|strike)\b/,
  /\.r-overlay/,
  /\.r-(stack|fit-text|stretch|hstack|vstack|frame)\b/,
  /\.roll\b/,
];

const isRevealCss = (file: string | undefined) => Boolean(file && /[\\/]reveal\.js[\\/]dist[\\/]reveal\.css$/.test(file));

export function trimRevealCss(unused: RegExp[] = UNUSED_REVEAL_SELECTORS): Plugin {
  return {
    postcssPlugin: 'deck-trim-reveal-css',
    Once(root) {
      if (!isRevealCss(root.source?.input.file)) return;
      root.walkRules((rule) => {
        const kept = rule.selectors.filter((selector) => !unused.some((pattern) => pattern.test(selector)));
        if (kept.length === 0) rule.remove();
        else if (kept.length < rule.selectors.length) rule.selectors = kept;
      });
      // Keyframes and media queries left empty go too.
      root.walkAtRules((at) => {
        if (at.nodes?.length === 0) at.remove();
      });
    },
  };
}

/**
 * The Vite side: reveal.css trimmed before Vite reads it. Trimming needs PostCSS, which would
 * otherwise be loaded and run over every stylesheet of every build; the trimmed text is kept in
 * .build/ (made by `npm ci`, see package.json) under a key of reveal.css's text and the patterns
 * above, so a build loads PostCSS only when reveal.js or the patterns change.
 */
export function trimRevealCssPlugin(cacheFile = TRIM_CACHE): VitePlugin {
  return {
    name: 'article-deck:trim-reveal-css',
    enforce: 'pre',
    async transform(code, id) {
      if (!isRevealCss(id.split('?')[0])) return undefined;
      return { code: await trimmedRevealCss(code, cacheFile), map: null };
    },
  };
}

export const TRIM_CACHE = fileURLToPath(new URL('../../.build/reveal.trimmed.css', import.meta.url));

/** reveal.css without the unused rules: from the cache when its key matches, else trimmed now and cached. */
export async function trimmedRevealCss(css: string, cacheFile = TRIM_CACHE): Promise<string> {
  const key = createHash('sha256').update(css).update(UNUSED_REVEAL_SELECTORS.join('\n')).digest('hex').slice(0, 16);
  const header = `/* reveal.css trimmed by article-deck, key ${key} */\n`;
  const cached = await readFile(cacheFile, 'utf8').catch(() => undefined);
  if (cached?.startsWith(header)) return cached.slice(header.length);
  const { default: postcss } = await import('postcss');
  const trimmed = (await postcss([trimRevealCss()]).process(css, { from: REVEAL_CSS_NAME })).css;
  // A cache that cannot be written (read-only checkout) only costs the next build the same work.
  await mkdir(path.dirname(cacheFile), { recursive: true })
    .then(() => writeFile(cacheFile, header + trimmed))
    .catch(() => undefined);
  return trimmed;
}

/** The name PostCSS is told the text comes from: isRevealCss must recognise it. */
const REVEAL_CSS_NAME = '/reveal.js/dist/reveal.css';
