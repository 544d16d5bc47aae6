/**
 * Lighthouse 12 with its mobile preset (its default config: a phone screen, simulated slow 4G,
 * 4× CPU slowdown) on a deck served at `url`, in Debian's Chromium. Scores are 0–100, the median
 * of a few runs: one run swings by several points on a busy machine.
 *
 * Alone: `npx tsx bench/lighthouse.ts <builtDir> [--gzip] [--runs N] [--json report.json]`.
 * --gzip serves the folder compressed, as any static host does; without it the transfer sizes
 * Lighthouse simulates are the raw file sizes.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromePath, CHROMIUM_ARGS, serveDir } from '../tests/helpers/browser.ts';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
}

export interface LighthouseRun extends LighthouseScores {
  /** Audits under full marks, with Lighthouse's own summary. */
  failing: { id: string; category: string; score: number | null; displayValue?: string }[];
  metrics: Record<string, number | undefined>;
  report: unknown;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export async function runLighthouse(url: string, runs = 3): Promise<LighthouseScores> {
  const all: LighthouseScores[] = [];
  for (let i = 0; i < runs; i++) all.push(await runLighthouseOnce(url));
  const median = (key: keyof LighthouseScores) => all.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  return { performance: median('performance'), accessibility: median('accessibility'), bestPractices: median('bestPractices') };
}

export async function runLighthouseOnce(url: string): Promise<LighthouseRun> {
  // chrome-launcher adds its own flags; the shared `--headless` becomes the new headless mode.
  const flags = CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag));
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: flags, logLevel: 'silent' });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failing = CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .map((ref) => lhr.audits[ref.id]!)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => ({ id: audit.id, category, score: audit.score, displayValue: audit.displayValue })),
    );
    const metric = (id: string) => lhr.audits[id]?.numericValue;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      failing,
      metrics: {
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        totalBlockingTime: metric('total-blocking-time'),
        cumulativeLayoutShift: metric('cumulative-layout-shift'),
        speedIndex: metric('speed-index'),
      },
      report: lhr,
    };
  } finally {
    await chrome.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir] = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !/^--(runs|json)$/.test(all[i - 1] ?? ''));
  const option = (name: string) => process.argv[process.argv.indexOf(name) + 1];
  if (!dir) {
    console.error('usage: npx tsx bench/lighthouse.ts <builtDir> [--gzip] [--runs N] [--json report.json]');
    process.exit(2);
  }
  const served = await serveDir(path.resolve(dir), { gzip: process.argv.includes('--gzip') });
  try {
    const runs = process.argv.includes('--runs') ? Number(option('--runs')) : 1;
    for (let i = 0; i < runs; i++) {
      const run = await runLighthouseOnce(`${served.url}index.html`);
      if (process.argv.includes('--json')) await writeFile(option('--json')!.replace(/(\.json)?$/, runs > 1 ? `-${i}.json` : '.json'), JSON.stringify(run.report));
      const metrics = Object.fromEntries(Object.entries(run.metrics).map(([k, v]) => [k, Math.round((v ?? 0) * 1000) / 1000]));
      console.log(JSON.stringify({ performance: run.performance, accessibility: run.accessibility, bestPractices: run.bestPractices, metrics, failing: run.failing.map((f) => `${f.id} ${f.displayValue ?? ''} (${f.score})`) }));
    }
  } finally {
    await served.close();
  }
}
