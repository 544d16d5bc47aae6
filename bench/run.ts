/**
 * `npm run bench`: builds and loads our deck of the bundled article and a plain reveal.js + Vite
 * baseline of the same slides, in the same run, and prints every figure with ours/baseline beside it.
 *   --quick  fewer repetitions (results in bench/out/results-quick.json)
 *   --check  CI: our deck only, one build and one load; exits 1 when a size budget is exceeded
 * A full run writes bench/results.json. Sizes over budget make the exit code 1; times never do.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { compileFile } from '../src/pipeline.ts';
import { launchBrowser, serveDir } from '../tests/helpers/browser.ts';
import { writeBaseline } from './baseline.ts';
import { allChecks, sizeChecks } from './budget.ts';
import { baselineBuild, baselineBuildNpx, interleave, ourBuild, ourBuildNpx, ourBuildNothingKept, ourFirstBuild, ROOT, timeRun, type Run } from './build.ts';
import { measureDevUpdate } from './devserver.ts';
import { measureLoad, PROFILES, totals, type LoadRun, type Profile } from './load.ts';
import { formatCheck, formatFiles, formatResults } from './report.ts';
import type { BuildFigures, DeckFigures, LoadFigures, Results } from './results.ts';
import { measureScaling } from './scale.ts';
import { summarize } from './stats.ts';
import { optionalFigures } from './optional.ts';

const mode: Results['mode'] = process.argv.includes('--check') ? 'check' : process.argv.includes('--quick') ? 'quick' : 'full';
const REPEAT = { full: { build: 5, load: 9, dev: 5, scale: 3 }, quick: { build: 2, load: 2, dev: 2, scale: 1 }, check: { build: 1, load: 1, dev: 0, scale: 0 } }[mode];
const ARTICLE = path.join(ROOT, 'slides/microsoft-openai.txt');
const log = (line: string) => process.stderr.write(`${line}\n`);

const buildFigures = (runs: Run[]): BuildFigures => {
  const peaks = runs.map((r) => r.peakMB).filter((m): m is number => m !== undefined);
  return { seconds: summarize(runs.map((r) => r.seconds)), peakMB: peaks.length ? Math.max(...peaks) : undefined };
};

const loadFigures = (runs: LoadRun[]): LoadFigures => ({
  fcp: summarize(runs.map((r) => r.fcp)),
  firstSlide: summarize(runs.map((r) => r.firstSlide)),
  ready: summarize(runs.map((r) => r.ready)),
  cls: Math.max(...runs.map((r) => r.cls)),
});

/** Loads each deck `runs` times per profile, alternating decks run by run. */
async function loadAll(browser: Browser, urls: string[], profiles: Profile[], runs: number): Promise<DeckFigures[]> {
  const perDeck = urls.map(() => ({ all: [] as LoadRun[], byProfile: new Map<string, LoadRun[]>() }));
  for (const profile of profiles) {
    for (let i = 0; i < runs; i++) {
      for (const [d, url] of urls.entries()) {
        const run = await measureLoad(browser, url, profile);
        perDeck[d]!.all.push(run);
        perDeck[d]!.byProfile.set(profile.name, [...(perDeck[d]!.byProfile.get(profile.name) ?? []), run]);
      }
    }
    log(`  loaded in Chromium: ${profile.name} × ${runs}`);
  }
  return perDeck.map(({ all, byProfile }) => {
    // Sizes do not vary from run to run; the largest is kept should they ever.
    const heaviest = all.reduce((a, b) => (totals(b.transfers).gzip > totals(a.transfers).gzip ? b : a));
    const figures: DeckFigures = { transfer: { ...totals(heaviest.transfers), files: heaviest.transfers } };
    for (const [name, runs] of byProfile) figures[name as Profile['name']] = loadFigures(runs);
    return figures;
  });
}

