/**
 * deck.json: what a built deck is, written beside its index.html by every build, for the tools that
 * take a built folder (`deck pdf`, `deck check`): they read it here, never back out of the HTML.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DeckError } from '../errors.ts';
import type { Deck } from '../types.ts';

export const DECK_JSON = 'deck.json';

export interface DeckJson {
  title: string;
  author?: string;
  /** As the article gives it (front matter or the page's meta tags). */
  date?: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  slides: number;
  /** The talk time the speaker view paces, in seconds. */
  talkSeconds: number;
  /** The article's file name. */
  source: string;
  /** A brand's colours, for `deck check` (src/check/brand-contrast.ts); absent without a brand. */
  brand?: { theme: Deck['theme']; accent?: { hex: string; line?: number }; background?: { hex: string; line?: number } };
  /** The title slide's lead (from the article's opening sentence), for a site's index. */
  lead?: string;
}

export function deckJson(deck: Deck): DeckJson {
  return {
    title: deck.title,
    ...(deck.author ? { author: deck.author } : {}),
    ...(deck.date ? { date: deck.date } : {}),
    lang: deck.lang,
    dir: deck.dir,
    slides: deck.slides.length,
    talkSeconds: deck.totalSeconds,
    source: deck.sourceName,
    ...(deck.brand && { brand: brandColours(deck) }),
    ...(leadOf(deck) ? { lead: leadOf(deck) } : {}),
  };
}

const leadOf = (deck: Deck) => deck.slides.find((s) => s.kind === 'title')?.subtitle;

/** The deck.json of a built folder; a DeckError saying how to make one when it is missing or not ours. */
export async function readDeckJson(dir: string): Promise<DeckJson> {
  const file = path.join(dir, DECK_JSON);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  let json: Partial<DeckJson> | undefined;
  try {
    json = text === undefined ? undefined : (JSON.parse(text) as Partial<DeckJson>);
  } catch {
    json = undefined;
  }
  if (typeof json?.title !== 'string' || typeof json.lang !== 'string' || typeof json.slides !== 'number') {
    throw new DeckError(
      'usage',
      `not a built deck (${text === undefined ? 'no' : 'an unreadable'} ${DECK_JSON} in it): give an article file, or a folder made by "deck build" (rebuild one made by an older version)`,
      { file: dir },
    );
  }
  return json as DeckJson;
}

/** The planned deck itself, beside deck.json, for exports that draw the slides anew (`deck pptx`). */
export const DECK_PLAN_JSON = 'deck-plan.json';

/**
 * The deck as planned, without a local path (a published deck must not name the author's folders):
 * the deck's own fields only (no warnings; of a brand, only its colours), images by their
 * name in the deck, an image in the notes by its alt text only, slide sources by file name.
 */
export function deckPlan(deck: Deck): Deck {
  const { title, lang, dir, theme, author, date, sourceName, totalSeconds } = deck;
  // A brand's colours (the PPTX export derives its palette from them, src/plan/brand-palette.ts); never its files.
  const colour = (hex: string | undefined) => (typeof hex === 'string' ? { hex } : undefined);
  const [accent, background] = [colour(deck.brand?.accent?.hex), colour(deck.brand?.background?.hex)];
  const brand = accent || background ? { brand: { ...(accent && { accent }), ...(background && { background }) } } : {};
  return {
    title,
    lang,
    dir,
    theme,
    ...(author ? { author } : {}),
    ...(date ? { date } : {}),
    sourceName,
    totalSeconds,
    ...brand,
    slides: deck.slides.map((slide) => ({
      ...slide,
      ...(slide.figure ? { figure: { src: slide.figure.src, alt: slide.figure.alt } } : {}),
      notes: slide.notes.map((block) => (block.kind === 'figure' && /^file:/i.test(block.src) ? { ...block, src: '' } : block)),
      ...(slide.source ? { source: { ...slide.source, file: path.basename(slide.source.file) } } : {}),
    })),
  };
}

/** The planned deck of a built folder, or undefined when it has none (built by an older version). */
export async function readDeckPlan(dir: string): Promise<Deck | undefined> {
  const text = await readFile(path.join(dir, DECK_PLAN_JSON), 'utf8').catch(() => undefined);
  try {
    const deck = text === undefined ? undefined : (JSON.parse(text) as Deck);
    return Array.isArray(deck?.slides) && typeof deck.title === 'string' ? deck : undefined;
  } catch {
    return undefined;
  }
}

function brandColours({ brand, theme }: Deck): DeckJson['brand'] {
  const colour = (c: { hex: string; position?: { line?: number } } | undefined) => c && { hex: c.hex, ...(c.position?.line && { line: c.position.line }) };
  return { theme, accent: colour(brand?.accent), background: colour(brand?.background) };
}
