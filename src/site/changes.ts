/**
 * Which of a site's articles need building: those whose key (manifest.ts) changed, whose deck folder
 * (or its PDF or single file, when asked for) is missing, or that are new; and which decks go,
 * because their article is gone or now builds under another name.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DECK_JSON } from '../vite/deck-json.ts';
import type { SiteArticle } from './discover.ts';
import { pdfName, singleFileName } from './index-data.ts';
import { deckKey, type KeyParts, type Manifest } from './manifest.ts';

export interface Changes {
  /** Articles to build, with their key as far as it is known before compiling. */
  build: SiteArticle[];
  unchanged: SiteArticle[];
  /** Articles whose bytes failed before, with that error line: not compiled again. */
  stillFailing: { article: SiteArticle; line: string }[];
  /** Deck folders (slugs) to remove. */
  remove: string[];
}

export interface Wanted {
  pdf: boolean;
  singleFile: boolean;
}

export async function findChanges(
  articles: SiteArticle[],
  all: SiteArticle[],
  manifest: Manifest,
  siteDir: string,
  keyParts: (slug: string) => KeyParts,
  wanted: Wanted,
): Promise<Changes> {
  const build: SiteArticle[] = [];
  const unchanged: SiteArticle[] = [];
  const stillFailing: Changes['stillFailing'] = [];
  for (const article of articles) {
    const bytes = await readFile(article.file);
    const failed = manifest.failed?.[article.rel];
    if (failed && failed.key === deckKey(bytes, [], keyParts(article.slug))) {
      stillFailing.push({ article, line: failed.line });
      continue;
    }
    const before = manifest.entries[article.rel];
    const same = before?.slug === article.slug && before.key === deckKey(bytes, before.images, keyParts(article.slug));
    (same && deckIsThere(siteDir, article.slug, wanted) ? unchanged : build).push(article);
  }
  const mine = new Set(articles.map((a) => a.rel));
  const named = new Set(all.map((a) => a.slug));
  const remove = Object.entries(manifest.entries)
    .filter(([rel, entry]) => !mine.has(rel) || entry.slug !== articles.find((a) => a.rel === rel)?.slug)
    .map(([, entry]) => entry.slug)
    .filter((slug) => !named.has(slug));
  return { build, unchanged, stillFailing, remove };
}

function deckIsThere(siteDir: string, slug: string, wanted: Wanted): boolean {
  const dir = path.join(siteDir, slug);
  return (
    existsSync(path.join(dir, DECK_JSON)) &&
    (!wanted.pdf || existsSync(path.join(dir, pdfName(slug)))) &&
    (!wanted.singleFile || existsSync(path.join(dir, singleFileName(slug))))
  );
}
