/** A question as the slide's title, and its answer beside an accent bar (on the deck it appears on a click). */
import type { Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf, TYPE } from '../measure.ts';
import { header } from './parts.ts';

const BAR = 6;
const ANSWER_WIDTH = 992;

export function faqLayout(canvas: Canvas, slide: Slide): void {
  const top = header(canvas, slide);
  if (!slide.reveal) return;
  const inset = TYPE.point * 0.8;
  const width = ANSWER_WIDTH - BAR - inset;
  const room = CONTENT.y + CONTENT.h - top;
  const height = (scale: number) => heightOf(linesOf(slide.reveal!, width, TYPE.point * scale), TYPE.point * scale, 1.35);
  const scale = fitScale(height(1), room);
  const h = Math.min(room, height(scale));
  canvas.rect({ x: CONTENT.x, y: top, w: BAR, h }, canvas.colors.accent);
  canvas.text([slide.reveal], { x: CONTENT.x + BAR + inset, y: top, w: width, h: room }, { size: TYPE.point * scale, lineHeight: 1.35 });
}
