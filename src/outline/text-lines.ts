/**
 * Where each source line starts in a block's plain text. A block's text has its whitespace
 * collapsed (src/outline/blocks.ts `textOf`), so the line a sentence starts on is worked out here,
 * from the mdast node it came from, while that node is at hand: readers keep each line ending of a
 * paragraph in its text, and each node its start line.
 *
 * Blocks are built before the article's language is known, and sentences are split in that
 * language afterwards (src/outline/sentences.ts), so the lines are kept beside the blocks, in a
 * weak map: nothing is added to a block, and a block dropped from the outline takes its lines with it.
 */
import type { Nodes } from 'mdast';
import type { Block } from '../types.ts';

/** Containers whose children are separate blocks: their texts are joined with a space (as `textOf` does). */
export const BLOCK_PARENTS: ReadonlySet<string> = new Set(['root', 'list', 'listItem', 'blockquote', 'table', 'tableRow', 'footnoteDefinition']);

/** Offsets in a text where a source line starts, in order, each with its line number. */
export type LineMarks = [offset: number, line: number][];

const kept = new WeakMap<Block, Nodes[]>();

/** Keeps the nodes of `block`'s texts: a paragraph's or quote's one node, a list's items, a table's rows. */
export function keepLines(block: Block, nodes: Nodes[]): void {
  if (block.kind === 'list' && block.items.length !== nodes.length) return; // an empty item was left out
  kept.set(block, nodes);
}

/**
 * Where the lines of `block`'s `index`-th text start (its only text, or a list item): from its node,
 * when the node gives this text; else the node's first line for all of it; undefined without a node.
 */
export function linesOf(block: Block, index: number, text: string): LineMarks | undefined {
  const node = kept.get(block)?.[index];
  const first = node?.position?.start.line;
  if (!node || first === undefined) return undefined;
  if ((node.position?.end.line ?? first) === first) return [[0, first]];
  const lines = textLines(node, first);
  return lines.text === text ? lines.marks : [[0, first]];
}

/** The line that the character at `offset` is on. */
export function lineAt(marks: LineMarks, offset: number): number {
  let line = marks[0]![1];
  for (const [at, no] of marks) {
    if (at > offset) break;
    line = no;
  }
  return line;
}

/** The plain text of `node` as `textOf` gives it, with the offsets where its source lines start. */
function textLines(node: Nodes, first: number): { text: string; marks: LineMarks } {
  const last = node.position?.end.line ?? first;
  let raw = '';
  const rawMarks: LineMarks = [];
  const visit = (n: Nodes, inherited: number) => {
    const line = n.position?.start.line ?? inherited;
    if (n.type === 'break') raw += ' ';
    else if (n.type === 'image' || n.type === 'imageReference') {
      rawMarks.push([raw.length, line]);
      raw += n.alt ?? '';
    } else if ('value' in n) {
      rawMarks.push([raw.length, line]);
      let no = line;
      for (let i = n.value.indexOf('\n'); i >= 0; i = n.value.indexOf('\n', i + 1)) rawMarks.push([raw.length + i + 1, Math.min(++no, last)]);
      raw += n.value;
    } else if ('children' in n) {
      const separator = BLOCK_PARENTS.has(n.type) ? ' ' : '';
      n.children.forEach((child, i) => {
        if (i) raw += separator;
        visit(child as Nodes, line);
      });
    }
  };
  visit(node, first);
  return { text: raw.replace(/\s+/g, ' ').trim(), marks: [[0, first], ...collapse(raw, rawMarks)] };
}

/** Moves offsets in `raw` to the same places in `raw` with its whitespace runs collapsed and trimmed. */
function collapse(raw: string, marks: LineMarks): LineMarks {
  const out: LineMarks = [];
  let removed = 0; // characters dropped before the current run
  let next = 0; // first mark not yet placed
  const place = (until: number, at: (offset: number) => number) => {
    for (; next < marks.length && marks[next]![0] <= until; next++) out.push([Math.max(0, at(marks[next]![0])), marks[next]![1]]);
  };
  for (const m of raw.matchAll(/\s+/g)) {
    const start = m.index;
    const end = start + m[0].length;
    place(start, (offset) => offset - removed);
    // A line starting inside the run starts at its first visible character, after the run.
    const after = start - removed + (start === 0 ? 0 : 1);
    place(end, () => after);
    removed += m[0].length - (start === 0 ? 0 : 1);
  }
  place(Infinity, (offset) => offset - removed);
  return out;
}
