/**
 * Which articles a site is built from: every article file under a folder (any depth), the files a
 * glob pattern matches, or files named one by one. Hidden files and folders, node_modules, a saved
 * page's `…_files/` folder and the site's own output folder are passed over. Each article keeps its
 * path relative to the folder the site was given (the manifest's key, and what a shard is chosen by).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DeckError } from '../errors.ts';
import { ARTICLE_EXTENSIONS } from '../read/format.ts';
import { globToRegExp, isGlob, splitGlob } from './glob.ts';
import { assignSlugs } from './slug.ts';

export interface SiteArticle {
  /** Absolute path. */
  file: string;
  /** Relative to the site's source folder, `/`-separated. */
  rel: string;
  /** The deck's folder name in the site. */
  slug: string;
}

/** True when `deck build` is given a site to build rather than one article. */
export function isSiteInput(inputs: string[]): boolean {
  if (inputs.length !== 1) return inputs.length > 1;
  const [input] = inputs as [string];
  return isGlob(input) && !exists(input) ? true : isDirectory(input);
}

export function discoverArticles(inputs: string[], outDir: string): SiteArticle[] {
  const skip = path.resolve(outDir);
  const found = new Map<string, string>(); // absolute path → rel
  const bases: string[] = [];
  for (const input of inputs) {
    if (isDirectory(input)) {
      bases.push(path.resolve(input));
      for (const file of walk(path.resolve(input), skip)) found.set(file, '');
    } else if (isGlob(input) && !exists(input)) {
      const { base, rest } = splitGlob(input.split(path.sep).join('/'));
      const pattern = globToRegExp(rest);
      const root = path.resolve(base);
      bases.push(root);
      for (const file of walk(root, skip)) if (pattern.test(toPosix(path.relative(root, file)))) found.set(file, '');
    } else if (exists(input)) {
      found.set(path.resolve(input), '');
      bases.push(path.dirname(path.resolve(input)));
    } else {
      throw new DeckError('not-found', 'no such file or folder', { file: input });
    }
  }
  if (found.size === 0) throw new DeckError('not-found', `no articles (${ARTICLE_EXTENSIONS.join(', ')}) in ${inputs.join(' ')}`);
  const base = commonFolder(bases);
  const files = [...found.keys()].map((file) => ({ file, rel: toPosix(path.relative(base, file)) })).sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  const slugs = assignSlugs(files.map((f) => f.rel));
  return files.map((f, i) => ({ ...f, slug: slugs[i]! }));
}

function* walk(dir: string, skip: string): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full === skip || entry.name.endsWith('_files')) continue;
      yield* walk(full, skip);
    } else if (entry.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) yield full;
  }
}

function commonFolder(folders: string[]): string {
  return folders.reduce((common, folder) => {
    while (common !== path.dirname(common) && folder !== common && !folder.startsWith(common + path.sep)) common = path.dirname(common);
    return common;
  });
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function exists(p: string): boolean {
  try {
    statSync(p);
    return true;
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
