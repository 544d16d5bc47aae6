/**
 * The article's lines → mdast blocks, by their shape: a short line standing alone and followed by
 * body text is a heading (also when it ends in a colon: "Where we started:"); `•`, `-`, `*`, `–` and
 * `1.` start list items, and deeper-indented lines belong to the item above (FAQ answers). Every
 * character ends up in a text node; nothing is interpreted as markup.
 */
import type { Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import { A_LABEL, Q_LABEL } from '../../vocab/qa.ts';
import { classify } from './furniture.ts';
import { BULLET, isListItem, NUMBERED, type Line, type Lines } from './lines.ts';
import { isLabelList, isProse } from './shape.ts';

const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 100;
const COLON = /\s*[:：]$/u;

/** Blocks from line `start` on; lines in `paragraphs` are read as paragraph text, never as headings. */
export function readBlocks(lines: Lines, start: number, wrapped: boolean, paragraphs: Set<number>): RootContent[] {
  const children: RootContent[] = [];
  let previous: Line | undefined;
  let i = start;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) {
      previous = undefined;
      i++;
      continue;
    }
    if (paragraphs.has(i)) {
      const first = i;
      while (paragraphs.has(i + 1) && lines[i + 1]) i++;
      children.push(paragraph(lines.slice(first, i + 1).map((l) => l!.text).join('\n'), line.no, lines[i]!.no));
      i++;
    } else if (isNumberedHeading(lines, i, previous)) {
      children.push(heading(2, line));
      i++;
    } else if (isListItem(line.text)) {
      const [list, next] = readList(lines, i);
      children.push(list);
      i = next;
    } else if (isHeadingAt(lines, i, previous, wrapped)) {
      children.push(heading(2, line));
      i++;
    } else {
      const parts = [line.text];
      i++;
      while (wrapped && lines[i] && !isListItem(lines[i]!.text) && !isHeadingAt(lines, i, lines[i - 1], wrapped)) {
        parts.push(lines[i]!.text);
        i++;
      }
      children.push(paragraph(parts.join('\n'), line.no, lines[i - 1]!.no));
    }
    previous = lines[i - 1];
  }
  return children;
}

/**
 * A short line that stands alone (after a blank line or a finished sentence) and is followed by body
 * text. In a hard-wrapped file it must also be clearly shorter than the wrap width or end its block.
 */
function isHeadingAt(lines: Lines, i: number, previous: Line | undefined, wrapped: boolean): boolean {
  const line = lines[i];
  if (!line) return false;
  const colon = COLON.test(line.text);
  if (!looksLikeHeading(line.text.replace(COLON, ''))) return false;
  if (colon && !isColonHeading(lines, i, wrapped)) return false;
  if (previous && !/[.!?:"”’)\]。！？]$/u.test(previous.text)) return false;
  if (wrapped && lines[i + 1] && line.text.length > 45) return false;
  for (let j = i + 1; j < lines.length; j++) if (lines[j]) return true;
  return false;
}

/**
 * "Where we started:" is a heading when a blank line or body text follows it; "Tags: a, b",
 * "Share this:" and a line introducing a list ("You will need:") are not.
 */
function isColonHeading(lines: Lines, i: number, wrapped: boolean): boolean {
  const text = lines[i]!.text;
  if (isLabelList(text) || classify(text)) return false;
  const next = nextLine(lines, i + 1)?.[0];
  if (!next || isListItem(next.text) || next.indent > lines[i]!.indent) return false;
  return !lines[i + 1] || isProse(next.text) || (wrapped && next.text.length >= 50);
}

/**
 * "2. Types of Vaccines" on its own line, followed by unindented body text, is a numbered heading,
 * not a one-item list. (An FAQ's numbered questions keep their answers indented under them.)
 */
function isNumberedHeading(lines: Lines, i: number, previous: Line | undefined): boolean {
  const line = lines[i]!;
  const match = NUMBERED.exec(line.text);
  if (!match || previous || !looksLikeHeading(match[2]!)) return false;
  const next = nextLine(lines, i + 1)?.[0];
  return Boolean(next && !isListItem(next.text) && next.indent <= line.indent);
}

function looksLikeHeading(text: string): boolean {
  if (text.length < 2 || text.length > MAX_HEADING_CHARS) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  if (/[.,;:!…。！？，；：、]$/u.test(text) || Q_LABEL.test(text) || A_LABEL.test(text)) return false;
  if (/[。！？]./u.test(text)) return false; // a CJK sentence ends mid-line
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text) && text.length > 40) return false;
  if (/[.!?]\s+\p{Lu}/u.test(text)) return false; // two sentences: body text, not a heading
  const first = text.match(/[\p{L}\p{N}]/u)?.[0];
  if (!first) return false;
  return first === first.toLocaleUpperCase() || /\p{N}/u.test(first);
}

/** Reads a list starting at line `start`, with nested items and continuation lines; returns the next line index. */
function readList(lines: Lines, start: number): [List, number] {
  const first = lines[start]!;
  const ordered = NUMBERED.test(first.text);
  const list: List = { type: 'list', ordered, spread: false, children: [], position: pos(first.no, first.no) };
  if (ordered) list.start = Number(NUMBERED.exec(first.text)![1]);
  let i = start;
  while (i < lines.length) {
    const line = nextLine(lines, i);
    if (!line) break;
    const [item, idx] = line;
    if (item.indent !== first.indent || !isListItem(item.text) || NUMBERED.test(item.text) !== ordered) break;
    const content = (NUMBERED.exec(item.text) ?? BULLET.exec(item.text))![2]!;
    const listItem: ListItem = { type: 'listItem', spread: false, children: [], position: pos(item.no, item.no) };
    const parts = [content];
    i = idx + 1;
    // Continuation lines right under the item (no blank line, deeper indent, not a list item).
    while (lines[i] && lines[i]!.indent > item.indent && !isListItem(lines[i]!.text)) {
      parts.push(lines[i]!.text);
      i++;
    }
    listItem.children.push(paragraph(parts.join('\n'), item.no, lines[i - 1]!.no));
    // Nested content: anything indented deeper than the item, across blank lines.
    for (let next = nextLine(lines, i); next && next[0].indent > item.indent; next = nextLine(lines, i)) {
      const [nested, at] = next;
      if (isListItem(nested.text)) {
        const [sub, after] = readList(lines, at);
        listItem.children.push(sub);
        i = after;
      } else {
        listItem.children.push(paragraph(nested.text, nested.no, nested.no));
        i = at + 1;
      }
    }
    list.children.push(listItem);
    const last = lines[i - 1] ?? item;
    list.position = pos(first.no, last.no);
  }
  return [list, i];
}

function nextLine(lines: Lines, from: number): [Line, number] | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]) return [lines[j]!, j];
  return undefined;
}

export function heading(depth: 1 | 2, line: Line): Heading {
  const value = depth === 2 ? line.text.replace(COLON, '') : line.text;
  return { type: 'heading', depth, children: [{ type: 'text', value }], position: pos(line.no, line.no) };
}

function paragraph(value: string, start: number, end: number): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }], position: pos(start, end) };
}

function pos(start: number, end: number) {
  return { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
}
