/**
 * Size of the single-file deck against the multi-file build of the same article.
 * gzip: Node's zlib at its default level (6), what most servers use. The multi-file figure is the
 * sum over every file of the build (page, script, lazy plugin chunks, CSS, icon), each gzipped
 * alone, as a server sends them.
 * Run alone: `npx tsx bench/single-size.ts [article]`.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDeck } from '../src/build/deck.ts';
import { buildSingleFile } from '../src/single/build.ts';

export interface SingleFileSize {
  bytes: number;
  gzipBytes: number;
  multiFileGzipBytes: number;
  /** Uncompressed sum of the multi-file build. */
  multiFileBytes: number;
}

const BUNDLED_ARTICLE = path.resolve(import.meta.dirname, '../slides/microsoft-openai.txt');

export async function measureSingleFile(article: string = BUNDLED_ARTICLE): Promise<SingleFileSize> {
  const work = await mkdtemp(path.join(os.tmpdir(), 'deck-size-'));
  try {
    const single = await buildSingleFile(article, path.join(work, 'single.html'));
    const html = await readFile(single.file);
    const { outDir } = await buildDeck(article, path.join(work, 'multi'));
    const files = await Promise.all((await filesIn(outDir)).map((f) => readFile(f)));
    return {
      bytes: html.length,
      gzipBytes: gzipSync(html).length,
      multiFileGzipBytes: files.reduce((sum, f) => sum + gzipSync(f).length, 0),
      multiFileBytes: files.reduce((sum, f) => sum + f.length, 0),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = await measureSingleFile(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(JSON.stringify(size));
  console.log(
    `single file ${kb(size.bytes)} (gzip ${kb(size.gzipBytes)}); multi-file ${kb(size.multiFileBytes)} ` +
      `(gzip ${kb(size.multiFileGzipBytes)}); gzip ratio ${(size.gzipBytes / size.multiFileGzipBytes).toFixed(2)}×`,
  );
}
