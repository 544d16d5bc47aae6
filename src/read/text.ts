/**
 * Plain text as copied from a blog or a news page → mdast.
 *
 * The text has no markup, so its structure is read from the shape and place of its lines
 * (src/read/text/): where the article is on the page — its title, and the site's furniture around
 * it and between its sections, which is dropped with the reason (src/read/text/page.ts) — then its
 * headings, lists and paragraphs (src/read/text/blocks.ts).
 */
import type { Root } from 'mdast';
import type { ArticleMeta, Dropped } from '../types.ts';
import { parseFrontMatter, splitFrontMatter } from './frontmatter.ts';
import { normalizeText } from './normalize.ts';
import { heading, readBlocks } from './text/blocks.ts';
import { isHardWrapped, toLines } from './text/lines.ts';
import { layOutPage } from './text/page.ts';

export function readText(raw: string, file: string): { tree: Root; meta: ArticleMeta; dropped: Dropped[] } {
  let text = normalizeText(raw);
  let meta: ArticleMeta = {};
  let firstLine = 1;
  const front = splitFrontMatter(text, file);
  if (front) {
    meta = parseFrontMatter(front.yaml, file, 2);
    text = front.body;
    firstLine = front.bodyLine;
  }
  const lines = toLines(text, firstLine);
  const wrapped = isHardWrapped(lines);
  const layout = layOutPage(lines, wrapped, Boolean(meta.title));
  for (const i of layout.dropLines) lines[i] = undefined;

  const children: Root['children'] = [];
  let start = lines.findIndex(Boolean);
  if (start >= 0 && !meta.title) children.push(heading(1, lines[start++]!));
  if (start >= 0) children.push(...readBlocks(lines, start, wrapped, layout.paragraphLines));
  return { tree: { type: 'root', children }, meta: { ...layout.meta, ...meta }, dropped: layout.dropped };
}
