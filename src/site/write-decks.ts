/**
 * The decks of a site build: the changed articles compile on the pool (pool.ts) while Vite bundles
 * the shared runtime on this thread; each deck is written as soon as both are ready. When the
 * runtime differs from the one the manifest remembers, the unchanged decks are rebuilt too (their
 * pages name its files). A failed article is reported with its one-line error and its manifest
 * entry left as it was, so its previous deck stays and it is tried again next time.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import type { Changes } from './changes.ts';
import { writeDeckFolder } from '../build/deck-folder.ts';
import type { SiteArticle } from './discover.ts';
import { singleFileName } from './index-data.ts';
import { errorLine, toJobError, type JobError } from './job.ts';
import { deckKey, type KeyParts, type Manifest } from './manifest.ts';
import { openCompilePool, type CompileOutcome } from './pool.ts';
import { featuresOf, keptPage, openRuntimes, type SharedRuntime } from './runtime.ts';
import { copyRuntimeAssets, TOOL_VERSION } from './assets.ts';
import { runtimeInputsKey } from '../build/runtime-inputs.ts';
import { singleFileHtml } from './single-file.ts';

export interface Failure {
  article: SiteArticle;
  /** `deck: file:line: what is wrong`. */
  line: string;
}

export interface DeckWriteJob {
  site: string;
  manifest: Manifest;
  changes: Changes;
  deckOptions: UserOptions;
  pdf: boolean;
  singleFile: boolean;
  keyParts: (slug: string) => KeyParts;
  total: number;
  onProgress?: (progress: { done: number; total: number; failed: number }) => void;
}

export interface DecksWritten {
  built: SiteArticle[];
  unchanged: SiteArticle[];
  failed: Failure[];
  /** The runtime's files under assets/ that this run's decks use. */
  runtimeAssets: string[];
  /** True when every deck of this run's share was built against this run's runtime. */
  allRebuilt: boolean;
}

