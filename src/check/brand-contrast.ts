/**
 * `deck check` on a brand's colours: each colour the speaker set is judged on the background it is
 * used on (src/plan/brand-palette.ts), against WCAG AA for text (4.5:1: the accent colours links
 * and small labels, and the pressed notes button writes the background colour on it), and a
 * failing one comes with the nearest shade of it that passes. Pure; one line each, at the line of
 * the front matter that set it. The colours the brand leaves to us are derived to pass already.
 */
import { brandLook, TEXT_RATIO, THEME_PALETTES } from '../plan/brand-palette.ts';
import { contrast, nearestPassing } from '../plan/brand-shade.ts';
import type { ThemeName } from '../types.ts';

/** What deck.json keeps of a brand's colours (src/vite/deck-json.ts). */
export interface BrandColours {
  theme: ThemeName | 'auto';
  accent?: { hex: string; line?: number };
  background?: { hex: string; line?: number };
}

export interface BrandProblem {
  line?: number;
  message: string;
}

export function brandContrastProblems(colours: BrandColours): BrandProblem[] {
  const { accent, background } = colours;
  const look = brandLook(
    { accent: accent && { hex: accent.hex }, background: background && { hex: background.hex } },
    colours.theme,
  );
  const problems: BrandProblem[] = [];
  if (background) {
    const palette = look.palettes[look.theme!]!;
    const ratio = contrast(palette.fg, background.hex);
    if (ratio < TEXT_RATIO) {
      problems.push({ line: background.line, message: `brand background ${background.hex}: no text colour reaches ${TEXT_RATIO}:1 on it (best ${ratio.toFixed(2)}:1); make it lighter or darker` });
    }
  }
  if (accent && look.accentHome) {
    const on = background?.hex ?? THEME_PALETTES[look.accentHome].bg;
    const ratio = contrast(accent.hex, on);
    if (ratio < TEXT_RATIO) {
      const where = background ? `the brand background ${on}` : `the ${look.accentHome} theme's background ${on}`;
      problems.push({
        line: accent.line,
        message:
          `low contrast: brand accent ${accent.hex} on ${where} is ${ratio.toFixed(2)}:1 (links and labels need ${TEXT_RATIO}:1); ` +
          `the nearest shade that passes is ${nearestPassing(accent.hex, on, TEXT_RATIO)}`,
      });
    }
  }
  return problems;
}
