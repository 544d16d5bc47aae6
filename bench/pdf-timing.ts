/**
 * PDF export time as a user meets it: `deck pdf <article>` in a fresh process (build, Chromium,
 * print, merge, write), for the bundled article and for a generated article of 200 slides.
 * The export prints in batches of ten slides, so its time should grow linearly with the slides:
 * compare seconds per slide of the two decks, after the fixed cost (the bundled deck's time) is
 * taken off.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { compileText } from '../src/pipeline-in-memory.ts';
import { compileFile } from '../src/pipeline.ts';
import { ROOT, timeRun } from './build.ts';
import { generateArticle } from './scale.ts';
import { summarize } from './stats.ts';

export interface PdfTiming {
  slides: number;
  /** Median of the runs, from spawn to exit. */
  seconds: number;
}

export interface PdfOptions {
  article?: string;
  /** Scratch folder for the generated article and the PDFs. */
  dir?: string;
  /** One run each instead of three. */
  quick?: boolean;
}

export const LARGE_SLIDES = 200;

export async function measurePdf(options: PdfOptions = {}): Promise<{ bundled: PdfTiming; large: PdfTiming }> {
  const dir = options.dir ? path.join(options.dir, 'pdf') : await mkdtemp(path.join(tmpdir(), 'deck-bench-pdf-'));
  await mkdir(dir, { recursive: true });
  const runs = options.quick ? 1 : 3;
  const bundled = options.article ?? path.join(ROOT, 'slides/microsoft-openai.txt');
  const large = path.join(dir, 'large.md');
  await writeFile(large, articleOfSlides(LARGE_SLIDES));
  return {
    bundled: await timeExport(bundled, dir, runs),
    large: await timeExport(large, dir, runs),
  };
}

async function timeExport(article: string, dir: string, runs: number): Promise<PdfTiming> {
  const slides = (await compileFile(article)).deck.slides.length;
  const out = path.join(dir, `${path.basename(article, path.extname(article))}.pdf`);
  const command = { command: process.execPath, args: [path.join(ROOT, 'src/cli/bin.mjs'), 'pdf', article, '--out', out], cwd: ROOT };
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) seconds.push((await timeRun(command)).seconds);
  return { slides, seconds: Number(summarize(seconds).median.toFixed(3)) };
}

/** A generated article (bench/scale.ts) with as many sections as it takes to plan about `target` slides. */
export function articleOfSlides(target: number): string {
  const slidesOf = (sections: number) => compileText(generateArticle(sections), 'large.md').deck.slides.length;
  // Slides grow by a steady number per section: two tries land on the line, a few steps walk to the target.
  const perSection = (slidesOf(20) - slidesOf(10)) / 10;
  let sections = Math.max(1, Math.round((target - (slidesOf(10) - 10 * perSection)) / perSection));
  for (let step = 0; step < 4; step++) {
    const diff = target - slidesOf(sections);
    if (Math.abs(diff) < perSection) break;
    sections += Math.round(diff / perSection);
  }
  return generateArticle(sections);
}
