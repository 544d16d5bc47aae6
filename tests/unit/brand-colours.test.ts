/**
 * A brand's colours: any CSS colour a speaker may paste from a style guide is read, the colours the
 * brand leaves to us are derived to pass WCAG AA on the speaker's, and `deck check`'s suggestion for
 * a failing accent is a shade of the same hue that does pass.
 */
import { describe, expect, it } from 'vitest';
import { brandContrastProblems } from '../../src/check/brand-contrast.ts';
import { formatProblem } from '../../src/check/problems.ts';
import { contrastRatio } from '../../src/check/contrast.ts';
import { brandLook, THEME_PALETTES } from '../../src/plan/brand-palette.ts';
import { parseColour, toHex } from '../../src/read/brand-colour.ts';
import { rgbToOklch } from '../../src/read/brand-oklch.ts';

const hexOf = (css: string) => {
  const colour = parseColour(css);
  return colour && toHex(colour.rgb);
};
/** WCAG contrast through the check's own arithmetic (src/check/contrast.ts), not the brand's. */
const ratio = (a: string, b: string) => {
  const rgba = (hex: string) => [...hex.slice(1).match(/../g)!.map((p) => Number.parseInt(p, 16)), 1] as unknown as [number, number, number, number];
  return contrastRatio(rgba(a), rgba(b));
};
const hueOf = (hex: string) => rgbToOklch(parseColour(hex)!.rgb)[2];

describe('brand colours as CSS writes them', () => {
  it('reads hex, rgb(), hsl(), oklch() and named colours to the same sRGB colour', () => {
    expect(hexOf('#C2410C')).toBe('#c2410c');
    expect(hexOf('#f80')).toBe('#ff8800');
    expect(hexOf('rgb(194 65 12)')).toBe('#c2410c');
    expect(hexOf('rgba(194, 65, 12, 1)')).toBe('#c2410c');
    expect(hexOf('rgb(100% 50% 0%)')).toBe('#ff8000');
    expect(hexOf('hsl(120 100% 25%)')).toBe('#008000');
    expect(hexOf('hsl(0.5turn, 100%, 50%)')).toBe('#00ffff');
    expect(hexOf('oklch(62.8% 0.2577 29.23)')).toBe('#ff0000');
    expect(hexOf('RebeccaPurple')).toBe('#663399');
    expect(parseColour('#0008')?.alpha).toBeCloseTo(0.53, 2);
    expect(parseColour('rgb(0 0 0 / 50%)')?.alpha).toBe(0.5);
  });

  it('refuses what is not a colour', () => {
    for (const text of ['bluish', '#12345', '#ggg', 'rgb(1 2)', 'hsl(10 20 30)', 'url(x.png)', 'var(--brand)', 'red; background: url(//x)', '']) {
      expect(parseColour(text), text).toBeUndefined();
    }
  });
});

