/** A heading over a list: a section's points, the conclusion's takeaways, the agenda. */
import type { Deck, Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import { CONTENT, TYPE } from '../measure.ts';
import { header, list, listScale, POINTS, type ListOptions } from './parts.ts';

/** More items than this and the agenda goes in two columns (src/render/layouts/lists.ts). */
const AGENDA_COLUMNS_AFTER = 6;
const AGENDA_GAP = 2.4 * TYPE.small;

export function sectionLayout(canvas: Canvas, slide: Slide): void {
  list(canvas, slide.points, header(canvas, slide), POINTS);
}

export function conclusionLayout(canvas: Canvas, slide: Slide): void {
  list(canvas, slide.points, header(canvas, slide), { ...POINTS, indent: numberIndent(slide.points.length, TYPE.point), list: { kind: 'number', start: 1 } });
}

export function agendaLayout(canvas: Canvas, slide: Slide, deck: Deck): void {
  const top = header(canvas, slide);
  // An agenda continued on a second slide numbers on from the first.
  const earlier = deck.slides.slice(0, Math.max(0, deck.slides.indexOf(slide))).filter((s) => s.kind === 'agenda');
  const start = earlier.reduce((n, s) => n + s.points.length, 1);
  const items = slide.points;
  const indent = numberIndent(start + items.length - 1, TYPE.small);
  const item: ListOptions = { size: TYPE.small, lineHeight: 1.35, gap: TYPE.small * 0.45, width: CONTENT.w, indent, list: { kind: 'number', start } };
  if (items.length <= AGENDA_COLUMNS_AFTER) return list(canvas, items, top, { ...item, width: 990 });
  const half = Math.ceil(items.length / 2);
  const width = (CONTENT.w - AGENDA_GAP) / 2;
  const [left, right] = [items.slice(0, half), items.slice(half)];
  // Both columns in the same type size.
  const scale = Math.min(listScale(left, top, { ...item, width }), listScale(right, top, { ...item, width }));
  list(canvas, left, top, { ...item, width }, scale);
  list(canvas, right, top, { ...item, width, x: CONTENT.x + width + AGENDA_GAP, list: { kind: 'number', start: start + half } }, scale);
}

/** Room for the widest number ("10.") and a gap before the text. */
function numberIndent(last: number, size: number): number {
  return size * (0.9 + 0.62 * String(last).length);
}
