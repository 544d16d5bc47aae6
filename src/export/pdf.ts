/**
 * `deck pdf`: an article file or a built deck folder → one PDF, all or nothing.
 * An article is built first (into a temporary folder); the deck is served on 127.0.0.1, printed
 * by Chromium through its print view, the batches joined with the metadata of its deck.json, and the
 * PDF written to a temporary file renamed into place, so a failed export never leaves a partial PDF behind.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeFileAtomically } from '../build/atomic.ts';
import { removeOnInterrupt } from '../build/interrupt.ts';
import { DeckError } from '../errors.ts';
import type { BrandOptions } from '../options.ts';
import type { ThemeName } from '../types.ts';
import { readDeckJson } from '../vite/deck-json.ts';
import { findChrome, launch } from './browser.ts';
import { openPrintView, printBatches } from './capture.ts';
import { mergePdfs, type PdfMeta } from './merge.ts';
import { serveDir } from './serve.ts';
import { DEFAULT_SIZE, type PageSize } from './size.ts';

export interface PdfOptions {
  /** A handout: each slide in small beside its full speaker notes. */
  notes?: boolean;
  /** One page per fragment step (an article is also built with points appearing one by one). */
  fragments?: boolean;
  /** Page size in CSS pixels (default 1280 × 720). */
  size?: PageSize;
  /** Theme for an article's build (default: the article's, else light). */
  theme?: ThemeName;
  /** Brand options from the command line, for an article's build (src/cli/brand-options.ts). */
  brand?: BrandOptions;
  onStage?: (stage: 'build' | 'print') => void;
  onProgress?: (done: number, total: number) => void;
}

export interface PdfResult {
  file: string;
  pages: number;
  slides: number;
}

export async function exportPdf(input: string, outFile: string, options: PdfOptions = {}): Promise<PdfResult> {
  const size = options.size ?? DEFAULT_SIZE;
  const source = path.resolve(input);
  const isDir = await stat(source).then((s) => s.isDirectory(), () => {
    throw new DeckError('not-found', 'no such file or folder: give an article file or a folder made by "deck build"', { file: input });
  });
  const chrome = findChrome(); // before building: no Chromium, no wasted build
  const out = path.resolve(outFile);
  let tempDir = '';
  const forget = removeOnInterrupt(() => [tempDir]);
  try {
    let deckDir = source;
    if (!isDir) {
      options.onStage?.('build');
      tempDir = await mkdtemp(path.join(tmpdir(), 'deck-pdf-'));
      const { buildDeck } = await import('../build/deck.ts');
      deckDir = (await buildDeck(source, path.join(tempDir, 'deck'), { fragments: options.fragments, theme: options.theme, brand: options.brand })).outDir;
    }
    const { title, author, lang } = await readDeckJson(deckDir);
    options.onStage?.('print');
    const { pages, slides, bytes } = await print(chrome, deckDir, input, size, options, { title, author, lang });
    await writeFileAtomically(out, bytes);
    return { file: out, pages, slides };
  } finally {
    forget();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

async function print(chrome: string, deckDir: string, where: string, size: PageSize, options: PdfOptions, meta: PdfMeta) {
  const served = await serveDir(deckDir);
  const browser = await launch(chrome).catch(async (error: unknown) => {
    await served.close();
    throw error;
  });
  try {
    const request = { handout: Boolean(options.notes), fragments: Boolean(options.fragments), size };
    const view = await openPrintView(browser, served.url, request, where);
    const chunks = await printBatches(view, options.onProgress);
    const merged = await mergePdfs(chunks, meta, size);
    return { ...merged, slides: view.slides };
  } finally {
    await browser.close();
    await served.close();
  }
}
