/**
 * A brand as the article's front matter (`accent`, `background`, `font`, `logo`, `theme: ./x.css`)
 * or the command line (`--accent`, `--background`, `--font`, `--logo`, `--theme-css`) asks for it.
 * Pure: colours are parsed and written as `#rrggbb`, file names checked by their extension; the
 * files themselves are read later (brand-files.ts). Each problem is a DeckError at its line.
 */
import path from 'node:path';
import { DeckError } from '../errors.ts';
import { IMAGE_TYPES } from '../mime.ts';
import type { BrandField, BrandRequest, BrandValue, Position } from '../types.ts';
import { parseColour, toHex } from './brand-colour.ts';

export const FONT_FORMATS: Readonly<Record<string, 'woff2' | 'woff' | 'truetype' | 'opentype'>> = {
  '.woff2': 'woff2',
  '.woff': 'woff',
  '.ttf': 'truetype',
  '.otf': 'opentype',
};

/** A logo is an image, as in the article; GIF and AVIF too, though SVG, PNG, JPEG or WebP are usual. */
export const LOGO_TYPES = IMAGE_TYPES;

/** The front matter key and the command-line option of each field. */
export const BRAND_NAMES: Readonly<Record<BrandField, { key: string; option: string }>> = {
  accent: { key: 'accent', option: '--accent' },
  background: { key: 'background', option: '--background' },
  font: { key: 'font', option: '--font' },
  logo: { key: 'logo', option: '--logo' },
  css: { key: 'theme', option: '--theme-css' },
};

/** `theme: ./brand.css` names a stylesheet; `theme: dark` is one of our two themes. */
export const isStylesheet = (value: string): boolean => /\.css$/i.test(value.trim());

/** How a message names the field: `front matter accent` or `--accent`. */
export const brandLabel = (field: BrandField, from: BrandValue['from']): string =>
  from === 'cli' ? BRAND_NAMES[field].option : `front matter ${BRAND_NAMES[field].key}`;

/** Checks the values given; `where(field)` is where each was given. */
export function brandRequest(
  values: Partial<Record<BrandField, string>>,
  from: BrandValue['from'],
  where: (field: BrandField) => Position | undefined,
): BrandRequest {
  const request: BrandRequest = {};
  for (const field of Object.keys(BRAND_NAMES) as BrandField[]) {
    const raw = values[field]?.trim();
    if (!raw) continue;
    const fail = (what: string): never => {
      throw new DeckError(from === 'cli' ? 'usage' : 'front-matter', `${brandLabel(field, from)} "${raw}" ${what}`, where(field));
    };
    const skip = from === 'article' ? siteValue(field, raw) : undefined;
    request[field] = skip ? { value: raw, position: where(field), from, skip } : { value: checked(field, raw, fail), position: where(field), from };
  }
  return request;
}

/**
 * Front matter a site generator reads, not a brand: a theme's `logo: /images/logo.png` (the site's
 * root, which a deck does not have), a web address, or `background: hero.jpg` (an image, not a colour).
 * Left out with a warning, so an article written for Hugo or Jekyll still builds.
 */
function siteValue(field: BrandField, value: string): string | undefined {
  if (field === 'accent' || field === 'css') return undefined;
  if (field === 'background') return LOGO_TYPES[path.extname(value).toLowerCase()] ? 'is an image, not a colour' : undefined;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value)) return 'is a web address: a brand file must be next to the article, so the deck works offline';
  if (value.startsWith('/')) return "starts at the web site's root, which an article's folder does not have";
  return undefined;
}

function checked(field: BrandField, value: string, fail: (what: string) => never): string {
  const extension = path.extname(value.replace(/[?#].*$/s, '')).toLowerCase();
  switch (field) {
    case 'accent':
    case 'background': {
      const colour = parseColour(value);
      if (!colour) return fail('is not a CSS colour: write it as "#2251cc", "rgb(34 81 204)", "hsl(224 71% 47%)" or a name such as "teal"');
      if (colour.alpha < 1) return fail('is see-through: a brand colour must be opaque (leave out its alpha)');
      return toHex(colour.rgb);
    }
    case 'font':
      if (!FONT_FORMATS[extension]) return fail(`is not a font file the deck can use: give a ${Object.keys(FONT_FORMATS).join(', ')} file`);
      return value;
    case 'logo':
      if (!LOGO_TYPES[extension]) return fail(`is not an image file: give a .svg, .png, .jpg or .webp file`);
      return value;
    case 'css':
      if (!isStylesheet(value)) return fail('is not a stylesheet: give a .css file');
      return value;
  }
}
