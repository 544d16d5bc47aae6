/** Page sizes for `deck pdf --size WxH`, in CSS pixels (96 per inch; 1280 × 720 is 960 × 540 pt). */
import { DeckError } from '../errors.ts';

export interface PageSize {
  width: number;
  height: number;
}

export const DEFAULT_SIZE: PageSize = Object.freeze({ width: 1280, height: 720 });

/**
 * Slides are always laid out this many pixels high (src/runtime/print.ts), printed at that size and
 * scaled onto the page (src/export/merge.ts), so type keeps its proportions at any page size.
 */
export const LAYOUT_HEIGHT = 720;
const [MIN_HEIGHT, MAX_HEIGHT] = [180, 4320];

export function parseSize(text: string): PageSize {
  const match = /^\s*(\d{2,5})\s*[x×]\s*(\d{2,5})\s*$/i.exec(text);
  if (!match) throw new DeckError('usage', `--size ${text}: give the page size as WIDTHxHEIGHT in pixels, e.g. 1280x720`);
  const size = { width: Number(match[1]), height: Number(match[2]) };
  if (size.height < MIN_HEIGHT || size.height > MAX_HEIGHT) {
    throw new DeckError('usage', `--size ${text}: the height must be between ${MIN_HEIGHT} and ${MAX_HEIGHT} pixels`);
  }
  const aspect = size.width / size.height;
  if (aspect < 1 || aspect > 3) {
    throw new DeckError('usage', `--size ${text}: pages must be landscape, from 1:1 to 3:1 (slides are laid out for a wide screen)`);
  }
  return size;
}
