/** Reading a PDF the way a user would: poppler's tools for text, page sizes and pixels; pdf-lib for links. */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

const run = promisify(execFile);

/** `pdfinfo` fields: Title, Author, Pages, "Page size"… */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [file]);
  return Object.fromEntries(stdout.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** Width and height in points of every page. */
export async function pageSizes(file: string): Promise<{ width: number; height: number }[]> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '100000', file]);
  return [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}

/**
 * The extracted text of each page, whitespace collapsed, in the order it was written (`-raw`):
 * poppler's layout analysis would interleave the lines of the handout's two side-by-side blocks.
 */
export async function pageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 << 20 });
  const pages = stdout.split('\f').map((t) => t.replace(/\s+/g, ' ').trim());
  if (pages.at(-1) === '') pages.pop();
  return pages;
}

/** Fonts `pdffonts` lists, with whether each is embedded. */
export async function fonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout.split('\n').slice(2).filter(Boolean).map((line) => {
    const cols = line.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
  });
}

/**
 * Share of each page's pixels that differ clearly from the page's most common shade (its background),
 * from a small grey rendering by `pdftoppm`. A blank page scores 0.
 */
export async function inkPerPage(file: string): Promise<number[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'deck-ink-'));
  try {
    await run('pdftoppm', ['-gray', '-r', '24', file, path.join(dir, 'p')]);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.pgm')).sort();
    return Promise.all(names.map(async (name) => ink(await readFile(path.join(dir, name)))));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function ink(pgm: Buffer): number {
  // Binary PGM: "P5", width, height, maxval, one whitespace byte, then one byte a pixel.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const pixels = pgm.subarray(header[0].length);
  const counts = new Array<number>(256).fill(0);
  for (const p of pixels) counts[p]! += 1;
  const background = counts.indexOf(Math.max(...counts));
  let inked = 0;
  for (const p of pixels) if (Math.abs(p - background) > 48) inked += 1;
  return inked / pixels.length;
}

/** Web addresses of the link annotations on every page. */
export async function linkTargets(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(await readFile(file));
  const urls: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots!.lookup(i, PDFDict).lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      if (uri instanceof PDFString || uri instanceof PDFHexString) urls.push(uri.decodeText());
    }
  }
  return urls;
}
