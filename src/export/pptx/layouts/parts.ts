/** What most layouts share: the kicker and heading at the top, and a list of points under them. */
import type { Slide } from '../../../types.ts';
import type { Canvas, TextStyle } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf, TYPE } from '../measure.ts';

const HEADING_LINE = 1.15;
const KICKER_LINE = 1.35;
/** A heading is shrunk, not given the whole slide: at most this share of the content box (as src/plan/split.ts). */
const HEADING_SHARE = 0.45;

/** Draws the kicker (if any) and the heading from the top of the content box; returns the y below them. */
export function header(canvas: Canvas, slide: Slide, size: number = TYPE.heading, top: number = CONTENT.y): number {
  let y = top;
  if (slide.kicker) {
    const height = heightOf(1, TYPE.kicker, KICKER_LINE);
    canvas.text([slide.kicker.toLocaleUpperCase(canvas.context.lang)], { x: CONTENT.x, y, w: CONTENT.w, h: height }, {
      size: TYPE.kicker,
      bold: true,
      color: canvas.colors.accent,
      spacing: 1.3,
    });
    y += height + TYPE.kicker * 0.9;
  }
  const needed = heightOf(linesOf(slide.title, CONTENT.w, size, 'bold'), size, HEADING_LINE);
  const scale = fitScale(needed, CONTENT.h * HEADING_SHARE);
  const fitted = size * scale;
  // A tenth more than the estimate: a heading is the line the estimate misses most (bold, long words).
  const height = heightOf(linesOf(slide.title, CONTENT.w, fitted, 'bold'), fitted, HEADING_LINE) * 1.1;
  canvas.title(slide.title, { x: CONTENT.x, y, w: CONTENT.w, h: height + fitted * 0.4 }, headingStyle(fitted));
  return y + height + fitted * 0.7;
}

export const headingStyle = (size: number): TextStyle => ({ size, bold: true, font: 'heading', lineHeight: HEADING_LINE });

export interface ListOptions {
  size: number;
  lineHeight: number;
  /** px between items, at full size. */
  gap: number;
  /** Width of the list, and the indent its markers hang in. */
  width: number;
  indent: number;
  list: TextStyle['list'];
  x?: number;
}

/** Estimated height of `items` as a list, at `scale` of its full size. */
export function listHeight(items: string[], options: ListOptions, scale = 1): number {
  const size = options.size * scale;
  const lines = items.reduce((sum, item) => sum + linesOf(item, options.width - options.indent * scale, size), 0);
  return heightOf(lines, size, options.lineHeight) + options.gap * scale * Math.max(0, items.length - 1);
}

/** The type scale at which `items` fit between `top` and the content box's bottom. */
export const listScale = (items: string[], top: number, options: ListOptions): number => fitScale(listHeight(items, options), CONTENT.y + CONTENT.h - top);

/** A list filling `top` to the content box's bottom; smaller type when it would not fit at full size. */
export function list(canvas: Canvas, items: string[], top: number, options: ListOptions, scale = listScale(items, top, options)): void {
  if (!items.length) return;
  const room = CONTENT.y + CONTENT.h - top;
  canvas.text(items, { x: options.x ?? CONTENT.x, y: top, w: options.width, h: room }, {
    size: options.size * scale,
    lineHeight: options.lineHeight,
    gap: options.gap * scale,
    list: options.list,
    indent: options.indent * scale,
  });
}

/** Points as the deck shows them: 32 px, a 0.7 em gap, at most 33 em of 30 px wide, behind an accent dash. */
export const POINTS: ListOptions = { size: TYPE.point, lineHeight: 1.35, gap: TYPE.point * 0.7, width: 990, indent: TYPE.point * 1.3, list: { kind: 'dash' } };
