/**
 * Reading article text already in memory → Source (an mdast tree plus metadata), any format. One
 * reader per format; each returns the same shape, so the outline never knows where the article came
 * from. Files on disk go through src/read/file.ts, which loads only the reader it needs.
 */
import type { ArticleFormat, Source } from '../types.ts';
import { detectFormat, runReader, type Reader } from './format.ts';
import { readHtml } from './html.ts';
import { readMarkdown } from './markdown.ts';
import { readText } from './text.ts';

export { ARTICLE_EXTENSIONS, detectFormat } from './format.ts';

const readers: Record<ArticleFormat, Reader> = {
  text: readText,
  markdown: readMarkdown,
  html: readHtml,
};

/** Parses article text already in memory (tests and tools; the build reads files with readArticle). */
export function parseArticle(text: string, file: string, format = detectFormat(file, text)): Source {
  return runReader(readers[format], text, file, format);
}
