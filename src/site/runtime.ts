/**
 * One runtime for every deck of a site: reveal.js, our browser code and the theme are bundled by
 * Vite once per site build, not once per article. The page it makes still holds the slides marker
 * (src/vite/html.ts), so each deck's page is that template with its slides put in: the same page
 * `deck build` makes for one article, with its `./assets/` links pointing at the site's shared
 * `../assets/` instead. The files are named by their content's hash, so decks built by other runs
 * (other shards, other machines) of the same version share them too.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { removeOnInterrupt } from '../build/interrupt.ts';
import type { UserOptions } from '../options.ts';
import { singleFileViteConfig } from '../single/build.ts';
import { deckViteConfig } from '../vite/config.ts';
import { SLIDES_MARKER } from '../vite/html.ts';

export interface SharedRuntime {
  /** Folder holding the built `assets/` (temporary: call `dispose`). */
  dir: string;
  /** File names under `assets/`. */
  assets: string[];
  /** A deck page one folder below the site's root, with the slides marker where its slides go. */
  deckTemplate: string;
  /** The same page as `deck build` writes it for a folder of its own (`./assets/`): what the single file is folded from. */
  standaloneTemplate: string;
  /** Changes whenever the page or any runtime file changes: part of every deck's manifest key. */
  fingerprint: string;
  dispose: () => Promise<void>;
}

/** The name of the plugin (src/vite/plugin.ts) that puts an article into the page; the runtime is built without it. */
const ARTICLE_PLUGIN = 'article-deck';

/**
 * `folder`: the runtime decks load from `assets/` (ES modules, the speaker view, search and zoom
 * in chunks of their own). `single`: one classic script, for the single files (src/single/build.ts).
 */
export async function buildSharedRuntime(options: UserOptions, kind: 'folder' | 'single' = 'folder'): Promise<SharedRuntime> {
  const { build } = await import('vite');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deck-site-runtime-'));
  const forget = removeOnInterrupt(() => [dir]);
  const dispose = async () => {
    forget();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const config = kind === 'folder' ? deckViteConfig({ ...options, outDir: dir }) : singleFileViteConfig('', dir, options);
    const plugins = (config.plugins ?? []).flat().filter((p) => !(p && typeof p === 'object' && 'name' in p && p.name === ARTICLE_PLUGIN));
    await build({ ...config, plugins, configFile: false, logLevel: 'warn' });
    const standaloneTemplate = await readFile(path.join(dir, 'index.html'), 'utf8');
    if (!standaloneTemplate.includes(SLIDES_MARKER)) throw new Error(`the runtime page lost its ${SLIDES_MARKER} marker`);
    const assets = (await readdir(path.join(dir, 'assets'))).sort();
    const hash = createHash('sha256').update(standaloneTemplate);
    for (const name of assets) hash.update(name);
    return { dir, assets, standaloneTemplate, deckTemplate: oneFolderDown(standaloneTemplate), fingerprint: hash.digest('hex').slice(0, 16), dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** `src="./assets/x.js"` → `src="../assets/x.js"`: the page moves into `<slug>/`, the assets stay at the root. */
export function oneFolderDown(html: string): string {
  return html.replace(/(\s(?:src|href)=["'])\.\/assets\//g, '$1../assets/');
}
