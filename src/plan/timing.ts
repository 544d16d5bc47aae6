/** How long each slide takes to present: its notes read aloud at about 130 words a minute. */
import { textOfBlock } from '../outline/blocks.ts';
import type { Block, Slide } from '../types.ts';

export const WORDS_PER_MINUTE = 130;
export const MIN_SECONDS = 15;

export function wordCount(blocks: Block[]): number {
  let count = 0;
  for (const block of blocks) {
    const text = textOfBlock(block);
    count += text.split(/\s+/).filter(Boolean).length;
  }
  return count;
}

export function secondsFor(blocks: Block[]): number {
  return Math.max(MIN_SECONDS, Math.round((wordCount(blocks) / WORDS_PER_MINUTE) * 60));
}

/** Scales timings so they add up to `minutes`, when the article sets a duration. */
export function fitToDuration(slides: Slide[], minutes: number | undefined): void {
  if (!minutes) return;
  const total = slides.reduce((sum, slide) => sum + slide.timing, 0);
  const factor = (minutes * 60) / total;
  for (const slide of slides) slide.timing = Math.max(1, Math.round(slide.timing * factor));
}
