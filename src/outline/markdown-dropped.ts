/**
 * What the readers and the outline dropped, written back into the Markdown as HTML comments where
 * it stood: the reader cuts comments, so the deck stays the same, and a block dropped by mistake
 * comes back by deleting the `<!--` and `-->` around it.
 */
import type { Html, RootContent } from 'mdast';
import type { Dropped } from '../types.ts';

/** A node of the written Markdown and the article line its content came from, when known. */
export interface Placed {
  line?: number;
  node: RootContent;
}

/**
 * The nodes, each dropped block as a comment before the first node from a later line; blocks
 * without a line, or after everything, at the end. The title (the first node) stays first.
 */
export function withDropped(placed: Placed[], dropped: Dropped[]): RootContent[] {
  const [first, ...rest] = placed;
  const pending = [...dropped].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const out: RootContent[] = first ? [first.node] : [];
  for (const { line, node } of rest) {
    while (line !== undefined && pending.length && (pending[0]!.line ?? Infinity) < line) out.push(comment(pending.shift()!));
    out.push(node);
  }
  out.push(...pending.map(comment));
  return out;
}

/**
 * `<!-- dropped as share line (line 52): Share this: … -->`, with nothing inside that would end it.
 * A comment this wrote before (cut again when its Markdown was read) is written back as it was.
 */
function comment(block: Dropped): Html {
  const text = block.text.replace(/\s+/g, ' ').trim().replace(/--(?=!?>)/g, '-&#45;');
  const label = LABEL.test(text) ? '' : `dropped as ${block.reason}${block.line ? ` (line ${block.line})` : ''}: `;
  return { type: 'html', value: `<!-- ${label}${text} -->` };
}

const LABEL = /^dropped as [^:]*: /;
