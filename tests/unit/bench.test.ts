/** The benchmark's arithmetic and budget: what `npm run bench` and CI's size check rely on. */
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { BUDGET, sizeChecks } from '../../bench/budget.ts';
import type { DeckFigures } from '../../bench/results.ts';
import { generateArticle } from '../../bench/scale.ts';
import { leastSquares, summarize } from '../../bench/stats.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { readText } from '../../src/read/text.ts';

describe('summaries and fits', () => {
  it('summarizes runs as median, min and max', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('finds the line through linear build times, and a poor fit for quadratic ones', () => {
    const sizes = [10, 100, 1000, 2000];
    const linear = leastSquares(sizes.map((x) => ({ x, y: 0.5 + 0.002 * x })));
    expect(linear.slope).toBeCloseTo(0.002, 9);
    expect(linear.intercept).toBeCloseTo(0.5, 9);
    expect(linear.r2).toBeCloseTo(1, 9);
    expect(leastSquares(sizes.map((x) => ({ x, y: 1e-6 * x * x }))).r2).toBeLessThan(0.97);
  });
});

describe('the size budget CI enforces', () => {
  const transfer = (gzip: number, beforePaintGzip: number): Pick<DeckFigures, 'transfer'> => ({
    transfer: { requests: 3, bytes: gzip * 4, gzip, beforePaintBytes: beforePaintGzip * 4, beforePaintGzip, files: [] },
  });

  it('passes a deck within 70 KB gzip, 20 KB of it before the first paint', () => {
    expect(sizeChecks({ ours: transfer(BUDGET.firstLoadGzip, BUDGET.beforePaintGzip) }).every((c) => c.ok)).toBe(true);
  });

  it('fails a deck one byte over either limit', () => {
    const [load, paint] = sizeChecks({ ours: transfer(BUDGET.firstLoadGzip + 1, BUDGET.beforePaintGzip + 1) });
    expect(load!.ok).toBe(false);
    expect(paint!.ok).toBe(false);
  });
});

describe('generated articles for the scaling run', () => {
  for (const [format, read] of [['markdown', readMarkdown], ['text', readText]] as const) {
    it(`${format}: has the number of sections asked for, each with its own heading`, () => {
      const { tree } = read(generateArticle(100, format), `scale.${format}`);
      const headings = tree.children.filter((n) => n.type === 'heading' && n.depth === 2);
      expect(headings).toHaveLength(101); // 100 sections and the conclusion
      expect(new Set(headings.map((h) => toString(h))).size).toBe(101);
    });
  }
});
