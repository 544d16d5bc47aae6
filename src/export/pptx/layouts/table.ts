/**
 * A table slide as a native PowerPoint table under the heading: the header row bold over an
 * accent rule, body rows tinted every other one, each column aligned as the article aligned it.
 * Columns share the width by the length of their longest cell; the type shrinks for a crowded table
 * (the planner already splits a long one over slides).
 */
import type { Slide } from '../../../types.ts';
import type { Canvas, TableRow } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf } from '../measure.ts';
import { mix } from '../theme.ts';
import { fallbackLayout } from './fallback.ts';
import { header } from './parts.ts';

const SIZE = 26;
const LINE = 1.3;

export function tableLayout(canvas: Canvas, slide: Slide): void {
  const table = slide.table;
  if (!table?.header.length) return fallbackLayout(canvas, slide);
  const top = header(canvas, slide);
  const rows: TableRow[] = [table.header, ...table.rows].map((row) => table.header.map((_, i) => ({ text: row[i] ?? '', align: table.align[i] })));
  const columns = widths(rows, CONTENT.w);
  const height = (scale: number) =>
    rows.reduce((sum, row) => sum + Math.max(...row.map((cell, i) => heightOf(linesOf(cell.text, columns[i]! - 1.6 * SIZE * scale, SIZE * scale), SIZE * scale, LINE))) + 0.9 * SIZE * scale, 0);
  const scale = fitScale(height(1), CONTENT.y + CONTENT.h - top, 0.5);
  canvas.table(rows, { x: CONTENT.x, y: top, w: CONTENT.w, h: height(scale) }, { size: SIZE * scale, columns, tint: mix(canvas.colors.text, canvas.colors.background, 0.06) });
}

/** Each column's share of the width: by its longest cell, none under half an even share. */
function widths(rows: TableRow[], total: number): number[] {
  const count = rows[0]!.length;
  const longest = rows[0]!.map((_, i) => Math.max(4, ...rows.map((row) => row[i]!.text.length)));
  const floor = total / count / 2;
  const sum = longest.reduce((a, b) => a + b, 0);
  const raw = longest.map((n) => Math.max(floor, (total * n) / sum));
  const scale = total / raw.reduce((a, b) => a + b, 0);
  return raw.map((w) => w * scale);
}
