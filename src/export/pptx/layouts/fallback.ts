/**
 * A slide kind without a PowerPoint layout of its own (one the planner learns later): its title,
 * then its points, or else the text it carries (code, a quote, a table's rows, a formula's TeX)
 * as plain text, so nothing on it is lost; its notes are written like every slide's.
 */
import type { Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf, TYPE } from '../measure.ts';
import { header, list, POINTS } from './parts.ts';

/** The fields other slide kinds keep their content in, read loosely: they may not exist yet. */
interface Carried {
  code?: { text?: string };
  quote?: { text?: string; attribution?: string };
  table?: { header?: string[]; rows?: string[][] };
  math?: { tex?: string };
}

export function fallbackLayout(canvas: Canvas, slide: Slide): void {
  const top = header(canvas, slide);
  if (slide.points.length) return list(canvas, slide.points, top, POINTS);
  const carried = slide as Slide & Carried;
  const lines = carriedText(carried);
  if (!lines.length) return;
  const mono = Boolean(carried.code?.text);
  const room = CONTENT.y + CONTENT.h - top;
  const needed = lines.reduce((sum, line) => sum + heightOf(linesOf(line, CONTENT.w, TYPE.small, mono ? 'mono' : 'regular'), TYPE.small, 1.35), 0);
  const scale = fitScale(needed, room, 0.4);
  canvas.text(lines, { x: CONTENT.x, y: top, w: CONTENT.w, h: room }, { size: TYPE.small * scale, lineHeight: 1.35, font: mono ? 'mono' : 'body' });
}


function carriedText(slide: Carried): string[] {
  if (slide.code?.text) return slide.code.text.split('\n');
  if (slide.quote?.text) return [slide.quote.text, ...(slide.quote.attribution ? [`— ${slide.quote.attribution}`] : [])];
  if (slide.table?.rows) return [slide.table.header ?? [], ...slide.table.rows].filter((row) => row.length).map((row) => row.join(' · '));
  if (slide.math?.tex) return [slide.math.tex];
  return [];
}
