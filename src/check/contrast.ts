/** WCAG 2 contrast: relative luminance, contrast ratio, and what ratio a text size needs. Pure. */

/** Red, green, blue 0–255 and alpha 0–1. */
export type Rgba = readonly [number, number, number, number];

/** `top` painted over `bottom` (alpha compositing); the result is opaque when `bottom` is. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
}

/** Relative luminance of an sRGB colour, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgba): number {
  const linear = (v: number) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast of text colour `fg` on `bg` (both composited onto white if translucent), 1 to 21. */
export function contrastRatio(fg: Rgba, bg: Rgba): number {
  const base = over(bg, [255, 255, 255, 1]);
  const [a, b] = [luminance(over(fg, base)), luminance(base)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Large text (≥ 24 px, or ≥ 18.66 px bold) needs 3:1; other text 4.5:1 (WCAG AA). */
export function requiredRatio(px: number, weight: number): number {
  return px >= 24 || (px >= 18.66 && weight >= 700) ? 3 : 4.5;
}

export function toHex([r, g, b]: Rgba): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}
