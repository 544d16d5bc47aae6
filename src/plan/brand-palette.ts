/**
 * The deck's colours under a brand. Colours the speaker sets are used exactly as set; the ones the
 * brand leaves to us are derived to read on them (WCAG AA):
 *
 * - `background`: the deck has one look, light or dark by the background's own lightness (the
 *   viewer's dark mode no longer switches it). The text is our theme's text colour for that side
 *   when it reaches 7:1, else black or white; the muted text and the rules are mixed from text and
 *   background; our accent, if none is set, is shaded until it reads on the background.
 * - `accent` alone: it is used as set in the light theme (in the dark theme when the deck is
 *   pinned dark); where the viewer's system turns the deck dark, a lighter shade of the same hue
 *   is used if the colour itself would not read there.
 *
 * `deck check` reports the colours set that do not reach AA (src/check/brand-contrast.ts).
 */
import type { Brand, ThemeName } from '../types.ts';
import { contrast, isDark, mix, nearestPassing } from './brand-shade.ts';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  rule: string;
}

/** assets/theme.css's two palettes. */
export const THEME_PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: { bg: '#ffffff', fg: '#171b24', muted: '#4a5263', accent: '#2251cc', rule: '#d5dbe7' },
  dark: { bg: '#12151c', fg: '#eef1f7', muted: '#b3bccc', accent: '#8eabff', rule: '#323a4c' },
};

/** AA for normal-size text: the accent colours links and small bold labels too. */
export const TEXT_RATIO = 4.5;

export interface BrandLook {
  /** The theme a brand background pins the deck to. */
  theme?: ThemeName;
  /** The palette of each theme the deck can show, where the brand changes it. */
  palettes: Partial<Record<ThemeName, Palette>>;
  /** The theme whose background the accent as set is used on (the one `deck check` judges it by). */
  accentHome?: ThemeName;
}

export function brandLook(brand: Brand | undefined, theme: ThemeName | 'auto'): BrandLook {
  const accent = brand?.accent?.hex;
  const background = brand?.background?.hex;
  if (background) {
    const side: ThemeName = isDark(background) ? 'dark' : 'light';
    const base = THEME_PALETTES[side];
    const fg = contrast(base.fg, background) >= 7 ? base.fg : contrast('#000000', background) >= contrast('#ffffff', background) ? '#000000' : '#ffffff';
    const palette: Palette = {
      bg: background,
      fg,
      muted: mutedText(fg, background),
      accent: accent ?? nearestPassing(base.accent, background, TEXT_RATIO),
      rule: mix(fg, background, 0.82),
    };
    return { theme: side, palettes: { [side]: palette }, accentHome: accent ? side : undefined };
  }
  if (!accent) return { palettes: {} };
  const home: ThemeName = theme === 'dark' ? 'dark' : 'light';
  const sides: ThemeName[] = theme === 'auto' ? ['light', 'dark'] : [theme];
  const palettes: BrandLook['palettes'] = {};
  for (const side of sides) {
    const base = THEME_PALETTES[side];
    palettes[side] = { ...base, accent: side === home ? accent : nearestPassing(accent, base.bg, TEXT_RATIO) };
  }
  return { palettes, accentHome: home };
}

/** Text mixed a third of the way to the background, less where that would not reach AA. */
function mutedText(fg: string, bg: string): string {
  for (let share = 0.32; share > 0; share -= 0.04) {
    const muted = mix(fg, bg, share);
    if (contrast(muted, bg) >= TEXT_RATIO) return muted;
  }
  return fg;
}
