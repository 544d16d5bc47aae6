/**
 * Code slides: a code block gets slides of its own, right after its section's points, in the
 * order of the article. A long block is split (never shrunk below a readable size): each part
 * ends at a blank line where one falls late enough, else where a line starts at the block's
 * outer indentation, else after MAX_LINES lines. The code stays text throughout; the renderer
 * colours it (src/render/highlight.ts).
 */
import type { Block } from '../types.ts';
import { guessLanguage } from './code-language.ts';
import type { PlannedSlide } from './image-slides.ts';

type CodeBlock = Extract<Block, { kind: 'code' }>;

/** Lines a 1280 × 720 slide shows under a heading at the code's 24 px (src/runtime/fit.ts may go to 18 px for wrapped lines). */
export const MAX_LINES = 13;

export interface CodeContext {
  file: string;
  heading: string;
  kicker?: string;
  continued: string;
  lineNumbers: boolean;
  /** The paragraph that introduces the block, read in the notes before the code. */
  intro?: Block;
}

export function codeSlides(block: CodeBlock, context: CodeContext): PlannedSlide[] {
  const lines = trimBlankEdges(block.text.replace(/\t/g, '  ').split('\n'));
  if (!lines.some((l) => l.trim())) return [];
  const lang = block.lang?.trim().toLowerCase() || guessLanguage(lines.join('\n'));
  return splitCode(lines).map((part, index): PlannedSlide => {
    const text = part.lines.join('\n');
    const notes: Block[] = [{ kind: 'code', text, ...(lang && { lang }), ...(block.line !== undefined && { line: block.line }) }];
    if (index === 0 && context.intro) notes.unshift(context.intro);
    return {
      kind: 'code',
      title: context.heading,
      kicker: index === 0 ? context.kicker : context.continued,
      points: [],
      code: { text, ...(lang && { lang }), firstLine: part.first + 1, lineNumbers: context.lineNumbers },
      notes,
      source: { file: context.file, line: block.line },
    };
  });
}

/** Characters a code line holds across the slide at 24 px before it wraps. */
export const CHARS_PER_LINE = 72;

/**
 * The block's lines in parts that take at most `max` lines on the slide (a line longer than
 * CHARS_PER_LINE wraps and counts once per line it takes), each with the index of its first line.
 */
export function splitCode(lines: string[], max = MAX_LINES): { first: number; lines: string[] }[] {
  const parts: { first: number; lines: string[] }[] = [];
  const outer = Math.min(...lines.filter((l) => l.trim()).map(indentOf));
  const height = (line: string) => Math.max(1, Math.ceil(line.length / CHARS_PER_LINE));
  let start = 0;
  while (start < lines.length) {
    let end = start + 1;
    for (let used = height(lines[start]!); end < lines.length && used + height(lines[end]!) <= max; end++) used += height(lines[end]!);
    if (end < lines.length) end = cutBefore(lines, start, end, outer);
    const part = trimBlankEdges(lines.slice(start, end));
    const lead = lines.slice(start, end).findIndex((l) => l.trim());
    if (part.length) parts.push({ first: start + Math.max(0, lead), lines: part });
    start = end;
  }
  return parts;
}

/** Where to end a part that would run from `start` to `end`: a late blank line, else a line at the outer indentation. */
function cutBefore(lines: string[], start: number, end: number, outer: number): number {
  const earliest = start + Math.ceil((end - start) / 3);
  for (let i = end; i > earliest; i--) if (!lines[i]?.trim()) return i;
  for (let i = end; i > earliest; i--) if (lines[i]?.trim() && indentOf(lines[i]!) === outer && !/^\s*[)\]}]/.test(lines[i]!)) return i;
  return end;
}

const indentOf = (line: string) => /^\s*/.exec(line)![0].length;

function trimBlankEdges(lines: string[]): string[] {
  let from = 0;
  let to = lines.length;
  while (from < to && !lines[from]!.trim()) from++;
  while (to > from && !lines[to - 1]!.trim()) to--;
  return lines.slice(from, to).map((l) => l.replace(/\s+$/, ''));
}
