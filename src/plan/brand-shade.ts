/**
 * Colour arithmetic for a brand, on `#rrggbb` strings: WCAG contrast, mixing, and the nearest shade
 * of a colour that reaches a contrast — its OKLCH lightness moved as little as it takes, hue kept,
 * chroma lowered only where the lighter or darker shade would fall outside sRGB. Pure.
 */
import { parseColour, toHex } from '../read/brand-colour.ts';
import { oklchToRgbInGamut, rgbToOklch, type Rgb } from '../read/brand-oklch.ts';

const rgbOf = (hex: string): Rgb => parseColour(hex)?.rgb ?? [0, 0, 0];

function luminance(hex: string): number {
  const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = rgbOf(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** Whether light text reads better on it than dark text. */
export const isDark = (hex: string): boolean => contrast(hex, '#ffffff') > contrast(hex, '#000000');

/** `a` with `share` (0–1) of `b` mixed in, in sRGB (as `color-mix(in srgb, …)`). */
export function mix(a: string, b: string, share: number): string {
  const [x, y] = [rgbOf(a), rgbOf(b)];
  return toHex(x.map((v, i) => v * (1 - share) + y[i]! * share) as unknown as Rgb);
}

/**
 * `colour` itself when it reaches `ratio` against `background`; else the shade of it, lighter or
 * darker, nearest in OKLCH lightness that does. Black or white when no shade of its hue does.
 */
export function nearestPassing(colour: string, background: string, ratio: number): string {
  if (contrast(colour, background) >= ratio) return colour;
  const [l, c, h] = rgbToOklch(rgbOf(colour));
  for (let step = 0.002; step <= 1; step += 0.002) {
    const shades = [l - step, l + step]
      .filter((lightness) => lightness >= 0 && lightness <= 1)
      .map((lightness) => toHex(oklchToRgbInGamut([lightness, c, h])))
      .filter((shade) => contrast(shade, background) >= ratio);
    if (shades.length) return shades.sort((a, b) => contrast(b, background) - contrast(a, background))[0]!;
  }
  return isDark(background) ? '#ffffff' : '#000000';
}
