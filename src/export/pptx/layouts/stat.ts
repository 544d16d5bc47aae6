/** A headline figure, big in the accent colour, with its caption, under the section's heading. */
import type { Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf, TYPE } from '../measure.ts';
import { header } from './parts.ts';

/** The figure's size by its length, as the deck's CSS sets it (5.8, 4.5 or 3.4 em of 30 px). */
export function figureSize(figure: string): number {
  return figure.length <= 7 ? 174 : figure.length <= 11 ? 135 : 102;
}

const CAPTION_WIDTH = 992;

export function statLayout(canvas: Canvas, slide: Slide): void {
  const top = header(canvas, slide);
  const figure = slide.stat?.figure ?? '';
  const caption = slide.stat?.caption ?? '';
  const room = CONTENT.y + CONTENT.h - top - 18;
  const size = figureSize(figure);
  const heights = (scale: number) => ({
    figure: heightOf(linesOf(figure, CONTENT.w, size * scale, 'bold'), size * scale, 1.1),
    caption: caption ? heightOf(linesOf(caption, CAPTION_WIDTH, TYPE.point * scale), TYPE.point * scale, 1.35) + TYPE.point * 0.8 * scale : 0,
  });
  const full = heights(1);
  const scale = fitScale(full.figure + full.caption, room);
  const h = heights(scale);
  let y = top + Math.max(0, (room - h.figure - h.caption) / 2);
  canvas.text([figure], { x: CONTENT.x, y, w: CONTENT.w, h: h.figure }, { size: size * scale, bold: true, color: canvas.colors.accent, lineHeight: 1.1, valign: 'middle' });
  y += h.figure + TYPE.point * 0.8 * scale;
  if (caption) canvas.text([caption], { x: CONTENT.x, y, w: CAPTION_WIDTH, h: h.caption - TYPE.point * 0.8 * scale }, { size: TYPE.point * scale, lineHeight: 1.35 });
}
