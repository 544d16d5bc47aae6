/**
 * A code slide: the code in a monospace font on a tinted panel, every line as written (indentation
 * kept), its language named small in the corner and, when asked for, line numbers in a column of
 * their own beside it (so copying the code copies no numbers). Left to right in every language.
 */
import type { Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf } from '../measure.ts';
import { mix } from '../theme.ts';
import { fallbackLayout } from './fallback.ts';
import { header } from './parts.ts';

const SIZE = 24;
const LINE = 1.45;
/** Every glyph of a monospace font is 0.6 em wide. */
const MONO = 0.6;
const MIN_SIZE = 18;

export function codeLayout(canvas: Canvas, slide: Slide): void {
  const code = slide.code;
  if (!code?.text) return fallbackLayout(canvas, slide);
  const top = header(canvas, slide);
  const lines = code.text.split('\n');
  const pad = { x: SIZE, y: 0.75 * SIZE };
  const last = code.firstLine + lines.length - 1;
  const gutter = code.lineNumbers ? (String(last).length + 1.5) * SIZE * MONO : 0;
  const width = CONTENT.w - 2 * pad.x - gutter;
  const height = (scale: number) => lines.reduce((sum, line) => sum + heightOf(linesOf(line || ' ', width, SIZE * scale, 'mono'), SIZE * scale, LINE), 0);
  const room = CONTENT.y + CONTENT.h - top;
  const scale = fitScale(height(1) + 2 * pad.y, room, MIN_SIZE / SIZE);
  const panel = { x: CONTENT.x, y: top, w: CONTENT.w, h: Math.min(room, height(scale) + 2 * pad.y) };
  canvas.rect(panel, mix(canvas.colors.text, canvas.colors.background, 0.04), 12);
  const box = { x: panel.x + pad.x + gutter, y: panel.y + pad.y, w: width, h: panel.h - 2 * pad.y };
  const style = { size: SIZE * scale, lineHeight: LINE, font: 'mono' as const, direction: 'ltr' as const };
  canvas.text(lines, box, style);
  if (code.lineNumbers) {
    const numbers = lines.map((_, i) => String(code.firstLine + i));
    canvas.text(numbers, { x: panel.x + pad.x, y: box.y, w: gutter - 0.5 * SIZE * MONO, h: box.h }, { ...style, color: canvas.colors.muted, align: 'end' });
  }
  if (code.lang) canvas.text([code.lang], { x: panel.x + panel.w - 200 - 12, y: panel.y + 6, w: 200, h: 24 }, { size: 14, color: canvas.colors.muted, align: 'end', direction: 'ltr' });
}
