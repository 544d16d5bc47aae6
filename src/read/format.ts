/**
 * Which reader an article needs (by extension, else by a look at its text), and running a reader
 * with the checks every format shares. Readers are loaded only for the format at hand: a plain-text
 * build never loads the Markdown or HTML parsers.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { DeckError } from '../errors.ts';
import type { ArticleFormat, ArticleMeta, Source } from '../types.ts';
import { checkLineNesting } from './limits.ts';

export type Reader = (text: string, file: string) => { tree: Root; meta: ArticleMeta; warnings?: Source['warnings']; dropped?: Source['dropped'] };

const EXTENSIONS: Record<string, ArticleFormat> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
};

/** The extensions `slides/` is scanned for. */
export const ARTICLE_EXTENSIONS = Object.keys(EXTENSIONS);

export function detectFormat(file: string, text: string): ArticleFormat {
  const byExtension = EXTENSIONS[path.extname(file).toLowerCase()];
  if (byExtension) return byExtension;
  if (/^\s*<(!doctype html|html|head|body|article)\b/i.test(text)) return 'html';
  if (/^---\s*\n/.test(text) || /^#{1,3} \S/m.test(text)) return 'markdown';
  return 'text';
}

/** The reader for a format, loaded on first use. */
export async function loadReader(format: ArticleFormat): Promise<Reader> {
  if (format === 'markdown') return (await import('./markdown.ts')).readMarkdown;
  if (format === 'html') return (await import('./html.ts')).readHtml;
  return (await import('./text.ts')).readText;
}

/** Runs a reader on article text, with the checks and error mapping every format shares. */
export function runReader(reader: Reader, text: string, file: string, format: ArticleFormat): Source {
  if (format !== 'html') checkLineNesting(text, file);
  let read: ReturnType<Reader>;
  try {
    read = reader(text, file);
  } catch (error) {
    // Parsers recurse into nested markup: a hostile file nested thousands deep must fail cleanly.
    if (error instanceof RangeError) {
      throw new DeckError('unsupported', 'the article is nested too deeply, or has too many lines, to read: simplify its structure', { file }, { cause: error });
    }
    throw error;
  }
  const { tree, meta, warnings = [], dropped } = read;
  return { file, format, meta, tree, warnings, ...(dropped?.length ? { dropped } : {}) };
}
