/**
 * `deck check`: builds the deck (or takes a built one), opens it in Chromium at 1280 × 720 in the
 * light and the dark colour scheme, visits every slide with every fragment shown, and collects
 * the problems a speaker would rather hear about before the talk than during it.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { buildDeck } from '../build/deck.ts';
import { removeOnInterrupt } from '../build/interrupt.ts';
import { launch } from '../export/browser.ts';
import { serveDir } from '../export/serve.ts';
import type { ThemeName } from '../types.ts';
import { readDeckJson } from '../vite/deck-json.ts';
import type { BrandOptions } from '../options.ts';
import { brandContrastProblems } from './brand-contrast.ts';
import { contrastProblems, layoutProblems, type Problem } from './problems.ts';
import { probeSlide, type SlideProbe } from './probe.ts';

export interface CheckOptions {
  theme?: ThemeName;
  /** Brand options from the command line (src/cli/brand-options.ts). */
  brand?: BrandOptions;
  width?: number;
  height?: number;
}

export interface CheckResult {
  /** The article the problems' line numbers refer to (or the built page, when only that is known). */
  file: string;
  slides: number;
  problems: Problem[];
}

const SCHEMES = ['light', 'dark'] as const;

/** The part of reveal.js's API the check uses, on `window.deck`. */
interface RevealDeck {
  configure(options: object): void;
  getTotalSlides(): number;
  getConfig(): { width?: number | string };
  slide(index: number): void;
}

export async function checkDeck(target: string, options: CheckOptions = {}): Promise<CheckResult> {
  const isDir = (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
  const temp = isDir ? undefined : await mkdtemp(path.join(tmpdir(), 'deck-check-'));
  const forget = removeOnInterrupt(() => (temp ? [temp] : []));
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDir>> | undefined;
  try {
    const dir = isDir ? target : (await buildDeck(target, path.join(temp!, 'deck'), { theme: options.theme, brand: options.brand })).outDir;
    server = await serveDir(dir);
    browser = await launch();
    const probes: Record<string, SlideProbe[]> = {};
    for (const scheme of SCHEMES) probes[scheme] = await probeDeck(browser, server.url, scheme, options);
    const light = probes.light!;
    const json = await readDeckJson(dir);
    // A brand's own colours first, deck-wide, at their front matter lines.
    const brand: Problem[] = json.brand ? brandContrastProblems(json.brand) : [];
    const slides: Problem[] = light.flatMap((probe, i) =>
      [...layoutProblems(probe), ...SCHEMES.flatMap((scheme) => contrastProblems(probes[scheme]![i]!, scheme))].map((message) => ({
        slide: i + 1,
        title: probe.title,
        line: probe.line,
        message,
      })),
    );
    // A built deck names its article in deck.json; the problems' lines are the article's lines.
    const file = isDir ? json.source : target;
    return { file, slides: light.length, problems: [...brand, ...slides] };
  } finally {
    forget();
    await browser?.close();
    await server?.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

async function probeDeck(
  browser: Browser,
  url: string,
  scheme: 'light' | 'dark',
  options: CheckOptions,
): Promise<SlideProbe[]> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 720 },
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  try {
    const page = await context.newPage();
    // Bundlers may wrap functions in __name(); the page has no such helper.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(`${url}index.html`);
    await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
    await page.waitForSelector('html[data-fitted]', { timeout: 10_000 });
    const { count, slideWidth } = await page.evaluate(() => {
      const deck = (window as unknown as { deck: RevealDeck }).deck;
      deck.configure({ fragments: false });
      return { count: deck.getTotalSlides(), slideWidth: Number(deck.getConfig().width) || 1280 };
    });
    const probes: SlideProbe[] = [];
    for (let i = 0; i < count; i++) {
      await page.evaluate((n) => (window as unknown as { deck: RevealDeck }).deck.slide(n), i);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      probes.push(await page.evaluate(probeSlide, { index: i, slideWidth }));
    }
    return probes;
  } finally {
    await context.close();
  }
}
