/**
 * Reading: a file on disk → Source (an mdast tree plus metadata). One reader per format; each
 * returns the same shape, so the outline never knows where the article came from.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DeckError } from '../errors.ts';
import type { ArticleFormat, ArticleMeta, Source } from '../types.ts';
import type { Root } from 'mdast';
import { decodeArticle } from './decode.ts';
import { readHtml } from './html.ts';
import { resolveImages } from './images.ts';
import { checkLineNesting } from './limits.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';

export type Reader = (text: string, file: string) => { tree: Root; meta: ArticleMeta; warnings?: Source['warnings'] };

const readers: Record<ArticleFormat, Reader> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
};

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

/** Parses article text already in memory (used by the CLI, the Vite plugin and tests). */
export function parseArticle(text: string, file: string, format = detectFormat(file, text)): Source {
  if (format !== 'html') checkLineNesting(text, file);
  let read: ReturnType<Reader>;
  try {
    read = readers[format](text, file);
  } catch (error) {
    // Parsers recurse into nested markup: a hostile file nested thousands deep must fail cleanly.
    if (error instanceof RangeError) {
      throw new DeckError('unsupported', 'the article is nested too deeply, or has too many lines, to read: simplify its structure', { file }, { cause: error });
    }
    throw error;
  }
  const { tree, meta, warnings = [] } = read;
  return { file, format, meta, tree, warnings };
}

/** Reads an article from disk: decoding and format detection included. */
export async function readArticle(file: string): Promise<Source> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT'
        ? 'no such file: check the path (articles usually live in slides/)'
        : code === 'EISDIR'
          ? 'is a folder, not an article file'
          : `cannot be read (${code ?? 'unknown error'})`;
    throw new DeckError('not-found', what, { file }, { cause: error });
  }
  const text = decodeArticle(bytes, file);
  const source = parseArticle(text, file);
  // Local images are checked and located here, at the edge where the disk is read.
  return { ...source, warnings: [...source.warnings, ...(await resolveImages(source.tree, file))] };
}
