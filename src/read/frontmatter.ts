/**
 * Front matter: YAML between `---` lines (Jekyll, Hugo, most tools), TOML between `+++` lines or a
 * JSON object (Hugo), parsed into a record and then into ArticleMeta (front-matter-fields.ts).
 * Errors point at the line of the user's file.
 */
import { createRequire } from 'node:module';
import { DeckError } from '../errors.ts';
import type { ArticleMeta } from '../types.ts';
import { metaFromRecord } from './front-matter-fields.ts';

export type FrontMatterKind = 'yaml' | 'toml';

// The parsers are loaded when an article has front matter, not on every build (the bundled article
// has none). `require` keeps parsing synchronous; yaml and smol-toml ship CommonJS builds for it.
const require = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;
let toml: typeof import('smol-toml') | undefined;
const loadYaml = () => (yaml ??= require('yaml') as typeof import('yaml'));
const loadToml = () => (toml ??= require('smol-toml') as typeof import('smol-toml'));

const FENCE: Record<FrontMatterKind, string> = { yaml: '---', toml: '+++' };

/**
 * Parses front matter into ArticleMeta. `firstLine` is the article line of the block's first line,
 * so errors point into the user's file.
 */
export function parseFrontMatter(block: string, file: string, firstLine: number, kind: FrontMatterKind = 'yaml'): ArticleMeta {
  const data = kind === 'toml' ? parseToml(block, file, firstLine) : parseYaml(block, file, firstLine);
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DeckError('front-matter', `malformed front matter: expected "key: value" lines between the ${FENCE[kind]} lines`, { file, line: firstLine });
  }
  return metaFromRecord(data as Record<string, unknown>, (key) => ({ file, line: keyLine(block, key, firstLine) }));
}

function parseYaml(block: string, file: string, firstLine: number): unknown {
  const doc = loadYaml().parseDocument(block, { prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = firstLine + (error.linePos?.[0]?.line ?? 1) - 1;
    const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new DeckError('front-matter', `malformed front matter: ${what}; fix the YAML between the --- lines`, { file, line });
  }
  return doc.toJS();
}

function parseToml(block: string, file: string, firstLine: number): unknown {
  const { parse, TomlError } = loadToml();
  try {
    return parse(block);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const what = error.message.split('\n')[0]!.replace(/^Invalid TOML document:\s*/, '');
    throw new DeckError('front-matter', `malformed front matter: ${what}; fix the TOML between the +++ lines`, {
      file,
      line: firstLine + (error.line ?? 1) - 1,
    });
  }
}

/** The article line of `key: …` (YAML) or `key = …` (TOML), else the block's first line. */
function keyLine(block: string, key: string, firstLine: number): number {
  const index = block.split('\n').findIndex((line) => new RegExp(`^\\s*["']?${key}["']?\\s*[:=]`).test(line));
  return firstLine + Math.max(index, 0);
}

/**
 * Splits `---\n…\n---` (or, for TOML, `+++\n…\n+++`) off the top of a text. Returns undefined when
 * the text has no front matter of that kind; throws when it opens front matter and never closes it.
 * `yaml` holds the block's text (TOML for kind "toml").
 */
export function splitFrontMatter(
  text: string,
  file: string,
  kind: FrontMatterKind = 'yaml',
): { kind: FrontMatterKind; yaml: string; body: string; bodyLine: number } | undefined {
  const fence = kind === 'toml' ? String.raw`\+\+\+` : '---';
  if (!new RegExp(`^${fence}[ \\t]*\\n`).test(text)) return undefined;
  const close = kind === 'toml' ? fence : String.raw`(?:---|\.\.\.)`;
  const match = new RegExp(`^${fence}[ \\t]*\\n([\\s\\S]*?)\\n?^${close}[ \\t]*$\\n?`, 'm').exec(text);
  if (!match) {
    const mark = FENCE[kind];
    throw new DeckError('front-matter', `front matter opened with ${mark} is never closed: add a ${mark} line after it`, { file, line: 1 });
  }
  return { kind, yaml: match[1]!, body: text.slice(match[0].length), bodyLine: text.slice(0, match[0].length).split('\n').length };
}

/**
 * Hugo's JSON front matter: a `{` line opening the file, up to the first `}` line. Returns its meta
 * and its length in characters, or undefined when the file does not open with one.
 */
export function jsonFrontMatter(text: string, file: string): { meta: ArticleMeta; length: number } | undefined {
  const match = /^\{[ \t]*\n[\s\S]*?\n\}[ \t]*(?:\n|$)/.exec(text);
  if (!match) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(match[0]);
  } catch (error) {
    const what = (error as Error).message.replace(/ in JSON at position \d+.*$/s, '');
    const at = Number(/at position (\d+)/.exec((error as Error).message)?.[1] ?? 0);
    throw new DeckError('front-matter', `malformed front matter: ${what}; fix the JSON between the { and } lines`, {
      file,
      line: text.slice(0, at).split('\n').length,
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const block = match[0];
  const meta = metaFromRecord(data as Record<string, unknown>, (key) => ({ file, line: keyLine(block, key, 1) }));
  return { meta, length: block.length };
}
