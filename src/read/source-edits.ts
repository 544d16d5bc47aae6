/**
 * Cutting pieces out of an article's text before it is parsed, while every node of the tree parsed
 * from the edited text keeps its line and column in the article the user wrote.
 */
import type { Position } from 'unist';

/** Replace the original text from `start` to `end` (offsets) by `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface EditedText {
  text: string;
  /** An offset in the edited text → the offset in the original (inside a replacement: its start). */
  toOriginal: (offset: number) => number;
}

export function applyEdits(original: string, edits: readonly Edit[]): EditedText {
  // Overlapping edits (two cuts sharing a space) are clipped to start where the one before ended.
  const sorted: Edit[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const previous = sorted[sorted.length - 1];
    const start = previous ? Math.max(edit.start, previous.end) : edit.start;
    if (start <= edit.end) sorted.push({ ...edit, start });
  }
  const parts: string[] = [];
  // Where each edit starts and ends in the edited text.
  const starts: number[] = [];
  const ends: number[] = [];
  let from = 0;
  let length = 0;
  for (const edit of sorted) {
    parts.push(original.slice(from, edit.start), edit.text);
    length += edit.start - from;
    starts.push(length);
    length += edit.text.length;
    ends.push(length);
    from = edit.end;
  }
  parts.push(original.slice(from));
  const toOriginal = (offset: number): number => {
    let low = 0;
    let high = sorted.length - 1;
    let last = -1; // the last edit starting at or before offset
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid]! <= offset) [last, low] = [mid, mid + 1];
      else high = mid - 1;
    }
    if (last < 0) return offset;
    const edit = sorted[last]!;
    if (offset < ends[last]!) return edit.start;
    return edit.end + (offset - ends[last]!);
  };
  return { text: parts.join(''), toOriginal };
}

/** Moves every position in a tree parsed from edited text back to the original text's lines. */
export function restorePositions(tree: { position?: Position; children?: unknown[] }, original: string, toOriginal: (offset: number) => number): void {
  const lineStarts = [0];
  for (let i = original.indexOf('\n'); i !== -1; i = original.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const visit = (node: { position?: Position; children?: unknown[] }): void => {
    if (node.position) {
      for (const point of [node.position.start, node.position.end]) {
        if (point.offset === undefined) continue;
        const offset = toOriginal(point.offset);
        const line = lineAt(offset);
        point.offset = offset;
        point.line = line + 1;
        point.column = offset - lineStarts[line]! + 1;
      }
    }
    for (const child of node.children ?? []) visit(child as { position?: Position; children?: unknown[] });
  };
  visit(tree);
}

/**
 * An edit that cuts `start…end` out of the text the way an editor would: a piece standing alone on
 * its lines leaves one empty line (the blocks around it stay apart), a piece inside a line takes
 * one of the spaces around it along.
 */
export function cut(text: string, start: number, end: number, replacement = ''): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1) lineEnd = text.length;
  if (!text.slice(lineStart, start).trim() && !text.slice(end, lineEnd).trim()) {
    return { start: replacement ? start : lineStart, end: lineEnd, text: replacement }; // a replacement keeps the indent
  }
  if (!replacement && /[ \t]/.test(text[start - 1] ?? '') && /^(?:[ \t\n.,;:!?)\]]|$)/.test(text.slice(end, end + 1))) {
    return { start: start - 1, end, text: '' };
  }
  return { start, end, text: replacement };
}
