/**
 * Cold builds, each a fresh process timed from spawn to exit: ours is `node src/cli/bin.mjs build`,
 * the baseline's is `node node_modules/vite/bin/vite.js build` in its folder. Peak memory comes from GNU time (`%M`, the
 * largest resident set of the process tree), when /usr/bin/time exists.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
export const ROOT = path.resolve(import.meta.dirname, '..');

export interface Run {
  seconds: number;
  /** Peak resident memory in MB; undefined without GNU time. */
  peakMB?: number;
}

export interface Command {
  command: string;
  args: string[];
  cwd: string;
  /** Added to the environment. */
  env?: Record<string, string>;
  /** Run before each timed run, not timed. */
  before?: () => Promise<void>;
}

export const ourBuild = (article: string, outDir: string): Command => ({
  command: process.execPath,
  args: [path.join(ROOT, 'src/cli/bin.mjs'), 'build', article, '--out', outDir],
  cwd: ROOT,
});

/**
 * The first build of an article the tag cache has never seen (src/build/tag-cache.ts): its file is
 * removed before each run, and the tagger starts. The page `npm ci` kept stays (src/build/kept-pages.ts).
 */
export const ourFirstBuild = (article: string, outDir: string): Command => ({
  ...ourBuild(article, outDir),
  before: () => rm(path.join(ROOT, 'node_modules/.cache/article-deck/english-tags.json'), { force: true }),
});

/** A build with nothing kept at all (DECK_CACHE=0): Vite bundles the runtime, and the tagger starts. */
export const ourBuildNothingKept = (article: string, outDir: string): Command => ({ ...ourBuild(article, outDir), env: { DECK_CACHE: '0' } });

// Both run straight under node, as ours does: npx would add its own start-up (about half a second
// here) to the baseline's time alone.
export const baselineBuild = (dir: string): Command => ({
  command: process.execPath,
  args: [path.join(dir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  cwd: dir,
});

/** The same two builds as a user types them: npx's start-up, on both sides. */
export const ourBuildNpx = (article: string, outDir: string): Command => ({ command: 'npx', args: ['deck', 'build', article, '--out', outDir], cwd: ROOT });
export const baselineBuildNpx = (dir: string): Command => ({ command: 'npx', args: ['vite', 'build', '--logLevel', 'warn'], cwd: dir });

export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

/** Runs the command once; throws with its output when it fails. */
export async function timeRun({ command, args, cwd, env, before }: Command): Promise<Run> {
  await before?.();
  const scratch = await mkdtemp(path.join(tmpdir(), 'deck-bench-time-'));
  const memFile = path.join(scratch, 'rss');
  const argv = hasGnuTime() ? ['-f', '%M', '-o', memFile, command, ...args] : args;
  try {
    return await timed(hasGnuTime() ? GNU_TIME : command, argv, cwd, memFile, `${command} ${args.join(' ')}`, env);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function timed(bin: string, argv: string[], cwd: string, memFile: string, name: string, env: Record<string, string> = {}): Promise<Run> {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(bin, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', ...env } });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed (${code}):\n${text}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  let peakMB: number | undefined;
  if (hasGnuTime()) {
    const kb = Number((await readFile(memFile, 'utf8')).trim().split('\n').at(-1));
    peakMB = Number.isFinite(kb) ? kb / 1024 : undefined;
  }
  return { seconds, peakMB };
}

/**
 * Alternates the commands run by run (A B A B …) so that a busy moment on the machine hits both
 * alike. The first round only warms the disk cache and is not counted.
 */
export async function interleave(commands: Command[], runs: number, onRun?: (i: number) => void): Promise<Run[][]> {
  const results: Run[][] = commands.map(() => []);
  for (let round = 0; round <= runs; round++) {
    for (const [i, command] of commands.entries()) {
      const run = await timeRun(command);
      if (round > 0) results[i]!.push(run);
    }
    if (round > 0) onRun?.(round);
  }
  return results;
}
