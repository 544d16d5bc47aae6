/**
 * A brand on the page: its stylesheet — the palette's custom properties over assets/theme.css's
 * (src/plan/brand-palette.ts), the font's @font-face, the logo's rules (assets/brand.css), then the
 * speaker's own stylesheet — and the logo, large on the title and closing slides and small in a
 * corner of the others. Pure: the files are copied and named by src/vite/brand-assets.ts.
 *
 * Every selector is `html:root[…]`, one element more specific than the theme's `:root[…]`, so the
 * brand wins wherever the page's stylesheets end up in order; the speaker's stylesheet comes last.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import path from 'node:path';
import { brandLook, type Palette } from '../plan/brand-palette.ts';
import type { Deck } from '../types.ts';

export const BRAND_FONT_FAMILY = 'Deck Brand';

/** After the brand's font, the theme's own stack, for the characters it lacks. */
const FALLBACK_FONTS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, 'PingFang SC', 'Hiragino Sans', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** `logoCss`: assets/brand.css, the logo's layout. Undefined for a deck without a brand. */
export function brandStylesheet(deck: Deck, logoCss: string): string | undefined {
  const brand = deck.brand;
  if (!brand) return undefined;
  const parts: string[] = [];
  const { palettes } = brandLook(brand, deck.theme);
  if (deck.theme === 'auto' && palettes.light && palettes.dark) {
    parts.push(rule("html:root[data-theme]", palettes.light));
    parts.push(rule("html:root[data-theme='dark']", palettes.dark));
    parts.push(`@media (prefers-color-scheme: dark) {\n${rule("html:root[data-theme='auto']", palettes.dark)}}\n`);
  } else {
    const only = palettes.light ?? palettes.dark;
    if (only) parts.push(rule('html:root[data-theme]', only));
  }
  if (brand.font) {
    const { name, format, variable } = brand.font;
    const weight = variable ? '\n  font-weight: 100 900;' : '';
    parts.push(
      `@font-face {\n  font-family: '${BRAND_FONT_FAMILY}';\n  src: url("${fileName(name)}") format("${format}");${weight}\n  font-display: block;\n}\n`,
      `html:root {\n  --deck-font: '${BRAND_FONT_FAMILY}', ${FALLBACK_FONTS};\n}\n`,
    );
  }
  if (brand.logo) parts.push(logoCss);
  if (brand.css) parts.push(brand.css.text);
  return parts.join('\n');
}

/** The logo on the title and closing slides (`title`) or in a corner of the others; decoration, so no alt text. */
export function brandLogo(deck: Deck, place: 'title' | 'corner'): Element[] {
  const logo = deck.brand?.logo;
  return logo ? [h(`img.brand-logo.brand-logo--${place}`, { src: logo.name, alt: '', decoding: 'async' })] : [];
}

function rule(selector: string, palette: Palette): string {
  const lines = Object.entries(palette).map(([name, value]) => `  --deck-${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}\n`;
}

/** Brand files sit beside the brand's stylesheet in assets/. */
const fileName = (name: string) => path.posix.basename(name);
