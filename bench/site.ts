/**
 * `npm run bench:site`: a site of 500 generated articles (bench/site-articles.ts: text, Markdown and
 * HTML in four languages, a few broken), built by `deck build <folder> --out <site>` in fresh
 * processes, as a user runs it (compiled first, as `npm ci` does):
 *
 * - the first build: time, peak memory (GNU time), decks and failures;
 * - the site on disk and gzipped, beside what 500 separate `deck build`s would hold (the runtime once per deck);
 * - a second run over the unchanged articles, and one after editing one article;
 * - four shards built into separate folders, copied together, `deck index` run: equal, file for
 *   file, to the single build (manifests aside).
 *
 * Options: `--count N` (default 500), `--keep` (leave the temporary folder).
 */
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSiteArticles } from './site-articles.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';
const args = process.argv.slice(2);
const COUNT = Number(args[args.indexOf('--count') + 1]) || 500;

interface Run {
  seconds: number;
  /** User + system CPU time of the process and its threads: what a busy machine does not inflate. */
  cpuSeconds?: number;
  peakMB?: number;
  code: number;
  output: string;
}

/**
 * The compiled CLI (.build/, as `npm ci` leaves it), run straight: src/cli/bin.mjs would fall back to
 * the TypeScript sources whenever a file under src/ is newer than the compiled one.
 */
const COMPILED_CLI = `const { run } = await import(${JSON.stringify(path.join(ROOT, '.build/cli/run.js'))});\nprocess.exitCode = await run(process.argv.slice(2));\n`;

/** `deck …` in a fresh process; exit 1 (some articles failed) is an answer, not an error. */
async function deck(cwd: string, ...argv: string[]): Promise<Run> {
  const memFile = path.join(cwd, '.rss');
  const runner = path.join(cwd, 'deck.mjs'); // a file, not node -e: worker threads inherit node's flags
  if (!existsSync(runner)) await writeFile(runner, COMPILED_CLI);
  const command = [process.execPath, runner, ...argv];
  const [bin, binArgs] = existsSync(GNU_TIME) ? [GNU_TIME, ['-f', '%M %U %S', '-o', memFile, ...command]] : [command[0]!, command.slice(1)];
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number; output: string }>((resolve, reject) => {
    // DECK_CACHE=0: every run tags English sentences afresh, so no run profits from an earlier one's cache.
    const child = spawn(bin, binArgs, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DECK_CACHE: '0', NO_COLOR: '1' } });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c ?? 1, output: text }));
  });
  const seconds = (performance.now() - started) / 1000;
  if (code > 1) throw new Error(`deck ${argv.join(' ')} failed (${code}):\n${output}`);
  const [kb, user, system] = existsSync(memFile) ? (await readFile(memFile, 'utf8')).trim().split('\n').at(-1)!.split(' ').map(Number) : [];
  await rm(memFile, { force: true });
  const cpuSeconds = user !== undefined && system !== undefined ? user + system : undefined;
  return { seconds, cpuSeconds, peakMB: kb ? kb / 1024 : undefined, code, output };
}

/** Every file under dir (relative path → sha256), manifests left out. */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const name of (await readdir(dir, { recursive: true, encoding: 'utf8' })).sort()) {
    const file = path.join(dir, name);
    if (path.basename(name).startsWith('.deck-manifest') || !(await stat(file)).isFile()) continue;
    files.set(name, createHash('sha256').update(await readFile(file)).digest('hex'));
  }
  return files;
}

