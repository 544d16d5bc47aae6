/** Turns what the browser measured on a slide into problems a speaker can act on. Pure. */
import { contrastRatio, over, requiredRatio, toHex, type Rgba } from './contrast.ts';
import type { SlideProbe } from './probe.ts';

export interface Problem {
  /** 1-based, as the deck's slide number shows it; none for a deck-wide problem (a brand colour). */
  slide?: number;
  title?: string;
  line?: number;
  message: string;
}

/** The type scale's minimums (assets/theme.css): headings 44 px, the main text 28 px. */
export const MIN_HEADING_PX = 44;
export const MIN_BODY_PX = 28;
export const MAX_POINT_LINES = 2;

/** Layout problems: overflow, text shrunk below the type scale, long points, missing notes. */
export function layoutProblems(probe: SlideProbe): string[] {
  const found: string[] = [];
  if (probe.overflow) {
    const { px, side, what } = probe.overflow;
    found.push(`overflows the slide by ${px} px at the ${side}: ${what}; shorten it or split the section`);
  } else {
    // It fits, but only because the browser shrank it below the type scale.
    if (probe.headingPx !== undefined && probe.headingPx < MIN_HEADING_PX - 0.5) {
      found.push(`overflows: its heading only fits at ${Math.round(probe.headingPx)} px (headings need ${MIN_HEADING_PX} px); shorten the heading`);
    }
    if (probe.bodyPx !== undefined && probe.bodyPx < MIN_BODY_PX - 0.5) {
      found.push(`overflows: its text only fits at ${Math.round(probe.bodyPx)} px (text needs ${MIN_BODY_PX} px); shorten the points or split the section`);
    }
  }
  for (const { n, lines } of probe.longPoints) {
    found.push(`point ${n} is too long: it runs to ${lines} lines (at most ${MAX_POINT_LINES} read well); shorten it`);
  }
  if (!probe.hasNotes) found.push('has no speaker notes: give the section some text');
  return found;
}

/** Text whose colour does not stand out enough from what is behind it (WCAG AA). */
export function contrastProblems(probe: SlideProbe, theme: string): string[] {
  const found: string[] = [];
  for (const sample of probe.texts) {
    const background = sample.backgrounds.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
    const ratio = contrastRatio(sample.color, background);
    const needed = requiredRatio(sample.px, sample.weight);
    if (ratio + 1e-9 < needed) {
      found.push(
        `low contrast in the ${theme} theme: "${sample.text}" is ${toHex(sample.color)} on ${toHex(background)}, ` +
          `${ratio.toFixed(2)}:1 (needs ${needed}:1)`,
      );
    }
  }
  return found;
}

/** `deck: file:line: slide N "title": message`, or `deck: file:line: message` for the whole deck. */
export function formatProblem(problem: Problem, file: string): string {
  const where = problem.line ? `${file}:${problem.line}` : file;
  return `deck: ${where}: ${problem.slide === undefined ? '' : `slide ${problem.slide} "${problem.title ?? ''}": `}${problem.message}`;
}
