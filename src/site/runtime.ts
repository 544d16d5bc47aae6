/**
 * One runtime for every deck of a site: reveal.js, our browser code and the theme are bundled by
 * Vite once per site build, not once per article. It is built as `deck build` builds a deck, with a
 * stand-in deck whose slides are the slides marker (src/vite/html.ts), so the page it makes is a
 * template: each deck's page is that template with its own slides put in — the page `deck build`
 * makes for the article alone, its `./assets/` links pointing at the site's shared `../assets/`.
 * A deck's stylesheet holds the styles of the features it uses (code, tables, quotes, formulas),
 * so there is one build per set of features the site's decks use (the scripts are the same files
 * in all of them). Files are named by their content's hash, so decks built by other runs (other
 * shards, other machines) of the same version share them too.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeOnInterrupt } from '../build/interrupt.ts';
import type { UserOptions } from '../options.ts';
import type { RenderedDeck } from '../render/index.ts';
import { singleFileViteConfig } from '../single/build.ts';
import type { Deck } from '../types.ts';
import { deckViteConfig } from '../vite/config.ts';
import { SLIDES_MARKER } from '../vite/html.ts';
import { keptRuntime, runtimeFrom, sharingFiles, type ReusablePages, type SharedRuntime } from './runtime-page.ts';

export type { KeptPage, SharedRuntime } from './runtime-page.ts';
export { keptPage } from './runtime-page.ts';

export interface Runtimes {
  /** The runtime for pages that need these features (`featuresOf`), built on first use. */
  forFeatures(features: readonly string[]): Promise<SharedRuntime>;
  /** Every runtime built so far. */
  built(): SharedRuntime[];
  dispose(): Promise<void>;
}

/**
 * `folder`: the runtime decks load from `assets/` (ES modules, the speaker view, search and zoom in
 * chunks of their own). `single`: one classic script, for single files (src/single/build.ts).
 */
export function openRuntimes(options: UserOptions, kind: 'folder' | 'single' = 'folder', reuse?: ReusablePages): Runtimes {
  const builds = new Map<string, Promise<SharedRuntime>>();
  let queue: Promise<unknown> = Promise.resolve();
  const done: SharedRuntime[] = [];
  const dirs: string[] = [];
  const forget = removeOnInterrupt(() => dirs);
  const forFeatures = (features: readonly string[]): Promise<SharedRuntime> => {
    const key = features.join(',');
    let runtime = builds.get(key);
    const kept = reuse?.pages[key];
    if (!runtime && kept && kept.assets.every((name) => existsSync(path.join(reuse!.site, 'assets', name)))) {
      runtime = Promise.resolve(keptRuntime(reuse!.site, key, kept));
      builds.set(key, runtime);
    }
    if (!runtime) {
      // One Vite build at a time: they share this thread.
      const base = key === '' ? undefined : forFeatures([]);
      runtime = queue.then(async () => ({ ...(await sharingFiles(await buildRuntime(options, kind, [...features], dirs), await base)), key }));
      queue = runtime.catch(() => undefined);
      builds.set(key, runtime);
      void runtime.then((r) => done.push(r), () => undefined);
    }
    return runtime;
  };
  return {
    forFeatures,
    built: () => [...done],
    async dispose() {
      await queue;
      forget();
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

export { featuresOf } from '../build/kept-pages.ts';

async function buildRuntime(options: UserOptions, kind: 'folder' | 'single', features: string[], dirs: string[]): Promise<SharedRuntime> {
  const { build } = await import('vite');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deck-site-runtime-'));
  dirs.push(dir);
  const compiled = { deck: STAND_IN, rendered: standInPage(features) };
  // Named so that the plugin looks for no article of its own; never read (the stand-in is the compiled deck).
  const article = path.join(dir, 'stand-in.md');
  const config = kind === 'folder' ? deckViteConfig({ ...options, article, outDir: dir, compiled }) : singleFileViteConfig(article, dir, options, compiled);
  await build({ ...config, configFile: false, logLevel: 'warn' });
  const standaloneTemplate = await readFile(path.join(dir, 'index.html'), 'utf8');
  if (!standaloneTemplate.includes(SLIDES_MARKER)) throw new Error(`the runtime page lost its ${SLIDES_MARKER} marker`);
  const assets = (await readdir(path.join(dir, 'assets')).catch(() => [] as string[])).sort();
  return runtimeFrom(dir, standaloneTemplate, assets, features.join(','));
}

/** The deck the runtime is built with: no slides, no images, nothing of any article. */
const STAND_IN: Deck = { title: '', lang: 'en', dir: 'ltr', theme: 'auto', sourceName: '', slides: [], totalSeconds: 0 };

/** Its page: the slides marker where the slides go, so that each deck's slides can be put there later. */
function standInPage(features: string[]): RenderedDeck {
  const page = { body: SLIDES_MARKER, title: '', lang: 'en', dir: 'ltr', theme: 'auto', slideCount: 0, features };
  return page as RenderedDeck;
}
