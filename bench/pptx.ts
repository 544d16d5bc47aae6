/**
 * PowerPoint export time as a user meets it: `deck pptx <article>` in a fresh process (compile,
 * draw every slide, write the notes, zip), for the bundled article and for a generated article of
 * 2,000 sections (bench/scale.ts). Targets: under 1 s and under 20 s.
 *
 *   npm run bench:pptx            # three runs each, median
 *   npm run bench:pptx -- --quick # one run each
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, timeRun } from './build.ts';
import { generateArticle } from './scale.ts';
import { summarize } from './stats.ts';

const SECTIONS = 2000;
const TARGETS = { bundled: 1, large: 20 };

async function timeExport(article: string, out: string, runs: number): Promise<{ seconds: number }> {
  const command = { command: process.execPath, args: [path.join(ROOT, 'src/cli/bin.mjs'), 'pptx', article, '--out', out], cwd: ROOT };
  const seconds: number[] = [];
  for (let i = 0; i < runs; i++) seconds.push((await timeRun(command)).seconds);
  return { seconds: Number(summarize(seconds).median.toFixed(2)) };
}

const runs = process.argv.includes('--quick') ? 1 : 3;
const dir = await mkdtemp(path.join(tmpdir(), 'deck-bench-pptx-'));
try {
  const large = path.join(dir, `sections-${SECTIONS}.md`);
  await writeFile(large, generateArticle(SECTIONS));
  const bundled = await timeExport(path.join(ROOT, 'slides/microsoft-openai.txt'), path.join(dir, 'bundled.pptx'), runs);
  const big = await timeExport(large, path.join(dir, 'large.pptx'), runs);
  const row = (name: string, seconds: number, target: number) =>
    `${name.padEnd(28)} ${seconds.toFixed(2).padStart(6)} s   target < ${target} s  ${seconds < target ? 'ok' : 'OVER'}`;
  console.log(`deck pptx, fresh process, median of ${runs}:`);
  console.log(row('bundled article', bundled.seconds, TARGETS.bundled));
  console.log(row(`${SECTIONS}-section article`, big.seconds, TARGETS.large));
} finally {
  await rm(dir, { recursive: true, force: true });
}
