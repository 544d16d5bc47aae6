/**
 * CSS colours as a brand gives them — `#e4572e`, `#fa0`, `rgb(228 87 46)`, `hsl(14 76% 54%)`,
 * `oklch(0.62 0.19 37)`, `tomato` — to sRGB. Pure. Anything else is not a colour (undefined).
 */
import { NAMED_COLOURS } from './brand-colour-names.ts';
import { oklabToRgb, oklchToRgb, type Rgb } from './brand-oklch.ts';

export interface Colour {
  /** Red, green, blue, 0–1. */
  rgb: Rgb;
  alpha: number;
}

export function parseColour(input: string): Colour | undefined {
  const text = input.trim().toLowerCase();
  if (text.startsWith('#')) return hex(text.slice(1));
  const named = NAMED_COLOURS.get(text);
  if (named) return hex(named);
  const call = /^([a-z]+)\(\s*([^()]*?)\s*\)$/.exec(text);
  if (!call) return undefined;
  const [, name, inside] = call as unknown as [string, string, string];
  const [main, alphaText] = inside.split('/').map((part) => part.trim()) as [string, string | undefined];
  const args = main.split(/\s*,\s*|\s+/);
  // `rgba(r, g, b, a)`: the legacy fourth argument is the alpha.
  const alphaArg = alphaText ?? (args.length === 4 ? args.pop() : undefined);
  if (args.length !== 3 || inside.split('/').length > 2) return undefined;
  const alpha = alphaArg === undefined ? 1 : number(alphaArg, 1);
  if (alpha === undefined) return undefined;
  const rgb = channels(name, args);
  return rgb && { rgb, alpha: Math.min(1, Math.max(0, alpha)) };
}

/** `#rrggbb` of an sRGB colour. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, '0')).join('')}`;
}

function channels(name: string, args: string[]): Rgb | undefined {
  const values = (scales: number[]) => {
    const found = args.map((arg, i) => number(arg, scales[i]!));
    return found.every((v) => v !== undefined) ? (found as [number, number, number]) : undefined;
  };
  switch (name) {
    case 'rgb':
    case 'rgba': {
      const v = values([255, 255, 255]);
      return v && (v.map((c) => c / 255) as unknown as Rgb);
    }
    case 'hsl':
    case 'hsla': {
      const hue = angle(args[0]!);
      const [s, l] = [number(args[1]!, 1), number(args[2]!, 1)];
      if (hue === undefined || s === undefined || l === undefined || !args[1]!.endsWith('%') || !args[2]!.endsWith('%')) return undefined;
      return hsl(hue, s, l);
    }
    case 'oklch': {
      const [l, c, h] = [number(args[0]!, 1), number(args[1]!, 0.4), angle(args[2]!)];
      return l === undefined || c === undefined || h === undefined ? undefined : oklchToRgb([l, c, h]);
    }
    case 'oklab': {
      const v = values([1, 0.4, 0.4]);
      return v && oklabToRgb(...v);
    }
    default:
      return undefined;
  }
}

function hex(digits: string): Colour | undefined {
  if (!/^(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(digits)) return undefined;
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join('') : digits;
  const bytes = full.match(/../g)!.map((pair) => Number.parseInt(pair, 16) / 255);
  return { rgb: [bytes[0]!, bytes[1]!, bytes[2]!], alpha: bytes[3] ?? 1 };
}

/** A number, or a percentage of `scale` (`50%` of 255 is 127.5). */
function number(text: string, scale: number): number | undefined {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%?)$/.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return match[2] ? (value / 100) * scale : value;
}

const TURN: Record<string, number> = { deg: 360, grad: 400, rad: 2 * Math.PI, turn: 1 };

/** A hue: a number of degrees, or an angle with its unit. */
function angle(text: string): number | undefined {
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(deg|grad|rad|turn)?$/.exec(text);
  if (!match) return undefined;
  const degrees = (Number(match[1]) / TURN[match[2] ?? 'deg']!) * 360;
  return ((degrees % 360) + 360) % 360;
}

function hsl(hue: number, s: number, l: number): Rgb {
  const k = (n: number) => (n + hue / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [f(0), f(8), f(4)];
}
