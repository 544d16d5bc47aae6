/**
 * A shared runtime as the site uses it: its page (the template each deck's slides go into) and its
 * files. Made by a Vite build (runtime.ts), or kept from an earlier run's manifest.
 */
import { createHash } from 'node:crypto';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface SharedRuntime {
  /** Folder holding the built `assets/` (temporary: see `Runtimes.dispose`). */
  dir: string;
  /** File names under `assets/`. */
  assets: string[];
  /** A deck page one folder below the site's root, with the slides marker where its slides go. */
  deckTemplate: string;
  /** The same page as `deck build` writes it for a folder of its own (`./assets/`): what the single file is folded from. */
  standaloneTemplate: string;
  /** Changes whenever the page or any runtime file changes. */
  fingerprint: string;
  /** The features it was built for, joined by commas. */
  key: string;
}

/** A runtime from its folder, page and files: the deck page and the fingerprint follow from them. */
export function runtimeFrom(dir: string, standaloneTemplate: string, assets: string[], key: string): SharedRuntime {
  return { dir, assets, standaloneTemplate, deckTemplate: oneFolderDown(standaloneTemplate), fingerprint: fingerprintOf(standaloneTemplate, assets), key };
}

/** Pages made by an earlier run from the same sources (runtime-inputs.ts), by features, with the files they use in `<site>/assets/`. */
export interface ReusablePages {
  site: string;
  pages: Record<string, KeptPage>;
}

export interface KeptPage {
  /** The page as `deck build` writes it for a folder of its own. */
  page: string;
  assets: string[];
}

/** A runtime an earlier run built: its page, and its files already in the site. */
export function keptRuntime(site: string, key: string, { page, assets }: KeptPage): SharedRuntime {
  return runtimeFrom(site, page, assets, key);
}

export function keptPage(runtime: SharedRuntime): KeptPage {
  return { page: runtime.standaloneTemplate, assets: runtime.assets };
}

function fingerprintOf(page: string, assets: string[]): string {
  const hash = createHash('sha256').update(page);
  for (const name of assets) hash.update(name);
  return hash.digest('hex').slice(0, 16);
}

/**
 * The entry script of a page with features is byte for byte the one without, but named apart (its
 * hash covers the stylesheet it comes with): such a page links the featureless page's file instead.
 */
export async function sharingFiles(runtime: SharedRuntime, base: SharedRuntime | undefined): Promise<SharedRuntime> {
  if (!base) return runtime;
  const read = (r: SharedRuntime, name: string) => readFile(path.join(r.dir, 'assets', name));
  let { standaloneTemplate, assets } = runtime;
  for (const name of runtime.assets.filter((a) => !base.assets.includes(a) && a.endsWith('.js'))) {
    const bytes = await read(runtime, name);
    for (const other of base.assets.filter((a) => a.endsWith('.js'))) {
      if (!bytes.equals(await read(base, other))) continue;
      standaloneTemplate = standaloneTemplate.split(`./assets/${name}`).join(`./assets/${other}`);
      assets = [...assets.filter((a) => a !== name), other];
      await copyFile(path.join(base.dir, 'assets', other), path.join(runtime.dir, 'assets', other));
      break;
    }
  }
  return runtimeFrom(runtime.dir, standaloneTemplate, [...new Set(assets)].sort(), runtime.key);
}

/** `src="./assets/x.js"` → `src="../assets/x.js"`: the page moves into `<slug>/`, the assets stay at the root. */
export function oneFolderDown(html: string): string {
  return html.replace(/(\s(?:src|href)=["'])\.\/assets\//g, '$1../assets/');
}
