/**
 * Deck pages kept between builds, so that a build runs Vite only when the runtime changes. Vite
 * bundles the same runtime (reveal.js, our browser code, the theme) for every article: what an
 * article changes in the page is its slides, its title, its language and direction and its theme,
 * and the stylesheet of the features it uses (code, tables, quotes, formulas). So after a Vite
 * build the page is kept without its slides, as a template (the site's runtime page is the same
 * thing, src/site/runtime.ts), with the files it loads, in
 * `node_modules/.cache/article-deck/pages/<key>/`; the key covers the runtime's sources and the
 * versions of reveal.js and Vite (runtime-inputs.ts), the option that reaches the page's security
 * policy (`allowRemote`) and the features. A later build of any article whose key is there writes
 * its folder from the template (deck-folder.ts) without loading Vite: the same files, byte for
 * byte, as Vite would write (tests/unit/kept-pages.test.ts).
 *
 * A page is kept only when putting the article back into the template gives the page Vite wrote,
 * and only whole (written aside, then renamed). `DECK_CACHE=0` or no node_modules: nothing is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveOptions, type UserOptions } from '../options.ts';
import type { RenderedDeck } from '../render/index.ts';
import { injectDeck, SLIDES_MARKER } from '../vite/html.ts';
import { runtimeInputsKey, TOOL_VERSION } from './runtime-inputs.ts';
import { cacheFile } from './tag-cache.ts';

const PAGE = 'page.html';
const ASSETS = 'assets';
/** The runtime's files as they were kept, name → size: a page with any of them gone or changed is not used. */
const FILES = 'files.json';
/** The page as the stand-in deck of src/site/runtime.ts has it: no title, English, the theme of the reader's system. */
const STAND_IN_HTML = '<html lang="en" dir="ltr" data-theme="auto">';

export interface KeptPage {
  /** The page with the slides marker where the slides go, linking `./assets/`. */
  template: string;
  /** Folder holding the files the page loads. */
  assetsDir: string;
  assets: string[];
}

export interface KeptPages {
  /** The page kept for a deck with these features, if any. */
  find(features: readonly string[]): KeptPage | undefined;
  /** Keeps the page of a folder Vite built for this deck, unless it is there already. */
  keep(builtDir: string, rendered: RenderedDeck): Promise<void>;
  /** Keeps a template made by Vite from the stand-in deck (src/site/runtime.ts), with the folder of its files. */
  keepTemplate(features: readonly string[], template: string, assetsDir: string): Promise<void>;
}

/** What a page's stylesheet depends on: the features a rendered deck lists, sorted. */
export function featuresOf(rendered: RenderedDeck): string[] {
  const features = (rendered as { features?: readonly string[] }).features ?? [];
  return [...features].sort();
}

/** The pages kept for builds with these options, or undefined when nothing is kept (no cache). */
export function openKeptPages(options: UserOptions, root = cacheRoot()): KeptPages | undefined {
  if (!root) return undefined;
  const inputs = runtimeInputsKey({ allowRemote: resolveOptions(options).allowRemote }, TOOL_VERSION);
  const dirOf = (features: readonly string[]) => path.join(root, createHash('sha256').update(`${inputs}\0${features.join(',')}`).digest('hex').slice(0, 32));
  return {
    find(features) {
      const dir = dirOf(features);
      try {
        const template = readFileSync(path.join(dir, PAGE), 'utf8');
        const files = JSON.parse(readFileSync(path.join(dir, FILES), 'utf8')) as Record<string, number>;
        const assets = Object.keys(files).sort();
        const whole = assets.length > 0 && assets.every((name) => statSync(path.join(dir, ASSETS, name)).size === files[name]);
        return whole && template.includes(SLIDES_MARKER) ? { template, assetsDir: path.join(dir, ASSETS), assets } : undefined;
      } catch {
        return undefined;
      }
    },
    async keep(builtDir, rendered) {
      if (existsSync(dirOf(featuresOf(rendered)))) return;
      const template = templateOf(await readFile(path.join(builtDir, 'index.html'), 'utf8').catch(() => ''), rendered);
      if (template) await store(root, dirOf(featuresOf(rendered)), template, path.join(builtDir, ASSETS));
    },
    async keepTemplate(features, template, assetsDir) {
      if (template.includes(SLIDES_MARKER) && !existsSync(dirOf(features))) await store(root, dirOf(features), template, assetsDir);
    },
  };
}

/** Writes a page aside and renames it into place, so that only whole pages are ever found. */
async function store(root: string, dir: string, template: string, assetsDir: string): Promise<void> {
  try {
    await mkdir(root, { recursive: true });
    const work = await mkdtemp(path.join(root, '.page-'));
    try {
      await writeFile(path.join(work, PAGE), template);
      await mkdir(path.join(work, ASSETS));
      const files: Record<string, number> = {};
      for (const name of (await readdir(assetsDir)).sort()) {
        await copyFile(path.join(assetsDir, name), path.join(work, ASSETS, name));
        files[name] = statSync(path.join(work, ASSETS, name)).size;
      }
      await writeFile(path.join(work, FILES), JSON.stringify(files));
      await rename(work, dir);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  } catch {
    // A read-only project, a full disk, another build keeping the same page: the next build runs Vite again.
  }
}

/**
 * The template of a page Vite built for `rendered`: its slides, title and `<html>` attributes as
 * the stand-in deck's. Undefined unless putting the deck back in gives the very page Vite wrote,
 * and unless nothing of the deck is left in it (its title elsewhere in the page would reach every
 * deck built from it; a brand's tags are the deck's too, and such decks are never kept).
 */
export function templateOf(built: string, rendered: RenderedDeck): string | undefined {
  const at = built.indexOf(rendered.body);
  if (!rendered.body || at < 0 || built.indexOf(rendered.body, at + 1) >= 0) return undefined;
  const template = (built.slice(0, at) + SLIDES_MARKER + built.slice(at + rendered.body.length))
    .replace(/<html[^>]*>/, STAND_IN_HTML)
    .replace(/<title>[^<]*<\/title>/, '<title></title>');
  if (rendered.title.trim().length >= 3 && template.includes(rendered.title.trim())) return undefined;
  return injectDeck(template, rendered) === built ? template : undefined;
}

/** Copies a kept page's files into a deck folder being written. */
export async function copyKeptAssets(page: KeptPage, outDir: string): Promise<void> {
  await mkdir(path.join(outDir, ASSETS), { recursive: true });
  for (const name of page.assets) await copyFile(path.join(page.assetsDir, name), path.join(outDir, ASSETS, name));
}

function cacheRoot(): string | undefined {
  const tags = cacheFile();
  return tags && path.join(path.dirname(tags), 'pages');
}
