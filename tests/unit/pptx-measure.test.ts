/** How the PowerPoint export measures text to size its boxes: by the widths of the font it names. */
import { describe, expect, it } from 'vitest';
import { linesOf, widthOf } from '../../src/export/pptx/measure.ts';

describe('lines of text in a box', () => {
  it('measures letters by their width, not their count: narrow letters fit more on a line than wide ones', () => {
    expect(widthOf('illicit')).toBeLessThan(widthOf('MMMMMMM') / 2);
    // A 1088 px line at 52 px is 20.9 em: 'il' is 0.56 em in Arial Bold (20 fit), 'MW' 1.78 em (10 fit).
    expect(linesOf('il '.repeat(20), 1088, 52, 'bold')).toBe(1);
    expect(linesOf('MW '.repeat(24), 1088, 52, 'bold')).toBe(3);
  });

  it("a heading of the bundled deck that fits on one line at 52 px is one line, as on the slide", () => {
    expect(linesOf("Microsoft's Ambitious Pursuit of AI", 1088, 52, 'bold')).toBe(1);
    expect(linesOf("The Investment: Microsoft's Stake in OpenAI", 1088, 52, 'bold')).toBe(2);
    // 1,060 px wide in LibreOffice at 68 px: one line of the 1,088 px title box.
    expect(linesOf('Ein Gewächshaus für den Winter', 1088, 68, 'bold')).toBe(1);
  });

  it('counts a CJK character a full em and breaks a long run of them, as it does a word longer than the line', () => {
    // 990 px at 32 px is 30.9 em.
    expect(linesOf('東'.repeat(25), 990, 32)).toBe(1);
    expect(linesOf('東'.repeat(50), 990, 32)).toBe(2);
    expect(linesOf('x'.repeat(300), 990, 32)).toBe(5); // 150 em (152 with the margin) on lines of 30.9 em
  });
});
