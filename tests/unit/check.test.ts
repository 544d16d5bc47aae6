/** `deck check`'s judgement, apart from the browser: contrast arithmetic and the problems it reports. */
import { describe, expect, it } from 'vitest';
import { contrastRatio, over, requiredRatio } from '../../src/check/contrast.ts';
import type { SlideProbe } from '../../src/check/probe.ts';
import { contrastProblems, formatProblem, layoutProblems } from '../../src/check/problems.ts';

const white = [255, 255, 255, 1] as const;
const black = [0, 0, 0, 1] as const;

describe('WCAG contrast', () => {
  it('matches the reference values', () => {
    expect(contrastRatio(black, white)).toBeCloseTo(21, 5);
    expect(contrastRatio(white, white)).toBeCloseTo(1, 5);
    // #777 on white is the classic just-failing grey: 4.48:1.
    expect(contrastRatio([0x77, 0x77, 0x77, 1], white)).toBeCloseTo(4.48, 2);
  });

  it('composites translucent text over its background', () => {
    expect(over([0, 0, 0, 0.5], white).map(Math.round)).toEqual([128, 128, 128, 1]);
    expect(contrastRatio([0, 0, 0, 0.5], white)).toBeLessThan(4.5);
  });

  it('asks 3:1 of large text (24 px, or 18.66 px bold) and 4.5:1 of the rest', () => {
    expect(requiredRatio(30, 400)).toBe(3);
    expect(requiredRatio(19, 700)).toBe(3);
    expect(requiredRatio(19, 400)).toBe(4.5);
    expect(requiredRatio(16, 700)).toBe(4.5);
  });
});

const probe = (over: Partial<SlideProbe> = {}): SlideProbe => ({
  kind: 'section',
  title: 'A slide',
  line: 12,
  hasNotes: true,
  headingPx: 52,
  bodyPx: 32,
  longPoints: [],
  texts: [],
  ...over,
});

describe('problems', () => {
  it('a slide that fits at the type scale, with notes and short points, has none', () => {
    expect(layoutProblems(probe())).toEqual([]);
  });

  it('names an overflow by how far, where, and what', () => {
    const [problem] = layoutProblems(probe({ overflow: { px: 42, side: 'bottom', what: '<li> "Too much"' } }));
    expect(problem).toBe('overflows the slide by 42 px at the bottom: <li> "Too much"; shorten it or split the section');
  });

  it('reports text the browser had to shrink below the type scale, long points and missing notes', () => {
    const found = layoutProblems(probe({ headingPx: 30, bodyPx: 21, longPoints: [{ n: 2, lines: 4 }], hasNotes: false }));
    expect(found).toEqual([
      'overflows: its heading only fits at 30 px (headings need 44 px); shorten the heading',
      'overflows: its text only fits at 21 px (text needs 28 px); shorten the points or split the section',
      'point 2 is too long: it runs to 4 lines (at most 2 read well); shorten it',
      'has no speaker notes: give the section some text',
    ]);
  });

  it('flags grey small text on white, not the same grey when large', () => {
    const grey = { text: 'Muted', color: [0x88, 0x88, 0x88, 1] as const, backgrounds: [[0, 0, 0, 0] as const, white], weight: 400 };
    expect(contrastProblems(probe({ texts: [{ ...grey, px: 16 }] }), 'light')).toEqual([
      'low contrast in the light theme: "Muted" is #888888 on #ffffff, 3.54:1 (needs 4.5:1)',
    ]);
    expect(contrastProblems(probe({ texts: [{ ...grey, px: 32 }] }), 'light')).toEqual([]);
  });

  it('prints one line: deck: file:line: slide N "title": problem', () => {
    expect(formatProblem({ slide: 3, title: 'A slide', line: 12, message: 'has no speaker notes' }, 'a.md')).toBe(
      'deck: a.md:12: slide 3 "A slide": has no speaker notes',
    );
    expect(formatProblem({ slide: 1, title: 'Agenda', message: 'x' }, 'a.md')).toBe('deck: a.md: slide 1 "Agenda": x');
  });
});
