/**
 * Markdown (CommonMark + GFM) with YAML, TOML or JSON front matter → mdast, through unified/remark.
 * HTML comments and static-site template tags are cut out (markdown-furniture.ts) and the text
 * parsed again, with every node keeping its line in the file the user wrote.
 */
import type { Root } from 'mdast';
import type { Position } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ArticleMeta, Source } from '../types.ts';
import { jsonFrontMatter, parseFrontMatter, splitFrontMatter } from './frontmatter.ts';
import { splitMarkdown } from './markdown-chunks.ts';
import { findFurniture, unwrapEmptyLinks } from './markdown-furniture.ts';
import { keepDollarsAsText } from './markdown-math.ts';
import { normalizeText } from './normalize.ts';
import { applyEdits, restorePositions } from './source-edits.ts';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath).use(remarkFrontmatter, ['yaml', 'toml']);

export function readMarkdown(raw: string, file: string): Pick<Source, 'tree' | 'meta' | 'warnings' | 'dropped'> {
  const normalized = normalizeText(raw);
  // Refuses front matter that is never closed.
  splitFrontMatter(normalized, file, 'yaml');
  splitFrontMatter(normalized, file, 'toml');
  // JSON front matter is blanked out, each character a space, so every offset and line stays.
  const json = jsonFrontMatter(normalized, file);
  const text = json ? normalized.slice(0, json.length).replace(/[^\n]/g, ' ') + normalized.slice(json.length) : normalized;
  let tree = parse(text);
  const furniture = findFurniture(text, tree, file);
  if (furniture.edits.length) {
    const edited = applyEdits(text, furniture.edits);
    tree = parse(edited.text);
    restorePositions(tree, text, edited.toOriginal);
    unwrapEmptyLinks(tree);
  }
  let meta: ArticleMeta = json?.meta ?? {};
  // remark-frontmatter's `toml` node has no mdast type of its own: it is a literal like `yaml`.
  const first = tree.children[0] as { type: string; value: string; position?: Position } | undefined;
  if (first?.type === 'yaml' || first?.type === 'toml') {
    meta = parseFrontMatter(first.value, file, (first.position?.start.line ?? 1) + 1, first.type);
    tree.children.shift();
  }
  return { tree, meta, warnings: furniture.warnings, dropped: furniture.dropped };
}

function parse(text: string): Root {
  const tree: Root = { type: 'root', children: [] };
  for (const chunk of splitMarkdown(text)) {
    const part = parser.parse(chunk.text) as Root;
    keepDollarsAsText(part, chunk.text);
    if (chunk.lineOffset) shiftPositions(part, chunk.lineOffset, chunk.offset);
    tree.children.push(...part.children);
  }
  return tree;
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
