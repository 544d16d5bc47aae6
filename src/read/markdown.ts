/** Markdown (CommonMark + GFM) with YAML front matter → mdast, through unified/remark. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ArticleMeta } from '../types.ts';
import { parseFrontMatter, splitFrontMatter } from './frontmatter.ts';
import { normalizeText } from './normalize.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

export function readMarkdown(raw: string, file: string): { tree: Root; meta: ArticleMeta } {
  const text = normalizeText(raw);
  splitFrontMatter(text, file); // refuses front matter that is never closed
  const tree = parser.parse(text) as Root;
  let meta: ArticleMeta = {};
  const first = tree.children[0];
  if (first?.type === 'yaml') {
    meta = parseFrontMatter(first.value, file, (first.position?.start.line ?? 1) + 1);
    tree.children.shift();
  }
  return { tree, meta };
}
