/**
 * A site of decks in Chromium, as a reader meets it: the index page on a laptop (1280×720) and a
 * phone (390×844), light and dark, then every link on it — each deck, its PDF and its single file.
 * Screenshots go to tests/.output/site/.
 */
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type SiteResult } from '../../src/site/build.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { FIXTURES, ROOT, tempDir } from '../helpers/build.ts';
import { horizontalOverflow, smallestText } from '../helpers/mobile.ts';

const SHOTS = path.join(ROOT, 'tests/.output/site');
let browser: Browser;
let served: Awaited<ReturnType<typeof serveDir>>;
let result: SiteResult;

beforeAll(async () => {
  const work = await tempDir('site-e2e');
  await cp(path.join(FIXTURES, 'site'), path.join(work, 'articles'), { recursive: true });
  await cp(path.join(FIXTURES, 'solar-he.md'), path.join(work, 'articles', 'solar-he.md'));
  [result, browser] = await Promise.all([buildSite(path.join(work, 'articles'), path.join(work, 'site'), { pdf: true, singleFile: true }), launchBrowser()]);
  served = await serveDir(result.outDir);
  await mkdir(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

/** Opens the index with every request outside the site recorded, and every console error. */
async function openIndex(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark', extra = {}) {
  const context = await browser.newContext({ viewport, colorScheme, ...extra });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => !r.url().startsWith(served.url) && problems.push(`fetched ${r.url()}`));
  await page.goto(`${served.url}index.html`, { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

const cardCount = (page: Page) => page.locator('li.deck').count();

describe('the site index', () => {
  it('lists every deck, readable on a laptop in both themes, with nothing fetched from elsewhere', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems, close } = await openIndex({ width: 1280, height: 720 }, scheme);
      expect(await cardCount(page)).toBe(5);
      expect(await page.locator('.decks').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length)).toBeGreaterThan(1);
      const [bg, fg] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
      expect(bg).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(18, 21, 28)');
      expect(fg).toBe(scheme === 'light' ? 'rgb(23, 27, 36)' : 'rgb(238, 241, 247)');
      await page.screenshot({ path: path.join(SHOTS, `index-1280-${scheme}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('reads on a phone: one column, no sideways scrolling, text at least 16 px', async () => {
    const { page, problems, close } = await openIndex({ width: 390, height: 844 }, 'light', { isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    expect(await page.locator('.decks').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length)).toBe(1);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect((await smallestText(page)).size).toBeGreaterThanOrEqual(16);
    await page.screenshot({ path: path.join(SHOTS, 'index-390.png'), fullPage: true });
    expect(problems).toEqual([]);
    await close();
  });

  it('opens every deck it links, from the site root and from under a sub-path', async () => {
    const { page, close } = await openIndex({ width: 1280, height: 720 }, 'light');
    const links = await page.locator('a.link--deck').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links).toHaveLength(5);
    for (const [i, href] of links.entries()) {
      const problems: string[] = [];
      const deck = await page.context().newPage();
      deck.on('pageerror', (e) => problems.push(e.message));
      deck.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await deck.goto(new URL(href, i % 2 ? `${served.url}sub/path/` : served.url).href);
      await deck.waitForSelector('.reveal.ready', { timeout: 30_000 });
      expect(await deck.locator('.slides > section').count()).toBeGreaterThan(3);
      if (i === 0) await deck.screenshot({ path: path.join(SHOTS, 'first-deck.png') });
      expect(problems).toEqual([]);
      await deck.close();
    }
    await close();
  });

  it('links each deck’s PDF and single file, and both are there', async () => {
    const { page, close } = await openIndex({ width: 1280, height: 720 }, 'light');
    const hrefs = await page.locator('.deck-links a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const pdfs = hrefs.filter((h) => h.endsWith('.pdf'));
    const singles = hrefs.filter((h) => /\/([^/]+)\/\1\.html$/.test(h));
    expect([pdfs.length, singles.length]).toEqual([5, 5]);
    for (const href of [...pdfs, ...singles]) {
      const response = await page.request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toMatch(href.endsWith('.pdf') ? /application\/pdf/ : /text\/html/);
    }
    const single = await page.context().newPage();
    await single.goto(singles[0]!);
    await single.waitForSelector('.reveal.ready', { timeout: 30_000 });
    await close();
  });
});
