/**
 * Limits on how deeply an article may nest. Parsers and tree walks recurse, and Markdown's list
 * parsing slows down sharply with depth: a hostile file nested hundreds of levels deep would hang
 * or overflow the stack. No talk needs that depth, so it is refused up front, with the line.
 */
import type { Element, Nodes } from 'hast';
import { DeckError } from '../errors.ts';

export const MAX_QUOTE_DEPTH = 32;
export const MAX_INDENT_COLUMNS = 120;
export const MAX_ELEMENT_DEPTH = 256;

/** Markdown and plain text: quote markers (`> > >`) and indentation at the start of each line. */
export function checkLineNesting(text: string, file: string): void {
  let line = 0;
  for (const raw of text.split('\n')) {
    line++;
    const lead = /^[ \t>]*/.exec(raw)![0];
    if (lead.length < MAX_QUOTE_DEPTH && lead.length < MAX_INDENT_COLUMNS / 4) continue;
    const quotes = lead.split('>').length - 1;
    const indent = lead.replace(/>/g, '').replace(/\t/g, '    ').length;
    if (quotes > MAX_QUOTE_DEPTH || indent > MAX_INDENT_COLUMNS) {
      throw new DeckError(
        'unsupported',
        quotes > MAX_QUOTE_DEPTH
          ? `this line nests ${quotes} quotes deep (at most ${MAX_QUOTE_DEPTH}): flatten the quotes`
          : `this line is indented ${indent} columns (at most ${MAX_INDENT_COLUMNS}): flatten the nested lists`,
        { file, line },
      );
    }
  }
}

/** HTML: elements inside elements, counted without recursion. */
export function checkElementDepth(root: Nodes, file: string): void {
  const stack: [Nodes, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_ELEMENT_DEPTH) {
      throw new DeckError('unsupported', `elements nest more than ${MAX_ELEMENT_DEPTH} deep here: this is not an article page`, {
        file,
        line: (node as Element).position?.start.line,
      });
    }
    if ('children' in node) for (const child of node.children) if (child.type === 'element') stack.push([child, depth + 1]);
  }
}
