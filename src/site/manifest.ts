/**
 * The site's manifest: for each article (by its relative path), the deck it became and the key it
 * was built with — a hash of the article's bytes, its local images' bytes, the build options and the
 * tool's version — and the shared runtime they were built against. An article whose key is unchanged and whose deck is still
 * there is skipped. A sharded build keeps a manifest of its own, so shards built into one folder do
 * not forget each other's articles.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomically } from '../build/atomic.ts';
import type { KeptPage } from './runtime.ts';
import type { Shard } from './shard.ts';

export interface ManifestEntry {
  slug: string;
  key: string;
  /** Local files the deck copied (images, a brand's font, logo and stylesheet's files; absolute paths): their bytes are part of the key. */
  images: string[];
}

export interface Manifest {
  version: 1;
  /** The shared runtime's fingerprint the decks were built against: when it changes, every deck is rebuilt. */
  runtime?: string;
  /** What that runtime was made from (runtime-inputs.ts), and its files under assets/. */
  runtimeInputs?: string;
  assets?: string[];
  /** The runtime's pages by features, reused while `runtimeInputs` is unchanged (no Vite run for an edited article). */
  pages?: Record<string, KeptPage>;
  entries: Record<string, ManifestEntry>;
  /**
   * Articles that failed to compile, with the key of the bytes that failed and the error: the same
   * bytes fail the same way, so they are reported again without compiling them again.
   */
  failed?: Record<string, { key: string; line: string }>;
}

export function manifestFile(siteDir: string, shard?: Shard): string {
  return path.join(siteDir, shard ? `.deck-manifest.${shard.index}-of-${shard.count}.json` : '.deck-manifest.json');
}

export async function readManifest(file: string): Promise<Manifest> {
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as Manifest;
    if (json.version === 1 && json.entries && typeof json.entries === 'object') return json;
  } catch {
    // None yet, or unreadable: every article is built.
  }
  return { version: 1, entries: {} };
}

export async function writeManifest(file: string, manifest: Manifest): Promise<void> {
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  const json = { version: 1, runtime: manifest.runtime, runtimeInputs: manifest.runtimeInputs, assets: manifest.assets, pages: manifest.pages, entries: sorted(manifest.entries), failed: sorted(manifest.failed ?? {}) };
  await writeFileAtomically(file, `${JSON.stringify(json, null, 1)}\n`);
}

/** What a deck's key is made of, besides its article's and images' bytes. */
export interface KeyParts {
  /** The build options that change a deck (theme, fragments, PDF, single file…). */
  options: unknown;
  /** A hash of the files the options name (`--font`, `--logo`, `--theme-css`). */
  optionFiles: string;
  toolVersion: string;
  slug: string;
}

export function deckKey(article: Uint8Array, images: string[], parts: KeyParts): string {
  const hash = createHash('sha256').update(JSON.stringify(parts)).update('\0').update(article);
  for (const image of images) {
    hash.update(`\0${image}\0`);
    try {
      hash.update(readFileSync(image));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex').slice(0, 32);
}

/** A hash of the bytes of those of `paths` that are files (others, such as colours, count as their text). */
export function filesHash(paths: string[]): string {
  const hash = createHash('sha256');
  for (const p of paths) {
    hash.update(`\0${p}\0`);
    try {
      hash.update(readFileSync(p));
    } catch {
      // not a file: its text is in the options already
    }
  }
  return hash.digest('hex').slice(0, 16);
}