async function sizes(dir: string): Promise<{ files: number; bytes: number; gzip: number; assets: number }> {
  let [files, bytes, gzip, assets] = [0, 0, 0, 0];
  for (const name of await readdir(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    if (!(await stat(file)).isFile()) continue;
    const data = await readFile(file);
    files++;
    bytes += data.length;
    gzip += gzipSync(data).length;
    if (name.startsWith(`assets${path.sep}`)) assets += data.length;
  }
  return { files, bytes, gzip, assets };
}

const cpu = (run: Run) => (run.cpuSeconds === undefined ? '?' : s(run.cpuSeconds));
const percent = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? '?' : `${((a / b) * 100).toFixed(1)} %`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;

async function main() {
  execFileSync('npm', ['run', '--silent', 'prepare'], { cwd: ROOT, stdio: 'inherit' });
  const work = await mkdtemp(path.join(tmpdir(), 'deck-bench-site-'));
  const articles = path.join(work, 'articles');
  try {
    const { broken } = await writeSiteArticles(articles, COUNT);
    console.log(`${COUNT} articles (${broken} broken) in ${articles}`);

    const first = await deck(work, 'build', 'articles', '--out', 'site');
    console.log(first.output.split('\n')[0]);
    const failedLines = first.output.split('\n').filter((l) => /^deck: .*articles\//.test(l)).length;
    const site = await sizes(path.join(work, 'site'));
    const decks = (await readdir(path.join(work, 'site'), { withFileTypes: true })).filter((e) => e.isDirectory() && e.name !== 'assets').length;

    const second = await deck(work, 'build', 'articles', '--out', 'site');
    const edited = (await readdir(path.join(articles, 'batch-00'))).find((f) => f.endsWith('.md'))!;
    await appendFile(path.join(articles, 'batch-00', edited), '\n## One more thing\n\nAn edit made after the first build changes this article alone. Only its deck is built again.\n');
    const oneEdit = await deck(work, 'build', 'articles', '--out', 'site');
    const single = await deck(work, 'build', 'articles', '--out', 'single');

    const shardRuns: Run[] = [];
    for (let i = 1; i <= 4; i++) shardRuns.push(await deck(work, 'build', 'articles', '--out', `shard-${i}`, '--shard', `${i}/4`));
    await mkdir(path.join(work, 'merged'));
    for (let i = 1; i <= 4; i++) await cp(path.join(work, `shard-${i}`), path.join(work, 'merged'), { recursive: true, force: true });
    const index = await deck(work, 'index', 'merged');
    const [a, b] = [await tree(path.join(work, 'single')), await tree(path.join(work, 'merged'))];
    const differ = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));

    const runtimeBytes = site.assets;
    const rows: [string, string][] = [
      ['articles', `${COUNT} (${broken} broken: binary, not UTF-8, empty, no sections)`],
      ['first build', `${s(first.seconds)} (CPU ${cpu(first)}), peak ${first.peakMB?.toFixed(0) ?? '?'} MB, ${decks} decks, ${failedLines} failed, exit ${first.code}`],
      ['site on disk', `${mb(site.bytes)} in ${site.files} files (gzip ${mb(site.gzip)}); shared assets/ ${(runtimeBytes / 1024).toFixed(0)} KB once`],
      ['500 separate builds would hold', `${mb(site.bytes + runtimeBytes * (decks - 1))} (the runtime once per deck)`],
      [
        'second run, nothing changed',
        `${s(second.seconds)} = ${percent(second.seconds, first.seconds)} of the first; CPU ${cpu(second)} = ${percent(second.cpuSeconds, first.cpuSeconds)} (peak ${second.peakMB?.toFixed(0) ?? '?'} MB)`,
      ],
      ['after editing one article', `${s(oneEdit.seconds)} (CPU ${cpu(oneEdit)})`],
      ['4 shards, one after another', `${shardRuns.map((r) => s(r.seconds)).join(' + ')} = ${s(shardRuns.reduce((t, r) => t + r.seconds, 0))}; deck index ${s(index.seconds)}`],
      ['shards + deck index == single build', differ.length ? `NO: ${differ.length} files differ (${differ.slice(0, 5).join(', ')})` : `yes (${a.size} files, byte for byte)`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    const table = rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
    console.log(`\n${table}`);
    await mkdir(path.join(ROOT, 'bench/out'), { recursive: true });
    await writeFile(
      path.join(ROOT, 'bench/out/site.json'),
      `${JSON.stringify({ count: COUNT, broken, first, second, oneEdit, shards: shardRuns.map((r) => r.seconds), index: index.seconds, site, decks, equal: differ.length === 0 }, (k, v) => (k === 'output' ? undefined : v), 2)}\n`,
    );
    if (differ.length) process.exitCode = 1;
  } finally {
    if (!args.includes('--keep')) await rm(work, { recursive: true, force: true });
    else console.log(`kept ${work}`);
  }
}

await main();
