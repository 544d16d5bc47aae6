/**
 * Table slides: a table the article holds becomes a real table on a slide of its own, after its
 * section's points: header row, the rows under it, split over slides by rows when long (the header
 * on each). The title is the table's caption, else the sentence that introduces it (one ending in
 * a colon, short enough to be a heading; the colon dropped), else the section's heading. The notes read the cells
 * as "Header: value" lines.
 */
import type { Block } from '../types.ts';
import type { PlannedSlide } from './image-slides.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;

/** Rows a slide holds under its header at the table's type size (assets/table.css). */
export const MAX_ROWS = 8;
/** Cells longer than this make a row take two lines: fewer rows then. */
const LONG_CELL = 48;
/** An introducing sentence longer than this is not a title. */
const MAX_TITLE_WORDS = 10;

export interface TableContext {
  file: string;
  heading: string;
  kicker?: string;
  continued: string;
  /** The block right before the table. */
  before?: Block;
  lang: string;
}

export function tableSlides(block: TableBlock, context: TableContext): PlannedSlide[] {
  if (!block.header.length || !block.rows.length) return [];
  const title = block.caption ?? introTitle(context.before, context.lang) ?? context.heading;
  const perSlide = block.rows.some((row) => row.some((cell) => cell.length > LONG_CELL)) ? Math.ceil(MAX_ROWS / 2) : MAX_ROWS;
  const parts = splitRows(block.rows, perSlide);
  return parts.map((rows, index): PlannedSlide => ({
    kind: 'table',
    title,
    kicker: index === 0 ? (title === context.heading ? context.kicker : context.heading) : context.continued,
    points: [],
    table: { header: block.header, rows, align: alignments(block) },
    notes: [{ kind: 'list', ordered: false, items: rowTexts(block.header, rows) }],
    source: { file: context.file, line: block.line },
  }));
}

/** Rows in parts of at most `max`, as even as they can be (11 rows and 8 a slide: 6 + 5, not 8 + 3). */
export function splitRows<T>(rows: T[], max: number): T[][] {
  const count = Math.ceil(rows.length / max);
  const size = Math.ceil(rows.length / count);
  const parts: T[][] = [];
  for (let i = 0; i < rows.length; i += size) parts.push(rows.slice(i, i + size));
  return parts;
}

/** Each row as the speaker reads it: "Header: value; Header: value". */
export function rowTexts(header: string[], rows: string[][]): string[] {
  return rows.map((row) => row.map((cell, i) => (header[i] && cell ? `${header[i]}: ${cell}` : cell)).filter((c) => c.trim()).join('; '));
}

/** The author's alignment; a column whose every filled cell is a number is right-aligned. */
export function alignments(block: Pick<TableBlock, 'header' | 'rows' | 'align'>): TableBlock['align'] {
  return block.header.map((_, i) => {
    if (block.align[i]) return block.align[i];
    const cells = block.rows.map((row) => row[i] ?? '').filter((c) => c.trim());
    return cells.length && cells.every(isNumeric) ? 'right' : undefined;
  });
}

/** "1,024", "−3.5 %", "$29", "14.8 µg/m³", "2.1×", "۲۰ متر": a figure in any digits, maybe with a currency or a unit. */
export function isNumeric(cell: string): boolean {
  return /^[~≈<>±+\-−]?\s?[$€£¥₹]?\s?\p{Nd}[\p{Nd}.,٫٬\s\u00a0\u202f]*(?:\s?[%٪‰×x]|\s?[\p{L}µ°/³²]{1,8}(?:\/[\p{L}³²]{1,4})?)?$/u.test(cell.trim());
}

/** The introducing paragraph's last sentence, when it is short enough to title the table. */
function introTitle(before: Block | undefined, lang: string): string | undefined {
  if (before?.kind !== 'paragraph') return undefined;
  const sentence = (before.sentences?.[before.sentences.length - 1]?.text ?? before.text).trim();
  const words = sentence.split(/\s+/).length;
  if (!/[:：]$/u.test(sentence) || words > MAX_TITLE_WORDS || words < 2) return undefined;
  return sentence.replace(/\s*[:：]\s*$/u, '').replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase(lang));
}
