import { createRequire } from 'node:module';
import { DeckError } from '../errors.ts';
import type { ArticleMeta } from '../types.ts';

// The YAML parser is loaded when an article has front matter, not on every build (the bundled
// article has none). `require` keeps parsing synchronous; yaml ships a CommonJS build for it.
let yaml: typeof import('yaml') | undefined;
const loadYaml = () => (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));

/**
 * Parses YAML front matter into ArticleMeta. `firstLine` is the article line of the YAML's first line,
 * so errors point into the user's file.
 */
export function parseFrontMatter(yamlText: string, file: string, firstLine: number): ArticleMeta {
  const doc = loadYaml().parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = firstLine + (error.linePos?.[0]?.line ?? 1) - 1;
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new DeckError('front-matter', `malformed front matter: ${what}; fix the YAML between the --- lines`, { file, line });
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DeckError('front-matter', 'malformed front matter: expected "key: value" lines between the --- lines', { file, line: firstLine });
  }
  const record = data as Record<string, unknown>;
  const meta: ArticleMeta = {};
  const text = (key: string): string | undefined => {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
    throw new DeckError('front-matter', `front matter "${key}" must be text, not ${Array.isArray(value) ? 'a list' : 'a map'}`, {
      file,
      line: keyLine(yamlText, key, firstLine),
    });
  };
  meta.title = text('title');
  meta.author = text('author');
  meta.date = text('date');
  const lang = text('lang');
  if (lang !== undefined) {
    try {
      meta.lang = new Intl.Locale(lang).baseName;
    } catch {
      throw new DeckError('front-matter', `front matter lang "${lang}" is not a language tag (try "en", "es", "he")`, {
        file,
        line: keyLine(yamlText, 'lang', firstLine),
      });
    }
  }
  const theme = text('theme');
  if (theme !== undefined) {
    if (theme !== 'light' && theme !== 'dark') {
      throw new DeckError('front-matter', `front matter theme "${theme}" is unknown: use "light" or "dark"`, {
        file,
        line: keyLine(yamlText, 'theme', firstLine),
      });
    }
    meta.theme = theme;
  }
  const duration = record['duration'];
  if (duration !== undefined && duration !== null) {
    const minutes = typeof duration === 'number' ? duration : Number.parseFloat(String(duration));
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 600) {
      throw new DeckError('front-matter', `front matter duration "${String(duration)}" must be the talk's length in minutes, e.g. 20`, {
        file,
        line: keyLine(yamlText, 'duration', firstLine),
      });
    }
    meta.duration = minutes;
  }
  return meta;
}

function keyLine(yamlText: string, key: string, firstLine: number): number {
  const index = yamlText.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return firstLine + Math.max(index, 0);
}

/**
 * Splits `---\n…\n---` off the top of a text. Returns undefined when the text has no front matter;
 * throws when it opens front matter and never closes it.
 */
export function splitFrontMatter(text: string, file: string): { yaml: string; body: string; bodyLine: number } | undefined {
  if (!/^---[ \t]*\n/.test(text)) return undefined;
  const match = /^---[ \t]*\n([\s\S]*?)\n?^(?:---|\.\.\.)[ \t]*$\n?/m.exec(text);
  if (!match) {
    throw new DeckError('front-matter', 'front matter opened with --- is never closed: add a --- line after it', { file, line: 1 });
  }
  const yaml = match[1]!;
  return { yaml, body: text.slice(match[0].length), bodyLine: text.slice(0, match[0].length).split('\n').length };
}
