/**
 * HTML comments in Markdown (`<!-- TODO: … -->`, a draft note, `<!-- more -->`): in CommonMark a
 * comment is not content, and a private note must never reach the audience. Found in the parsed
 * tree's HTML nodes, so a comment shown in code stays; other raw HTML stays shown as text.
 */
import type { Html, Root } from 'mdast';
import type { Dropped } from '../types.ts';
import { cut, type Edit } from './source-edits.ts';
import { lineAt } from './text-offsets.ts';

const OPEN = /<!--/g;

export interface Found {
  edits: Edit[];
  dropped: Dropped[];
  /** Where the comments were in the text, so nothing else is looked for inside them. */
  ranges: [number, number][];
}

export function findComments(text: string, tree: Root): Found {
  const found: Found = { edits: [], dropped: [], ranges: [] };
  for (const node of htmlNodes(tree)) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    // The node's own text, as written: its value lacks the "> " of a blockquote it sits in. A
    // comment opened in it ends at the next "-->", even past the node, as it does in a browser.
    const written = text.slice(start, end);
    for (const match of written.matchAll(OPEN)) {
      const from = start + match.index;
      const close = text.indexOf('-->', from + 4);
      if (close === -1 || found.ranges.some(([a, b]) => from >= a && from < b)) continue;
      const to = close + 3;
      found.edits.push(cut(text, from, to));
      found.ranges.push([from, to]);
      const note = text.slice(from + 4, close).replace(/\s+/g, ' ').trim();
      found.dropped.push({ text: note || '(empty comment)', line: lineAt(text, from), reason: 'HTML comment' });
    }
  }
  return found;
}

function htmlNodes(node: { type: string; children?: unknown[] }, into: Html[] = []): Html[] {
  if (node.type === 'html') into.push(node as Html);
  for (const child of node.children ?? []) htmlNodes(child as { type: string; children?: unknown[] }, into);
  return into;
}
