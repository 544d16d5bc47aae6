/**
 * Sizes on a PowerPoint slide, from the same estimates the planner splits slides with
 * (src/plan/split.ts): a 1280 × 720 px slide is 13.333 × 7.5 in (96 px an inch, 1 px = 0.75 pt),
 * and a text's height is its wrapped lines times its line height. Layouts place boxes in px with
 * the theme's type scale; the canvas converts.
 */
import { wrappedLines } from '../../plan/split.ts';

export const SLIDE = { width: 1280, height: 720 } as const;
/** The theme's padding (--deck-pad: 64px 96px 84px): the content box. */
export const CONTENT = { x: 96, y: 64, w: 1088, h: 572 } as const;

export const pxToInches = (px: number): number => px / 96;
export const pxToPoints = (px: number): number => px * 0.75;

/** The theme's type scale, in px on a 1280 × 720 slide (assets/theme.css). */
export const TYPE = {
  title: 68,
  heading: 52,
  closing: 96,
  point: 32,
  lead: 34,
  body: 30,
  small: 28,
  kicker: 22.5,
  caption: 24,
} as const;

/**
 * Average advance of a glyph, in em: the planner's 56 characters a line of 32 px points in a
 * 990 px column is 0.55 em; bold headings run wider, spaced capitals wider still.
 */
export const GLYPH = { regular: 0.55, bold: 0.6, caps: 0.78 } as const;

/** Wide (CJK, fullwidth) characters take about two Latin glyphs' room. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** Lines `text` wraps to in a box `width` px wide at `size` px. */
export function linesOf(text: string, width: number, size: number, glyph: number = GLYPH.regular): number {
  const perLine = Math.max(4, Math.floor(width / (size * glyph)));
  return wrappedLines(text.replace(WIDE, 'mm'), perLine);
}

/** Height in px of `lines` lines at `size` px and CSS line height `lineHeight`. */
export const heightOf = (lines: number, size: number, lineHeight: number): number => lines * size * lineHeight;

/**
 * The font scale that makes `needed` px fit in `room` px, as the browser's fitting shrinks a
 * crowded slide (src/runtime/fit.ts); never below `floor`, where shrink-on-overflow takes over.
 */
export function fitScale(needed: number, room: number, floor = 0.55): number {
  if (needed <= room || needed <= 0) return 1;
  return Math.max(floor, room / needed);
}
