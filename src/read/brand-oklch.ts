/**
 * sRGB ⇄ OKLab ⇄ OKLCH (Björn Ottosson's matrices, as CSS Color 4 uses them). Pure. sRGB channels
 * are 0–1 here; OKLCH lightness 0–1, chroma ≥ 0, hue in degrees.
 */

export type Rgb = readonly [number, number, number];
export type Oklch = readonly [l: number, c: number, h: number];

const toLinear = (v: number) => (Math.abs(v) <= 0.04045 ? v / 12.92 : Math.sign(v) * ((Math.abs(v) + 0.055) / 1.055) ** 2.4);
const fromLinear = (v: number) => (Math.abs(v) <= 0.0031308 ? v * 12.92 : Math.sign(v) * (1.055 * Math.abs(v) ** (1 / 2.4) - 0.055));

export function rgbToOklch([r, g, b]: Rgb): Oklch {
  const [lr, lg, lb] = [toLinear(r), toLinear(g), toLinear(b)];
  const l = Math.cbrt(0.4122214708 * lr + 0.5363325363 * lg + 0.0514459929 * lb);
  const m = Math.cbrt(0.2119034982 * lr + 0.6806995451 * lg + 0.1073969566 * lb);
  const s = Math.cbrt(0.0883024619 * lr + 0.2817188376 * lg + 0.6299787005 * lb);
  const L = 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
  const A = 1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s;
  const B = 0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s;
  const h = (Math.atan2(B, A) * 180) / Math.PI;
  return [L, Math.hypot(A, B), h < 0 ? h + 360 : h];
}

/** OKLab → sRGB, unclamped: a channel outside 0–1 means the colour is outside sRGB. */
export function oklabToRgb(L: number, A: number, B: number): Rgb {
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

export function oklchToRgb([l, c, h]: Oklch): Rgb {
  const radians = (h * Math.PI) / 180;
  return oklabToRgb(l, c * Math.cos(radians), c * Math.sin(radians));
}

const inGamut = (rgb: Rgb) => rgb.every((v) => v >= -1e-4 && v <= 1 + 1e-4);

/** The sRGB colour of an OKLCH lightness and hue, its chroma lowered until it fits (CSS's gamut mapping, simplified). */
export function oklchToRgbInGamut([l, c, h]: Oklch): Rgb {
  if (l <= 0) return [0, 0, 0];
  if (l >= 1) return [1, 1, 1];
  let [low, high] = [0, c];
  if (inGamut(oklchToRgb([l, c, h]))) return clamp(oklchToRgb([l, c, h]));
  for (let i = 0; i < 24; i++) {
    const mid = (low + high) / 2;
    if (inGamut(oklchToRgb([l, mid, h]))) low = mid;
    else high = mid;
  }
  return clamp(oklchToRgb([l, low, h]));
}

const clamp = (rgb: Rgb): Rgb => rgb.map((v) => Math.min(1, Math.max(0, v))) as unknown as Rgb;
