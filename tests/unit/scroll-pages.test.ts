/** Which slide is current in the reading view, from the heights of its pages. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageRanges, SLACK, splitRange } from '../../src/runtime/scroll-pages.ts';

/** The page a reader is on at scroll position `top`: the last one whose range holds it (reveal.js activates in order). */
const pageAt = (ranges: [number, number][], top: number, maxScroll: number) =>
  ranges.reduce((current, [from, to], i) => (top / maxScroll >= from && top / maxScroll <= to ? i : current), -1);

describe('pageRanges', () => {
  it('gives each page the scroll positions where its top is at the top of the screen, however tall it is', () => {
    // Pages 300, 900 and 150 px tall, then a last one; the screen is 800 px high.
    const tops = [0, 300, 1200, 1350];
    const maxScroll = 2150 - 800;
    const ranges = pageRanges(tops, maxScroll);
    expect(pageAt(ranges, 0, maxScroll)).toBe(0);
    expect(pageAt(ranges, 299 - SLACK, maxScroll)).toBe(0);
    expect(pageAt(ranges, 300, maxScroll)).toBe(1);
    expect(pageAt(ranges, 1100, maxScroll)).toBe(1);
    expect(pageAt(ranges, 1200, maxScroll)).toBe(2);
    expect(pageAt(ranges, 1350, maxScroll)).toBe(3);
  });

  it('moves to the next page when its top rises past the reading line, yet a page at the top of the screen is current', () => {
    // Pages 900, 100 and 600 px tall, then a last one; the reading line is 240 px down the screen.
    const tops = [0, 900, 1000, 1600];
    const maxScroll = 2400 - 800;
    const ranges = pageRanges(tops, maxScroll, 240);
    expect(pageAt(ranges, 900 - 250, maxScroll)).toBe(0);
    expect(pageAt(ranges, 900 - 230, maxScroll)).toBe(1);
    // Page 1 is only 100 px tall: it stays current while it is at the top of the screen, then page 2 takes over.
    expect(pageAt(ranges, 902, maxScroll)).toBe(1);
    // Its heading, under the page's top padding, scrolled to the top of the screen: still page 1.
    expect(pageAt(ranges, 930, maxScroll)).toBe(1);
    expect(pageAt(ranges, 1000 - SLACK, maxScroll)).toBe(2);
    for (const top of tops) expect(pageAt(ranges, top, maxScroll)).toBe(tops.indexOf(top));
  });

  it('tiles the whole scroll range, in order, starting at 0 and ending at 1', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 5000 }), (heights, screen) => {
        const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, b) => a + b, 0));
        const total = heights.reduce((a, b) => a + b, 0);
        const ranges = pageRanges(tops, Math.max(total - screen, 1), screen * 0.3);
        expect(ranges[0]![0]).toBe(0);
        expect(ranges.at(-1)![1]).toBe(1);
        ranges.forEach(([from, to], i) => {
          expect(from).toBeLessThanOrEqual(to);
          if (i > 0) expect(from).toBe(ranges[i - 1]![1]);
        });
      }),
    );
  });
});

describe('splitRange', () => {
  it('splits a range into equal consecutive parts that cover it exactly', () => {
    const parts = splitRange([0.2, 0.5], 3);
    expect(parts).toHaveLength(3);
    expect(parts[0]![0]).toBe(0.2);
    expect(parts[2]![1]).toBe(0.5);
    parts.forEach(([from, to], i) => {
      expect(to - from).toBeCloseTo(0.1, 10);
      if (i > 0) expect(from).toBe(parts[i - 1]![1]);
    });
    expect(splitRange([0, 1], 1)).toEqual([[0, 1]]);
  });
});
