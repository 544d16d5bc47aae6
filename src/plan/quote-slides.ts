/**
 * Quote slides: a blockquote short enough to be read from the screen in large type gets a slide
 * of its own after its section's points, with its attribution ("— Name") when the article gives
 * one. A longer quote stays in the points and notes only.
 */
import type { Block } from '../types.ts';
import type { PlannedSlide } from './image-slides.ts';

type QuoteBlock = Extract<Block, { kind: 'quote' }>;

/** Words a quote slide shows at its large size without shrinking (about five lines). */
export const MAX_QUOTE_WORDS = 60;

export interface QuoteContext {
  file: string;
  heading: string;
  kicker?: string;
}

export function quoteSlide(block: QuoteBlock, context: QuoteContext): PlannedSlide | undefined {
  const text = block.text.trim();
  if (!text || text.split(/\s+/).length > MAX_QUOTE_WORDS) return undefined;
  return {
    kind: 'quote',
    title: context.heading,
    kicker: context.kicker,
    points: [],
    quote: { text, ...(block.attribution && { attribution: block.attribution }) },
    notes: [block.attribution ? { kind: 'paragraph', text: `${text} — ${block.attribution}` } : { kind: 'paragraph', text }],
    source: { file: context.file, line: block.line },
  };
}
