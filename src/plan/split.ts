/**
 * How many points fit on one slide: an estimate in pixels from the theme's type scale
 * (assets/theme.css), so that a long section goes on continuation slides instead of shrinking.
 * The browser's fitting (src/runtime/fit.ts) catches what the estimate misses.
 */

/** The content box of a 1280 × 720 slide, minus the theme's padding. */
const CONTENT_HEIGHT = 560;
const HEADING_LINE = 60; // 52 px × 1.15
const HEADING_CHARS_PER_LINE = 34;
const HEADING_GAP = 36;
const KICKER = 48;
const POINT_LINE = 43; // 32 px × 1.35
const POINT_CHARS_PER_LINE = 56;
const POINT_GAP = 22; // 0.7 em

/** Lines a text wraps to at `perLine` characters, breaking words longer than a line. */
export function wrappedLines(text: string, perLine: number): number {
  let count = 1;
  let column = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (column > 0 && column + 1 + word.length <= perLine) {
      column += 1 + word.length;
      continue;
    }
    if (column > 0) count++;
    count += Math.ceil(word.length / perLine) - 1;
    column = word.length % perLine || perLine;
  }
  return count;
}

/** Estimated height of a heading (with its kicker) in px. */
export function headingHeight(heading: string, kicker = false): number {
  return wrappedLines(heading, HEADING_CHARS_PER_LINE) * HEADING_LINE + HEADING_GAP + (kicker ? KICKER : 0);
}

export function pointHeight(point: string): number {
  return wrappedLines(point, POINT_CHARS_PER_LINE) * POINT_LINE + POINT_GAP;
}

/**
 * Splits points into slides of at most `max` points whose estimated height fits under the
 * heading; a single point too tall for any slide still gets a slide of its own. [] → [[]].
 * A point may be a string or a `Point`, which keeps its source sentence on whichever slide it lands.
 */
export function splitPoints<T extends string | { text: string }>(points: T[], max: number, heading: string, kicker = false): T[][] {
  // A heading taller than this is shrunk by the browser, not given slides of one point each.
  const room = CONTENT_HEIGHT - Math.min(headingHeight(heading, kicker), CONTENT_HEIGHT * 0.45);
  const slides: T[][] = [[]];
  let used = 0;
  for (const point of points) {
    const height = pointHeight(typeof point === 'string' ? point : point.text);
    const current = slides[slides.length - 1]!;
    if (current.length && (current.length >= max || used + height > room)) {
      slides.push([point]);
      used = height;
    } else {
      current.push(point);
      used += height;
    }
  }
  return slides;
}

/** Most agenda items on one slide (two columns of six). */
export const AGENDA_PER_SLIDE = 12;

/** Splits items into as few slides of at most `max` as needed, evenly: 16 by 12 → 8 and 8. */
export function splitEvenly<T>(items: T[], max: number): T[][] {
  const per = Math.ceil(items.length / Math.max(1, Math.ceil(items.length / max)));
  const slides: T[][] = [];
  for (let i = 0; i < items.length; i += per) slides.push(items.slice(i, i + per));
  return slides;
}
