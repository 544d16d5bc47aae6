/**
 * Plain text as copied from a blog → mdast.
 *
 * The text has no markup, so structure is read from the shape of the lines: the first line is the
 * title; a short line standing alone and followed by body text is a heading; `•`, `-`, `*`, `–`
 * and `1.` start list items, and deeper-indented lines belong to the item above (FAQ answers).
 * Every character of the text ends up in a text node; nothing is interpreted as markup.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { ArticleMeta } from '../types.ts';
import { parseFrontMatter, splitFrontMatter } from './frontmatter.ts';
import { A_LABEL, Q_LABEL } from '../outline/cues.ts';
import { normalizeText } from './normalize.ts';

interface Line {
  text: string;
  indent: number;
  no: number;
}

const BULLET = /^([•\-*–—·▪●◦‣])\s+(.*)$/u;
const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/u;
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 100;

export function readText(raw: string, file: string): { tree: Root; meta: ArticleMeta } {
  let text = normalizeText(raw);
  let meta: ArticleMeta = {};
  let firstLine = 1;
  const front = splitFrontMatter(text, file);
  if (front) {
    meta = parseFrontMatter(front.yaml, file, 2);
    text = front.body;
    firstLine = front.bodyLine;
  }
  const lines: (Line | undefined)[] = text.split('\n').map((rawLine, i) => {
    const expanded = rawLine.replace(/\t/g, '    ').trimEnd();
    if (expanded.trim() === '') return undefined;
    return { text: expanded.trim(), indent: expanded.length - expanded.trimStart().length, no: firstLine + i };
  });
  const wrapped = isHardWrapped(lines);
  const children: RootContent[] = [];
  let i = lines.findIndex(Boolean);
  if (i >= 0 && !meta.title) {
    children.push(heading(1, lines[i]!));
    i++;
  }
  let previous: Line | undefined;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) {
      previous = undefined;
      i++;
      continue;
    }
    if (isNumberedHeading(lines, i, previous)) {
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
  return { tree: { type: 'root', children }, meta };
}

/** A file whose lines are mostly 55–80 characters was wrapped by hand: join its lines into paragraphs. */
function isHardWrapped(lines: (Line | undefined)[]): boolean {
  const present = lines.filter((l): l is Line => Boolean(l));
  if (present.length < 6) return false;
  let max = 0;
  for (const l of present) max = Math.max(max, l.text.length + l.indent);
  const midLength = present.filter((l) => l.text.length >= 50 && l.text.length <= 80).length;
  return max <= 100 && midLength / present.length > 0.5;
}

function isListItem(text: string): boolean {
  return BULLET.test(text) || NUMBERED.test(text);
}

/**
 * A short line that stands alone (after a blank line or a finished sentence) and is followed by body
 * text. In a hard-wrapped file it must also be clearly shorter than the wrap width or end its block.
 */
function isHeadingAt(lines: (Line | undefined)[], i: number, previous: Line | undefined, wrapped: boolean): boolean {
  const line = lines[i];
  if (!line || !looksLikeHeading(line.text)) return false;
  if (previous && !/[.!?:"”’)\]。！？]$/u.test(previous.text)) return false;
  if (wrapped && lines[i + 1] && line.text.length > 45) return false;
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j];
    if (next) return true;
  }
  return false;
}

/**
 * "2. Types of Vaccines" on its own line, followed by unindented body text, is a numbered heading,
 * not a one-item list. (An FAQ's numbered questions keep their answers indented under them.)
 */
function isNumberedHeading(lines: (Line | undefined)[], i: number, previous: Line | undefined): boolean {
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
function readList(lines: (Line | undefined)[], start: number): [List, number] {
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

function nextLine(lines: (Line | undefined)[], from: number): [Line, number] | undefined {
  for (let j = from; j < lines.length; j++) if (lines[j]) return [lines[j]!, j];
  return undefined;
}

function heading(depth: 1 | 2, line: Line): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value: line.text }], position: pos(line.no, line.no) };
}

function paragraph(value: string, start: number, end: number): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value }], position: pos(start, end) };
}

function pos(start: number, end: number) {
  return { start: { line: start, column: 1 }, end: { line: end, column: 1 } };
}
