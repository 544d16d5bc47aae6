/**
 * The deck's look in PowerPoint terms: the colours of assets/theme.css for each theme, and the
 * system font stack mapped to fonts PowerPoint, Keynote, Google Slides and LibreOffice all have.
 * One map, so a brand (another accent colour or font) can override it in one place.
 */
import { brandLook } from '../../plan/brand-palette.ts';
import type { Deck, ThemeName } from '../../types.ts';

/** Colours as PowerPoint wants them: six hex digits, no '#'. */
export interface PptxColors {
  background: string;
  text: string;
  muted: string;
  accent: string;
  rule: string;
}

export interface PptxTheme {
  name: ThemeName;
  colors: PptxColors;
  /** Font for headings and for text. */
  headingFont: string;
  bodyFont: string;
  /** Monospace, for code in the notes. */
  monoFont: string;
}

/** `--deck-*` of assets/theme.css, light and dark. */
export const THEME_COLORS: Record<ThemeName, PptxColors> = {
  light: { background: 'FFFFFF', text: '171B24', muted: '4A5263', accent: '2251CC', rule: 'D5DBE7' },
  dark: { background: '12151C', text: 'EEF1F7', muted: 'B3BCCC', accent: '8EABFF', rule: '323A4C' },
};

/**
 * system-ui has no PowerPoint name: Arial is everywhere (LibreOffice substitutes the metric-equal
 * Liberation Sans, Google Slides has it), covers Latin, Greek, Cyrillic, Hebrew and Arabic, and
 * PowerPoint falls back by script for CJK text.
 */
export const FONTS = { heading: 'Arial', body: 'Arial', mono: 'Courier New' } as const;

/**
 * Arial has no Chinese, Japanese or Korean: runs of those languages name a font of theirs for
 * East Asian characters (Latin letters stay in Arial), the ones Office installs on Windows; on a
 * Mac and in LibreOffice the system substitutes its own.
 */
const EAST_ASIAN: Readonly<Record<string, string>> = { zh: 'Microsoft YaHei', ja: 'Yu Gothic', ko: 'Malgun Gothic' };

export function eastAsianFont(lang: string): string | undefined {
  return EAST_ASIAN[lang.split('-')[0]!.toLowerCase()];
}

export interface ThemeOverride {
  colors?: Partial<PptxColors>;
  headingFont?: string;
  bodyFont?: string;
}

export function pptxTheme(name: ThemeName, override: ThemeOverride = {}): PptxTheme {
  return {
    name,
    colors: { ...THEME_COLORS[name], ...override.colors },
    headingFont: override.headingFont ?? FONTS.heading,
    bodyFont: override.bodyFont ?? FONTS.body,
    monoFont: FONTS.mono,
  };
}

/**
 * A brand's palette (src/plan/brand-palette.ts: its colours as set, the rest derived to read on
 * them) for the theme the PowerPoint file uses; the theme's own colours without a brand.
 */
export function brandOverride(deck: Pick<Deck, 'brand' | 'theme'>, name: ThemeName): ThemeOverride {
  const palette = brandLook(deck.brand, deck.theme).palettes[name];
  if (!palette) return {};
  const hex = (colour: string) => colour.slice(1).toUpperCase();
  return { colors: { background: hex(palette.bg), text: hex(palette.fg), muted: hex(palette.muted), accent: hex(palette.accent), rule: hex(palette.rule) } };
}

/** `share` of colour `a` over colour `b` (hex without '#'): the deck's tints, `color-mix(in srgb, a share, b)`. */
export function mix(a: string, b: string, share: number): string {
  const channel = (hex: string, i: number) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return [0, 1, 2].map((i) => Math.round(channel(a, i) * share + channel(b, i) * (1 - share)).toString(16).padStart(2, '0')).join('').toUpperCase();
}