export async function writeDecks(job: DeckWriteJob): Promise<DecksWritten> {
  const { site, manifest, deckOptions } = job;
  // Nothing to build and the runtime's sources as they were: no Vite at all.
  const inputs = runtimeInputsKey({ deckOptions, singleFile: job.singleFile }, TOOL_VERSION);
  const installed = manifest.assets ?? [];
  if (!job.changes.build.length && manifest.runtimeInputs === inputs && installed.length && installed.every((a) => existsSync(path.join(site, 'assets', a)))) {
    job.onProgress?.({ done: job.total, total: job.total, failed: job.changes.stillFailing.length });
    return { built: [], unchanged: job.changes.unchanged, failed: [...job.changes.stillFailing], runtimeAssets: installed, allRebuilt: false };
  }
  const sameSources = manifest.runtimeInputs === inputs;
  const runtimes = openRuntimes(deckOptions, 'folder', sameSources && manifest.pages ? { site, pages: manifest.pages } : undefined);
  const singles = job.singleFile ? openRuntimes({ ...deckOptions, allowRemote: false }, 'single') : undefined;
  let toBuild = [...job.changes.build];
  let unchanged = [...job.changes.unchanged];
  const pool = openCompilePool(deckOptions, toBuild.length + unchanged.length);
  const compiling = new Map(toBuild.map((a) => [a, pool.compile(a.file)] as const));
  const built: SiteArticle[] = [];
  const failed: Failure[] = [...job.changes.stillFailing];
  job.onProgress?.({ done: unchanged.length + failed.length, total: job.total, failed: failed.length });
  let allRebuilt = false;
  const copies = new Map<SharedRuntime, Promise<void>>();
  const install = (runtime: SharedRuntime) => copies.get(runtime) ?? copies.set(runtime, copyRuntimeAssets(site, runtime.dir, runtime.assets)).get(runtime)!;
  try {
    // The page every deck without code, tables, quotes or formulas gets: its fingerprint stands for the runtime.
    const base = await runtimes.forFeatures([]);
    if (manifest.runtime !== base.fingerprint || unchanged.length === 0) {
      for (const a of unchanged) compiling.set(a, pool.compile(a.file));
      [toBuild, unchanged, allRebuilt] = [[...toBuild, ...unchanged], [], true];
      manifest.runtime = base.fingerprint;
    }
    let done = unchanged.length + failed.length;
    const report = () => job.onProgress?.({ done, total: job.total, failed: failed.length });
    report();
    await Promise.all(
      toBuild.map(async (article) => {
        const outcome: CompileOutcome = await compiling.get(article)!;
        try {
          if (!outcome.ok) throw outcome.error;
          const { compiled } = outcome;
          const features = featuresOf(compiled.rendered);
          const runtime = await runtimes.forFeatures(features);
          await install(runtime);
          const single = await singles?.forFeatures(features);
          const extras = single
            ? async (tmp: string) => void (await writeFile(path.join(tmp, singleFileName(article.slug)), singleFileHtml(single, compiled, tmp).html))
            : undefined;
          await writeDeckFolder(path.join(site, article.slug), runtime.deckTemplate, compiled, extras);
          const images = filesUsed(compiled);
          manifest.entries[article.rel] = { slug: article.slug, key: deckKey(await readFile(article.file), images, job.keyParts(article.slug)), images };
          built.push(article);
          delete manifest.failed?.[article.rel];
        } catch (error) {
          const line = errorLine(isJobError(error) ? error : toJobError(error), article.file);
          failed.push({ article, line });
          // An error in the article itself is remembered with its bytes; anything else is tried again next time.
          if (!outcome.ok && outcome.error.code) (manifest.failed ??= {})[article.rel] = { key: deckKey(await readFile(article.file), [], job.keyParts(article.slug)), line };
        }
        done++;
        report();
      }),
    );
  } finally {
    await pool.close();
    await runtimes.dispose();
    await singles?.dispose();
  }
  const runtimeAssets = [...new Set(runtimes.built().flatMap((r) => r.assets))].sort();
  manifest.pages = { ...(sameSources ? manifest.pages : {}), ...Object.fromEntries(runtimes.built().map((r) => [r.key, keptPage(r)])) };
  manifest.runtimeInputs = inputs;
  manifest.assets = allRebuilt ? runtimeAssets : [...new Set([...installed, ...runtimeAssets])].sort();
  if (job.pdf && built.length) await printAll(site, built, manifest, failed);
  const byPath = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : 1);
  return {
    built: built.sort(byPath),
    unchanged,
    failed: failed.sort((a, b) => byPath(a.article, b.article)),
    runtimeAssets,
    allRebuilt: allRebuilt && failed.length === 0,
  };
}

/** The PDFs of the decks just built; one that fails is reported, and its deck built again next time. */
async function printAll(site: string, built: SiteArticle[], manifest: Manifest, failed: Failure[]): Promise<void> {
  const [{ readDeckJson }, { openSitePrinter }] = await Promise.all([import('../vite/deck-json.ts'), import('./pdf.ts')]);
  const printer = await openSitePrinter(site);
  try {
    for (const article of built.sort((a, b) => (a.rel < b.rel ? -1 : 1))) {
      try {
        await printer.print(article.slug, await readDeckJson(path.join(site, article.slug)));
      } catch (error) {
        delete manifest.entries[article.rel];
        failed.push({ article, line: errorLine(toJobError(error), article.file) });
      }
    }
  } finally {
    await printer.close();
  }
}

/** The local files a deck copies (its images, its brand's font, logo and stylesheet's files): their bytes are part of its key. */
function filesUsed({ deck }: CompiledDeck): string[] {
  const brand = deck.brand;
  const files = [...deck.slides.map((s) => s.figure?.file), brand?.font?.file, brand?.logo?.file, ...(brand?.css?.files ?? []).map((f) => f.file)];
  return [...new Set(files.filter((f): f is string => Boolean(f)))].sort();
}

function isJobError(error: unknown): error is JobError {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && 'message' in error;
}
