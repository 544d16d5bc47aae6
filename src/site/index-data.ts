/**
 * What a site's index lists, read from the decks themselves: every folder of the site holding a
 * `deck.json` (written by each build) is a deck, with its PDF and single file when they are there.
 * Nothing else is needed, so decks built by separate runs or machines and copied into one folder
 * make one index (`deck index site/`).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DECK_JSON, readDeckJson, type DeckJson } from '../vite/deck-json.ts';

export interface IndexedDeck {
  slug: string;
  meta: DeckJson;
  pdf?: string;
  singleFile?: string;
}

/** The PDF and the single file a site build writes into a deck's folder (`--pdf`, `--single-file`). */
export const pdfName = (slug: string) => `${slug}.pdf`;
export const singleFileName = (slug: string) => `${slug}.html`;

export async function readSiteDecks(siteDir: string): Promise<IndexedDeck[]> {
  const folders = readdirSync(siteDir, { withFileTypes: true }).filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  const decks: IndexedDeck[] = [];
  for (const { name } of folders) {
    const dir = path.join(siteDir, name);
    if (!existsSync(path.join(dir, DECK_JSON))) continue;
    const meta = await readDeckJson(dir).catch(() => undefined);
    if (!meta) continue;
    decks.push({
      slug: name,
      meta,
      ...(existsSync(path.join(dir, pdfName(name))) ? { pdf: `${name}/${pdfName(name)}` } : {}),
      ...(existsSync(path.join(dir, singleFileName(name))) ? { singleFile: `${name}/${singleFileName(name)}` } : {}),
    });
  }
  return sortDecks(decks);
}

/** Newest first by date (a date that does not parse counts as none); undated decks after, by title. */
export function sortDecks(decks: IndexedDeck[]): IndexedDeck[] {
  const time = (d: IndexedDeck) => (d.meta.date ? Date.parse(d.meta.date) : NaN);
  return [...decks].sort((a, b) => {
    const [ta, tb] = [time(a), time(b)];
    if (!Number.isNaN(ta) || !Number.isNaN(tb)) {
      if (Number.isNaN(ta)) return 1;
      if (Number.isNaN(tb)) return -1;
      if (ta !== tb) return tb - ta;
    }
    return a.meta.title.localeCompare(b.meta.title, 'en') || (a.slug < b.slug ? -1 : 1);
  });
}
