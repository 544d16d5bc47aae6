/**
 * `deck build <article> --single-file`: the article → one self-contained HTML file that opens
 * from file:// with no network. Vite builds the runtime as one classic script (no chunks: the
 * speaker view, search and zoom are bundled in), then inline.ts folds everything into the page.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type InlineConfig } from 'vite';
import { speakerViewSources } from '../vite/csp-hash.ts';
import type { UserOptions } from '../options.ts';
import { compileOffThread } from '../build/compile-thread.ts';
import { writeFileAtomically } from '../build/atomic.ts';
import { removeOnInterrupt } from '../build/interrupt.ts';
import type { CompiledDeck } from '../pipeline.ts';
import { deckViteConfig } from '../vite/config.ts';
import { inlineDocument, type LoadAsset } from './inline.ts';
import { DECK_FILE_TYPES, IMAGE_TYPES } from '../mime.ts';

export interface SingleFileResult {
  file: string;
  bytes: number;
  compiled: CompiledDeck;
  /** Things left out of the file (remote images), one line each. */
  warnings: string[];
}

export async function buildSingleFile(article: string, out: string, options: UserOptions = {}): Promise<SingleFileResult> {
  const file = path.resolve(article);
  // Read, outline, plan and render first: a bad article fails here, before anything is written.
  const compiled = await compileOffThread(file, options);
  const target = outFileFor(out, file);
  const tmpDir = await mkdtemp(path.join(os.tmpdir(), 'deck-single-'));
  const forget = removeOnInterrupt(() => [tmpDir]);
  try {
    await build(singleFileViteConfig(file, tmpDir, options, compiled));
    const page = readFileSync(path.join(tmpDir, 'index.html'), 'utf8');
    const load = loader([
      { dir: tmpDir, types: DECK_FILE_TYPES },
      { dir: path.dirname(file), types: IMAGE_TYPES },
    ]);
    const { html, warnings } = inlineDocument(page, load, speakerViewSources());
    await writeFileAtomically(target, html);
    return { file: target, bytes: Buffer.byteLength(html), compiled, warnings };
  } finally {
    forget();
    await rm(tmpDir, { recursive: true, force: true });
  }
}

/** `--out talk.html` as given; an existing folder (or one ending in /) gets `<article>.html` inside. */
export function outFileFor(out: string, article: string): string {
  const isDir = out.endsWith('/') || out.endsWith(path.sep) || (existsSync(out) && statSync(out).isDirectory());
  return path.resolve(isDir ? path.join(out, `${path.parse(article).name}.html`) : out);
}

export function singleFileViteConfig(article: string, outDir: string, options: UserOptions, compiled?: CompiledDeck): InlineConfig {
  // The plugin takes the deck compiled above instead of compiling the article again.
  const config = deckViteConfig({ ...options, article, outDir, compiled });
  return {
    ...config,
    configFile: false,
    logLevel: 'warn',
    build: {
      ...config.build,
      cssCodeSplit: false,
      modulePreload: false,
      // Every asset the CSS or scripts use becomes a data: URL.
      assetsInlineLimit: () => true,
      rolldownOptions: {
        // One classic script, dynamic imports folded in: file:// pages cannot fetch chunks.
        output: { format: 'iife', codeSplitting: false },
        // Vite's preload helper mentions import.meta, which a classic script cannot have; it is never called here.
        checks: { emptyImportMeta: false, pluginTimings: false },
      },
    },
  };
}


/**
 * Reads a relative reference from the first folder that has it. Only files inside those folders,
 * and only of the listed types: an article cannot smuggle other local files into the deck.
 */
export function loader(roots: { dir: string; types: Record<string, string> }[]): LoadAsset {
  return (ref) => {
    const named = pathIn(ref);
    if (named === undefined) return undefined;
    for (const { dir, types } of roots) {
      const full = path.resolve(dir, named);
      const type = types[path.extname(full).toLowerCase()];
      if (!type || !existsSync(full) || !statSync(full).isFile()) continue;
      // Through links too: the real file must be inside the real folder.
      if (!realpathSync(full).startsWith(realpathSync(dir) + path.sep)) continue;
      return { bytes: readFileSync(full), type };
    }
    return undefined;
  };
}

function pathIn(ref: string): string | undefined {
  try {
    return /^file:/i.test(ref) ? fileURLToPath(ref) : decodeURIComponent(ref.replace(/[?#].*$/, ''));
  } catch {
    return undefined; // not a path at all (malformed escapes, a file: URL of another host)
  }
}
