/**
 * The planned deck as data for people and tools (`deck plan [--json]`): every slide with its kind,
 * title, points and the sentence of the article each point came from (with its line), how long
 * its notes are and how long it takes to present.
 */
import { textOfBlock } from '../outline/blocks.ts';
import type { Block, Deck, Slide } from '../types.ts';

export interface PointSummary {
  text: string;
  /** The article sentence the point was taken from; null for points that have none (agenda items, headings). */
  source: { text: string; line: number | null } | null;
}

export interface SlideSummary {
  number: number;
  kind: Slide['kind'];
  title: string;
  kicker?: string;
  /** The article line the slide's section starts on. */
  line: number | null;
  points: PointSummary[];
  stat?: { figure: string; caption: string };
  notes: { blocks: number; words: number; characters: number };
  seconds: number;
}

export interface PlanSummary {
  title: string;
  lang: string;
  source: string;
  totalSeconds: number;
  slides: SlideSummary[];
}

export function summarizePlan(deck: Deck): PlanSummary {
  return {
    title: deck.title,
    lang: deck.lang,
    source: deck.sourceName,
    totalSeconds: deck.totalSeconds,
    slides: deck.slides.map(summarizeSlide),
  };
}

function summarizeSlide(slide: Slide, index: number): SlideSummary {
  return {
    number: index + 1,
    kind: slide.kind,
    title: slide.title,
    ...(slide.kicker !== undefined && { kicker: slide.kicker }),
    line: slide.source?.line ?? null,
    points: slide.points.map((text, i) => {
      const source = slide.pointSources?.[i];
      return { text, source: source ? { text: source.text, line: source.line ?? null } : null };
    }),
    ...(slide.stat && { stat: slide.stat }),
    notes: notesLength(slide.notes),
    seconds: slide.timing,
  };
}

function notesLength(blocks: Block[]): SlideSummary['notes'] {
  const text = blocks.map((block) => textOfBlock(block)).join(' ');
  return { blocks: blocks.length, words: text.split(/\s+/).filter(Boolean).length, characters: [...text].length };
}
