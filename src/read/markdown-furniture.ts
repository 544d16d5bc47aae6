/**
 * What a Markdown file holds for its site or its author but not for the audience: HTML comments,
 * static-site template tags and other dialects' display markup. Found on a first parse of the
 * article, so nothing inside code or front matter is ever taken; returned as edits to the text
 * (see source-edits.ts).
 */
import type { Root } from 'mdast';
import type { Diagnostic, Dropped } from '../types.ts';
import { findComments } from './html-comments.ts';
import type { Edit } from './source-edits.ts';
import { findMarkupExtensions } from './markup-extensions.ts';
import { findTemplateTags, MARKERS } from './templates.ts';

const VERBATIM = new Set(['code', 'inlineCode', 'yaml', 'toml']);

export interface Furniture {
  edits: Edit[];
  dropped: Dropped[];
  warnings: Diagnostic[];
}

export function findFurniture(text: string, tree: Root, file: string): Furniture {
  const furniture: Furniture = { edits: [], dropped: [], warnings: [] };
  const comments = text.includes('<!--') ? findComments(text, tree) : undefined;
  if (comments) {
    furniture.edits.push(...comments.edits);
    furniture.dropped.push(...comments.dropped);
  }
  const verbatim = [...verbatimRanges(tree), ...(comments?.ranges ?? [])];
  if (MARKERS.test(text)) {
    const tags = findTemplateTags(text, verbatim, file);
    furniture.edits.push(...tags.edits);
    furniture.dropped.push(...tags.dropped);
    furniture.warnings.push(...tags.warnings);
  }
  const extensions = findMarkupExtensions(text, [...verbatim, ...furniture.edits.map((e): [number, number] => [e.start, e.end])]);
  furniture.edits.push(...extensions.edits);
  furniture.dropped.push(...extensions.dropped);
  furniture.dropped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return furniture;
}

/** Offsets of code, inline code and front matter: text shown or read as written. */
function verbatimRanges(node: { type: string; position?: Root['position']; children?: unknown[] }, into: [number, number][] = []): [number, number][] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (VERBATIM.has(node.type) && start !== undefined && end !== undefined) into.push([start, end]);
  for (const child of node.children ?? []) verbatimRanges(child as typeof node, into);
  return into;
}

/** A link whose whole address was a template tag (`[text]({{< ref "x" >}})`) is left as its text. */
export function unwrapEmptyLinks(node: { type: string; children?: unknown[] }): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    const c = child as { type: string; url?: string; children?: unknown[] };
    unwrapEmptyLinks(c);
    return c.type === 'link' && !c.url?.trim() ? (c.children ?? []) : [c];
  });
}
