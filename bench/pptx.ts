/**
 * PowerPoint export time as a user meets it: `deck pptx <article>` in a fresh process (compile,
 * draw every slide, write the notes, zip), for the bundled article and for a generated article of
 * 2,000 sections (bench/scale.ts). Targets: under 1 s and under 20 s. One warm-up run each first
 * (it fills the English tagger's cache, as a user's second export finds it). Besides the wall-clock
 * time, the CPU time (user + system, from GNU time) and the load average: on a shared machine the
 * wall clock waits for the other processes, the CPU time does not.
 *
 *   npm run bench:pptx            # three runs each, median
 *   npm run bench:pptx -- --quick # one run each
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './build.ts';
import { generateArticle } from './scale.ts';
import { summarize } from './stats.ts';

const SECTIONS = 2000;
const TARGETS = { bundled: 1, large: 20 };
const GNU_TIME = '/usr/bin/time';

interface Timing {
  wall: number;
  cpu?: number;
}

/** One `deck pptx` run: wall-clock seconds, and CPU seconds when GNU time is there. */
function run(article: string, out: string): Promise<Timing> {
  const deck = [path.join(ROOT, 'src/cli/bin.mjs'), 'pptx', article, '--out', out];
  const withTime = existsSync(GNU_TIME);
  const [bin, args] = withTime ? [GNU_TIME, ['-f', 'cpu %U %S', process.execPath, ...deck]] : [process.execPath, deck];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`deck pptx ${article} failed (${code}):\n${text}`));
      const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(text);
      resolve({ wall: (performance.now() - started) / 1000, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined });
    });
  });
}

async function timeExport(article: string, out: string, runs: number): Promise<{ wall: number; cpu?: number }> {
  await run(article, out); // warm-up
  const timings: Timing[] = [];
  for (let i = 0; i < runs; i++) timings.push(await run(article, out));
  const cpu = timings.every((t) => t.cpu !== undefined) ? summarize(timings.map((t) => t.cpu!)).median : undefined;
  return { wall: summarize(timings.map((t) => t.wall)).median, cpu };
}

const runs = process.argv.includes('--quick') ? 1 : 3;
const dir = await mkdtemp(path.join(tmpdir(), 'deck-bench-pptx-'));
try {
  const large = path.join(dir, `sections-${SECTIONS}.md`);
  await writeFile(large, generateArticle(SECTIONS));
  const load = loadavg()[0]!;
  const bundled = await timeExport(path.join(ROOT, 'slides/microsoft-openai.txt'), path.join(dir, 'bundled.pptx'), runs);
  const big = await timeExport(large, path.join(dir, 'large.pptx'), runs);
  const row = (name: string, t: { wall: number; cpu?: number }, target: number) =>
    `${name.padEnd(24)} ${t.wall.toFixed(2).padStart(6)} s wall  ${t.cpu === undefined ? '' : `${t.cpu.toFixed(2).padStart(6)} s CPU`}   target < ${target} s  ${t.wall < target ? 'ok' : 'over'}`;
  console.log(`deck pptx, fresh process, median of ${runs} after a warm-up; load average ${load.toFixed(1)} on ${cpus().length} cores at the start:`);
  console.log(row('bundled article', bundled, TARGETS.bundled));
  console.log(row(`${SECTIONS}-section article`, big, TARGETS.large));
} finally {
  await rm(dir, { recursive: true, force: true });
}
