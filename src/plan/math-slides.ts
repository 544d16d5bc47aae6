/**
 * Display math (`$$…$$`, a ```math fence) gets a slide of its own after its section's points: the
 * formula large, the sentence that introduces it in the notes before the formula. A formula KaTeX
 * cannot read is a warning with its line; the slide then shows its TeX as code.
 */
import type { Block, Diagnostic } from '../types.ts';
import type { PlannedSlide } from './image-slides.ts';

type MathBlock = Extract<Block, { kind: 'math' }>;

export interface MathContext {
  file: string;
  heading: string;
  kicker?: string;
  intro?: Block;
}

export function mathSlide(block: MathBlock, context: MathContext): PlannedSlide | undefined {
  const tex = block.text.trim();
  if (!tex) return undefined;
  return {
    kind: 'math',
    title: context.heading,
    kicker: context.kicker,
    points: [],
    math: { tex },
    notes: [...(context.intro ? [context.intro] : []), block],
    source: { file: context.file, line: block.line },
  };
}

/** A warning for each formula of `tex` (with the line it stands on) that `check` says is not TeX it can read. */
export function formulaWarnings(formulas: { tex: string; line?: number }[], file: string, check: (tex: string) => string | undefined): Diagnostic[] {
  return formulas.flatMap(({ tex, line }) => {
    const problem = check(tex);
    return problem ? [{ severity: 'warning' as const, message: `formula "${tex.length > 60 ? `${tex.slice(0, 57)}…` : tex}" cannot be typeset (${problem}): shown as TeX`, position: { file, line } }] : [];
  });
}
