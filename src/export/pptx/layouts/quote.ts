/** A quote slide: the quote large and bold beside an accent bar, in quotation marks as the deck sets them, its attribution under it. */
import type { Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf } from '../measure.ts';
import { fallbackLayout } from './fallback.ts';
import { header } from './parts.ts';

const BAR = 6;
const LINE = 1.3;

export function quoteLayout(canvas: Canvas, slide: Slide): void {
  const quote = slide.quote;
  if (!quote?.text) return fallbackLayout(canvas, slide);
  const top = header(canvas, slide);
  const size = quote.text.length > 180 ? 34 : 40;
  const inset = 0.9 * size;
  const width = Math.min(CONTENT.w, 30 * size) - BAR - inset;
  const text = `“${quote.text}”`;
  const attribution = quote.attribution ? `— ${quote.attribution}` : '';
  const heights = (scale: number) => ({
    quote: heightOf(linesOf(text, width, size * scale, 'bold'), size * scale, LINE),
    attribution: attribution ? heightOf(linesOf(attribution, width, 0.9 * size * scale), 0.9 * size * scale, 1.35) + 0.9 * size * scale : 0,
  });
  const room = CONTENT.y + CONTENT.h - top;
  const full = heights(1);
  const scale = fitScale(full.quote + full.attribution, room);
  const h = heights(scale);
  // In the middle of the room under the heading (margin: auto 0).
  const y = top + Math.max(0, (room - h.quote - h.attribution) / 2);
  canvas.rect({ x: CONTENT.x, y, w: BAR, h: h.quote + h.attribution }, canvas.colors.accent);
  const x = CONTENT.x + BAR + inset;
  canvas.text([text], { x, y, w: width, h: h.quote }, { size: size * scale, bold: true, lineHeight: LINE });
  if (attribution) canvas.text([attribution], { x, y: y + h.quote + 0.9 * size * scale, w: width, h: h.attribution }, { size: 0.9 * size * scale, lineHeight: 1.35, color: canvas.colors.muted });
}
