/** How the PowerPoint export measures text to size its boxes: by the widths of the font it names. */
import { describe, expect, it } from 'vitest';
import { linesOf, widthOf } from '../../src/export/pptx/measure.ts';

describe('lines of text in a box', () => {
  it('measures letters by their width, not their count: narrow letters fit more on a line than wide ones', () => {
    expect(widthOf('illicit')).toBeLessThan(widthOf('MMMMMMM') / 2);
    // 20 words on a 1088 px line at 52 px (20.9 em): 'il' is 0.56 em in Arial Bold, 'MW' 1.78 em.
    expect(linesOf('il '.repeat(20), 1088, 52, 'bold')).toBe(1);
    expect(linesOf('MW '.repeat(20), 1088, 52, 'bold')).toBe(3);
  });

  it("a heading of the bundled deck that fits on one line at 52 px is one line, as on the slide", () => {
    expect(linesOf("Microsoft's Ambitious Pursuit of AI", 1088, 52, 'bold')).toBe(1);
    expect(linesOf("The Investment: Microsoft's Stake in OpenAI", 1088, 52, 'bold')).toBe(2);
  });

  it('counts a CJK character a full em and breaks a long run of them, as it does a word longer than the line', () => {
    // 990 px at 32 px is 30.9 em.
    expect(linesOf('東'.repeat(25), 990, 32)).toBe(1);
    expect(linesOf('東'.repeat(50), 990, 32)).toBe(2);
    expect(linesOf('x'.repeat(300), 990, 32)).toBe(Math.ceil((300 * 0.5 * 1.04) / (990 / 32)));
  });
});