/** A figure that fails to be measured is reported as missing; the rest of the run goes on. */
async function attempt<T>(name: string, measure: () => Promise<T>): Promise<T | undefined> {
  try {
    const value = await measure();
    log(`  ${name} measured`);
    return value;
  } catch (error) {
    log(`  ${name}: not measured: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'deck-bench-'));
  const browser = await launchBrowser();
  try {
    const { rendered, deck } = await compileFile(ARTICLE);
    const oursDir = path.join(dir, 'ours');
    const baseDir = path.join(dir, 'baseline');
    const withBaseline = mode !== 'check';
    if (withBaseline) await writeBaseline(baseDir, rendered);

    log(`deck bench (${mode}) in ${dir}`);
    // The command as `npm ci` leaves it: compiled to .build/ (after an edit, bin.mjs would run the sources).
    execFileSync('npm', ['run', '--silent', 'prepare'], { cwd: ROOT, stdio: 'inherit' });
    const commands = [ourBuild(ARTICLE, oursDir), ...(withBaseline ? [baselineBuild(baseDir)] : [])];
    const builds = withBaseline ? await interleave(commands, REPEAT.build, (i) => log(`  built ${i}/${REPEAT.build}`)) : [[await timeRun(commands[0]!)]];
    const first = withBaseline ? await interleave([ourFirstBuild(ARTICLE, oursDir), baselineBuild(baseDir)], REPEAT.build, (i) => log(`  built with an empty tag cache ${i}/${REPEAT.build}`)) : undefined;
    const bare = withBaseline ? await interleave([ourBuildNothingKept(ARTICLE, oursDir), baselineBuild(baseDir)], REPEAT.build, (i) => log(`  built with nothing kept ${i}/${REPEAT.build}`)) : undefined;
    const typed = mode === 'full' ? await interleave([ourBuildNpx(ARTICLE, oursDir), baselineBuildNpx(baseDir)], REPEAT.build, (i) => log(`  built with npx ${i}/${REPEAT.build}`)) : undefined;

    const servers = await Promise.all([serveDir(oursDir), ...(withBaseline ? [serveDir(path.join(baseDir, 'dist'))] : [])]);
    const urls = servers.map((s) => `${s.url}index.html`);
    const profiles = mode === 'check' ? PROFILES.filter((p) => p.name === 'desktop') : PROFILES;
    const [ours, baseline] = await loadAll(browser, urls, profiles, REPEAT.load);
    ours!.build = buildFigures(builds[0]!);
    if (baseline) baseline.build = buildFigures(builds[1]!);
    if (first) {
      ours!.buildFirst = buildFigures(first[0]!);
      if (baseline) baseline.buildFirst = buildFigures(first[1]!);
    }
    if (bare) {
      ours!.buildNothingKept = buildFigures(bare[0]!);
      if (baseline) baseline.buildNothingKept = buildFigures(bare[1]!);
    }
    if (typed) {
      ours!.buildNpx = buildFigures(typed[0]!);
      if (baseline) baseline.buildNpx = buildFigures(typed[1]!);
    }

    const partial: Omit<Results, 'budget'> = {
      date: new Date().toISOString(),
      mode,
      machine: { cpus: os.cpus().length, node: process.version, chromium: browser.version() },
      article: path.relative(ROOT, ARTICLE),
      slides: deck.slides.length,
      ours: ours!,
      baseline,
    };
    if (mode !== 'check') {
      partial.devUpdateMs = await attempt('dev server', () => measureDevUpdate(browser, ARTICLE, dir, REPEAT.dev));
      Object.assign(partial, await attempt('PDF export and Lighthouse', () => optionalFigures({ article: ARTICLE, dir, urls, quick: mode === 'quick' })));
      log('  scaling:');
      // Plain text is the bundled article's format; Markdown goes through remark as well.
      const formats = mode === 'full' ? (['text', 'markdown'] as const) : (['text'] as const);
      partial.scaling = [];
      for (const format of formats) partial.scaling.push(await measureScaling(dir, format, REPEAT.scale, log));
    }
    await Promise.all(servers.map((s) => s.close()));

    const results: Results = { ...partial, budget: mode === 'check' ? sizeChecks(partial) : allChecks(partial) };
    if (mode === 'check') {
      console.log(`deck bench --check: ${results.slides} slides, first load of the bundled deck:`);
      console.log([...formatFiles(results.ours), ...results.budget.map(formatCheck)].join('\n'));
    } else {
      console.log(formatResults(results));
    }
    const out = mode === 'full' ? path.join(ROOT, 'bench/results.json') : path.join(ROOT, `bench/out/results-${mode}.json`);
    await mkdir(path.dirname(out), { recursive: true });
    // Six significant digits: timer noise beyond that is not information.
    const rounded = (_: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v);
    await writeFile(out, `${JSON.stringify(results, rounded, 2)}\n`);
    log(`wrote ${path.relative(ROOT, out)}`);
    return sizeChecks(results).every((c) => c.ok) ? 0 : 1;
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
