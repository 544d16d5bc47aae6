/**
 * Sizes on a PowerPoint slide: a 1280 × 720 px slide is 13.333 × 7.5 in (96 px an inch, 1 px =
 * 0.75 pt), and a text's height is its wrapped lines times its line height, the lines measured with
 * the advance widths of the font the file names (the planner's own estimate, src/plan/split.ts,
 * decides which points share a slide; this one sizes the boxes they are drawn in). Layouts place
 * boxes in px with the theme's type scale; the canvas converts.
 */
import { ARIAL_BOLD, ARIAL_REGULAR } from './glyph-widths.ts';

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

/** The face a text is set in, for measuring it. */
export type Face = 'regular' | 'bold' | 'mono';

/** Wide (CJK, fullwidth) characters: a full em. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
/** Other letters (accented Latin without an ASCII base, Greek, Cyrillic, Hebrew, Arabic…): about a digit's width. */
const OTHER = { regular: 0.58, bold: 0.62 } as const;
/**
 * A margin for what the tables do not know (kerning pairs, another renderer's rounding): measured
 * in LibreOffice, a bold heading came to 99.8 % of its width by the table. More, and a heading that
 * fits on a line would get a two-line box.
 */
const SLACK = 1.02;

/** Width of `text` in em in `face`: Arial's advance widths for ASCII, estimates for the rest. */
export function widthOf(text: string, face: Face = 'regular'): number {
  let em = 0;
  for (const char of text) {
    if (WIDE.test(char)) em += face === 'mono' ? 1.2 : 1;
    else if (face === 'mono') em += 0.6;
    else {
      const base = char.normalize('NFD').codePointAt(0)!; // é → e
      const table = face === 'bold' ? ARIAL_BOLD : ARIAL_REGULAR;
      em += base >= 32 && base <= 126 ? table[base - 32]! / 1000 : OTHER[face];
    }
  }
  return em * SLACK;
}

/**
 * Lines `text` wraps to in a box `width` px wide at `size` px, breaking between words as the
 * renderer does, and inside a word longer than a line (a URL, a run of CJK characters).
 */
export function linesOf(text: string, width: number, size: number, face: Face = 'regular'): number {
  const room = width / size; // in em
  const space = widthOf(' ', face);
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = widthOf(word, face);
    if (used > 0 && used + space + w <= room) {
      used += space + w;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.max(0, Math.ceil(w / room) - 1);
    used = w > room ? w % room || room : w;
  }
  return lines;
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
