/**
 * Front matter fields → ArticleMeta, the same for YAML and TOML: title, author (or Hugo's
 * `authors` list), date, lang, theme and duration; the brand (accent, background, font, logo, or
 * `theme: ./brand.css`) through brand-fields.ts. Other fields (draft, tags, categories, summary,
 * layout…) are the site generator's and are ignored.
 */
import { DeckError } from '../errors.ts';
import type { ArticleMeta, Position } from '../types.ts';
import { BRAND_NAMES, brandRequest, isStylesheet } from './brand-fields.ts';

/** `where(key)` is the position of a key in the user's file, for error messages. */
export function metaFromRecord(record: Record<string, unknown>, where: (key: string) => Position): ArticleMeta {
  const text = (key: string): string | undefined => {
    const value = record[key];
    if (value === undefined || value === null) return undefined;
    if (value instanceof Date) return dateText(value);
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
    throw new DeckError('front-matter', `front matter "${key}" must be text, not ${Array.isArray(value) ? 'a list' : 'a map'}`, where(key));
  };
  const meta: ArticleMeta = {};
  meta.title = text('title');
  meta.author = authorOf(record, where);
  meta.date = dayOf(text('date'));
  const lang = text('lang');
  if (lang !== undefined) {
    try {
      meta.lang = new Intl.Locale(lang).baseName;
    } catch {
      throw new DeckError('front-matter', `front matter lang "${lang}" is not a language tag (try "en", "es", "he")`, where('lang'));
    }
  }
  const theme = text('theme');
  if (theme !== undefined && !isStylesheet(theme)) {
    if (theme !== 'light' && theme !== 'dark') {
      throw new DeckError('front-matter', `front matter theme "${theme}" is unknown: use "light" or "dark"`, where('theme'));
    }
    meta.theme = theme;
  }
  const brand = brandRequest(
    { accent: text('accent'), background: text('background'), font: text('font'), logo: text('logo'), css: theme !== undefined && isStylesheet(theme) ? theme : undefined },
    'article',
    (field) => where(BRAND_NAMES[field].key),
  );
  if (Object.keys(brand).length) meta.brandRequest = brand;
  const lineNumbers = record['lineNumbers'] ?? record['line_numbers'];
  if (lineNumbers === true || lineNumbers === 'true') meta.lineNumbers = true;
  const duration = record['duration'];
  if (duration !== undefined && duration !== null) {
    const minutes = typeof duration === 'number' ? duration : Number.parseFloat(String(duration));
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 600) {
      throw new DeckError('front-matter', `front matter duration "${String(duration)}" must be the talk's length in minutes, e.g. 20`, where('duration'));
    }
    meta.duration = minutes;
  }
  return meta;
}

/** `author: Ada`, `author: {name: Ada}`, `authors: [Ada, Grace]` (Hugo) → "Ada, Grace". */
function authorOf(record: Record<string, unknown>, where: (key: string) => Position): string | undefined {
  for (const key of ['author', 'authors']) {
    const value = record[key];
    if (value === undefined || value === null) continue;
    const names = (Array.isArray(value) ? value : [value]).map(nameOf).filter((name) => name !== undefined);
    if (names.length === 0) {
      throw new DeckError('front-matter', `front matter "${key}" must be a name or a list of names`, where(key));
    }
    return names.join(', ');
  }
  return undefined;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const name = (value as Record<string, unknown>)['name'];
    return typeof name === 'string' ? name.trim() || undefined : undefined;
  }
  return undefined;
}

/** "2023-11-19 20:15:00 -0500" or "2024-01-28T09:30:00+01:00" → the day as written, "2023-11-19". */
function dayOf(date: string | undefined): string | undefined {
  return date?.replace(/^(\d{4}-\d{2}-\d{2})[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*(?:Z|[+-]\d{2}:?\d{2}))?$/i, '$1');
}

/**
 * A date as the article wrote it: YAML dates are UTC midnights; TOML dates keep their own offset
 * (smol-toml's toISOString), so `2024-01-28T00:30:00+01:00` stays the 28th.
 */
function dateText(value: Date): string {
  return value.toISOString().slice(0, 10);
}
