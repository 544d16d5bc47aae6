/** Markdown (CommonMark + GFM) with YAML front matter → mdast, through unified/remark. */
import type { Root } from 'mdast';
import type { Position } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ArticleMeta } from '../types.ts';
import { parseFrontMatter, splitFrontMatter } from './frontmatter.ts';
import { splitMarkdown } from './markdown-chunks.ts';
import { normalizeText } from './normalize.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function readMarkdown(raw: string, file: string): { tree: Root; meta: ArticleMeta } {
  const text = normalizeText(raw);
  splitFrontMatter(text, file); // refuses front matter that is never closed
  const tree: Root = { type: 'root', children: [] };
  for (const chunk of splitMarkdown(text)) {
    const part = parser.parse(chunk.text) as Root;
    if (chunk.lineOffset) shiftPositions(part, chunk.lineOffset, chunk.offset);
    tree.children.push(...part.children);
  }
  let meta: ArticleMeta = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    meta = parseFrontMatter(first.value, file, (first.position?.start.line ?? 1) + 1);
    tree.children.shift();
  }
  return { tree, meta };
}

/** Moves every node of a chunk's tree to where the chunk sits in the whole article. */
function shiftPositions(node: { position?: Position; children?: unknown[] }, lines: number, offset: number): void {
  if (node.position) {
    for (const point of [node.position.start, node.position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  }
  for (const child of node.children ?? []) shiftPositions(child as { position?: Position; children?: unknown[] }, lines, offset);
}