describe('colours derived around a brand background', () => {
  const cases = ['#fbf7f0', '#0f2a3d', '#808080', '#ffd60a', '#1d4ed8', '#f0fdf4', '#3b0764'];
  for (const background of cases) {
    it(`on ${background}: text and muted text reach AA, the rules stay faint, and the deck is pinned light or dark by it`, () => {
      const look = brandLook({ background: { hex: background } }, 'auto');
      const palette = look.palettes[look.theme!]!;
      expect(palette.bg).toBe(background);
      expect(ratio(palette.fg, background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(palette.muted, background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(palette.accent, background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(palette.rule, background)).toBeLessThan(2);
      expect(look.theme).toBe(ratio('#ffffff', background) > ratio('#000000', background) ? 'dark' : 'light');
    });
  }

  it('keeps the accent the speaker set, exactly, even where it does not pass (deck check says so instead)', () => {
    const look = brandLook({ accent: { hex: '#ffd60a' }, background: { hex: '#ffffff' } }, 'auto');
    expect(look.palettes.light!.accent).toBe('#ffd60a');
  });
});

describe('an accent alone', () => {
  it('is used as set in the light theme and shaded lighter, same hue, where the viewer turns the deck dark', () => {
    const look = brandLook({ accent: { hex: '#1d4ed8' } }, 'auto');
    expect(look.theme).toBeUndefined();
    expect(look.palettes.light!.accent).toBe('#1d4ed8');
    const dark = look.palettes.dark!.accent;
    expect(ratio(dark, THEME_PALETTES.dark.bg)).toBeGreaterThanOrEqual(4.5);
    expect(Math.abs(hueOf(dark) - hueOf('#1d4ed8'))).toBeLessThan(6);
    expect(look.palettes.dark!.bg).toBe(THEME_PALETTES.dark.bg);
  });

  it('is used as set in the dark theme when the deck is pinned dark', () => {
    expect(brandLook({ accent: { hex: '#ffb454' } }, 'dark').palettes).toEqual({ dark: { ...THEME_PALETTES.dark, accent: '#ffb454' } });
  });
});

describe('deck check on brand colours', () => {
  it('names a failing accent, its ratio and background, at its front matter line, and suggests a passing shade of the same hue', () => {
    const [problem, ...rest] = brandContrastProblems({ theme: 'auto', accent: { hex: '#f97316', line: 4 } });
    expect(rest).toEqual([]);
    expect(problem!.line).toBe(4);
    expect(problem!.message).toMatch(/^low contrast: brand accent #f97316 on the light theme's background #ffffff is 2\.\d\d:1 \(links and labels need 4\.5:1\); the nearest shade that passes is (#[0-9a-f]{6})$/);
    const suggested = /(#[0-9a-f]{6})$/.exec(problem!.message)![1]!;
    expect(ratio(suggested, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(ratio(suggested, '#ffffff')).toBeLessThan(5.2); // the nearest: not simply black
    expect(Math.abs(hueOf(suggested) - hueOf('#f97316'))).toBeLessThan(8);
  });

  it('judges the accent on the brand background when there is one, and a lighter shade on a dark one', () => {
    const [problem] = brandContrastProblems({ theme: 'auto', accent: { hex: '#1d4ed8', line: 3 }, background: { hex: '#0f172a', line: 4 } });
    expect(problem!.message).toContain('on the brand background #0f172a');
    const suggested = /(#[0-9a-f]{6})$/.exec(problem!.message)![1]!;
    expect(ratio(suggested, '#0f172a')).toBeGreaterThanOrEqual(4.5);
    expect(parseColour(suggested)!.rgb[2]).toBeGreaterThan(parseColour('#1d4ed8')!.rgb[2] - 0.01);
  });

  it('prints as one line at the front matter line, without a slide: the brand is the whole deck’s', () => {
    const [problem] = brandContrastProblems({ theme: 'auto', accent: { hex: '#f59e0b', line: 5 }, background: { hex: '#fbf7f0', line: 6 } });
    expect(formatProblem(problem!, 'talks/q3.md')).toMatch(/^deck: talks\/q3\.md:5: low contrast: brand accent #f59e0b on the brand background #fbf7f0 is 2\.\d\d:1 \(links and labels need 4\.5:1\); the nearest shade that passes is #[0-9a-f]{6}$/);
    expect(formatProblem({ slide: 3, title: 'Tides', line: 9, message: 'has no speaker notes' }, 'a.md')).toBe('deck: a.md:9: slide 3 "Tides": has no speaker notes');
  });

  it('has nothing to say about colours that pass, or that the brand left to us', () => {
    expect(brandContrastProblems({ theme: 'auto', accent: { hex: '#c2410c' }, background: { hex: '#fbf7f0' } })).toEqual([]);
    expect(brandContrastProblems({ theme: 'auto', background: { hex: '#808080' } })).toEqual([]);
    expect(brandContrastProblems({ theme: 'auto' })).toEqual([]);
  });
});
