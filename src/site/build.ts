/**
 * A folder of articles → a site of decks: `<site>/<slug>/` per article, one shared runtime under
 * `<site>/assets/`, and `<site>/index.html` listing them. The whole order is here:
 * find the articles (and this shard's share) → see what changed since the manifest → compile the
 * changed ones on a pool of threads while Vite bundles the runtime once → write each deck as it
 * comes (with its single file) → print PDFs → remove the decks of deleted articles → manifest →
 * index. One article's error never stops the others: it is reported, and its previous deck kept.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { UserOptions } from '../options.ts';
import { findChanges } from './changes.ts';
import { discoverArticles, type SiteArticle } from './discover.ts';
import { filesHash, manifestFile, readManifest, writeManifest } from './manifest.ts';
import { parseShard, inShard, type Shard } from './shard.ts';
import { pruneAssets, TOOL_VERSION } from './assets.ts';
import { writeDecks, type Failure } from './write-decks.ts';
import { readSiteIndex, writeSiteIndex, type SiteIndex } from './write-index.ts';

export interface SiteOptions extends UserOptions {
  /** Also print each deck to `<slug>/<slug>.pdf` (needs Chromium). */
  pdf?: boolean;
  /** Also fold each deck into one offline file, `<slug>/<slug>.html`. */
  singleFile?: boolean;
  /** Build only this share of the articles (`'2/4'` or `{ index: 2, count: 4 }`); merge shards with `writeSiteIndex`. */
  shard?: Shard | string;
  /** After each article: how far the build is. */
  onProgress?: (progress: SiteProgress) => void;
}

export interface SiteProgress {
  done: number;
  total: number;
  failed: number;
}

export interface SiteResult {
  outDir: string;
  /** This run's share of the articles (all of them without a shard). */
  articles: SiteArticle[];
  built: SiteArticle[];
  unchanged: SiteArticle[];
  /** Articles that failed, each with its one-line error; their previous decks are kept. */
  failed: Failure[];
  /** Deck folders removed because their article is gone. */
  removed: string[];
  index: SiteIndex;
}

export async function buildSite(inputs: string | string[], outDir: string, options: SiteOptions = {}): Promise<SiteResult> {
  const { pdf = false, singleFile = false, onProgress, shard: shardOption, ...deckOptions } = options;
  // Before building anything: no Chromium, no PDFs, said in one line. (Loaded only for PDFs: playwright is large.)
  if (pdf) (await import('../export/browser.ts')).findChrome();
  const site = path.resolve(outDir);
  const shard = typeof shardOption === 'string' ? parseShard(shardOption) : shardOption;
  const all = discoverArticles(Array.isArray(inputs) ? inputs : [inputs], site);
  const articles = all.filter((a) => inShard(a.rel, shard));
  const file = manifestFile(site, shard);
  const manifest = await readManifest(file);
  const optionFiles = filesHash(Object.values(deckOptions.brand ?? {}));
  const keyParts = (slug: string) => ({ options: { ...deckOptions, pdf, singleFile }, optionFiles, toolVersion: TOOL_VERSION, slug });
  const changes = await findChanges(articles, all, manifest, site, keyParts, { pdf, singleFile });

  for (const { rel } of changes.unchanged) delete manifest.failed?.[rel];
  const written = await writeDecks({ site, manifest, changes, deckOptions, pdf, singleFile, keyParts, onProgress, total: articles.length });
  for (const slug of changes.remove) await rm(path.join(site, slug), { recursive: true, force: true });
  const current = new Set(articles.map((a) => a.rel));
  for (const record of [manifest.entries, manifest.failed ?? {}]) for (const rel of Object.keys(record)) if (!current.has(rel)) delete record[rel];
  await writeManifest(file, manifest);
  // Nothing built or removed: the index on disk already lists these decks.
  const unchangedSite = !written.built.length && !changes.remove.length && existsSync(path.join(site, 'index.html'));
  const index = unchangedSite ? await readSiteIndex(site) : await writeSiteIndex(site);
  // Files an older runtime left, once no deck uses them: every deck was just built against this one.
  if (!shard && written.allRebuilt) await pruneAssets(site, [...written.runtimeAssets, ...index.assets]);
  return {
    outDir: site,
    articles,
    built: written.built,
    unchanged: written.unchanged,
    failed: written.failed,
    removed: changes.remove,
    index,
  };
}
