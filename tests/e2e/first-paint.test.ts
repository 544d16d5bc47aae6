/**
 * The critical path of the built deck (issue 6): the first slide is on screen from the HTML and its
 * stylesheet alone, exactly where reveal.js will put it, and code for the speaker view, search and
 * zoom is fetched only when first used. Sizes are checked by `bench/run.ts --check` in CI.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { ARTICLE, buildTo } from '../helpers/build.ts';

let browser: Browser;
let dir: string;
let title: string;
beforeAll(async () => {
  browser = await launchBrowser();
  const built = await buildTo(ARTICLE);
  dir = built.outDir;
  title = built.compiled.deck.slides[0]!.title;
});
afterAll(async () => {
  await browser?.close();
});

/** Where the first slide's title is on screen, or null when it is not visible. */
const titleBox = (page: Page) =>
  page.evaluate(() => {
    const h = document.querySelector<HTMLElement>('.reveal .slides > section h1');
    if (!h || !h.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return null;
    const r = h.getBoundingClientRect();
    return { text: h.textContent, x: Math.round(r.x), y: Math.round(r.y), width: Math.round(r.width), height: Math.round(r.height) };
  });

describe('the first slide, before and after reveal.js starts', () => {
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1000, height: 800 },
    { width: 1920, height: 1080 },
  ]) {
    it(`${viewport.width}×${viewport.height}: shows without any script, where reveal.js then keeps it`, async () => {
      const server = await serveDir(dir);
      const noScript = await browser.newPage({ viewport });
      await noScript.route('**/*.js', (route) => route.abort());
      await noScript.goto(`${server.url}index.html`);
      const before = await titleBox(noScript);
      expect(before?.text).toBe(title);
      // Scaled like reveal.js: a 1280 × 720 slide fit into the window less 4 %.
      expect(before!.x).toBeGreaterThan(0);
      expect(before!.x + before!.width).toBeLessThan(viewport.width);

      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector('.reveal.ready');
      expect(await titleBox(page)).toEqual(before);
      await Promise.all([noScript.close(), page.close()]);
      await server.close();
    });
  }

  it('paints before the deck is ready, and nothing on the page shifts while it loads', async () => {
    const server = await serveDir(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.addInitScript({
      content: `window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push(e.value); }).observe({ type: 'layout-shift', buffered: true });
        new MutationObserver((_, o) => { if (document.querySelector('.reveal.ready')) { window.__ready = performance.now(); o.disconnect(); } }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });`,
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('.reveal.ready');
    await page.waitForTimeout(300);
    const { fcp, ready, shifts } = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      ready: (window as unknown as { __ready: number }).__ready,
      shifts: (window as unknown as { __shifts: number[] }).__shifts,
    }));
    expect(fcp).toBeLessThan(ready);
    expect(shifts).toEqual([]);
    await page.close();
    await server.close();
  });
});

describe('the theme, before any script runs', () => {
  it('paints the page in the theme the article or the command chose, and in the system colours for auto', async () => {
    const dark = (await buildTo(ARTICLE, { theme: 'dark' })).outDir;
    const background = async (deck: string, colorScheme: 'light' | 'dark') => {
      const server = await serveDir(deck);
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme });
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(`${server.url}index.html`);
      const colour = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      await page.close();
      await server.close();
      return colour;
    };
    const [light, night] = ['rgb(255, 255, 255)', 'rgb(18, 21, 28)'];
    expect(await background(dark, 'light')).toBe(night);
    expect(await background(dir, 'light')).toBe(light);
    expect(await background(dir, 'dark')).toBe(night);
  });
});

describe('code fetched on first use', () => {
  it('loads no speaker view, search or zoom code until the speaker asks for it', async () => {
    const server = await serveDir(dir);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const lazy: string[] = [];
    page.on('request', (r) => {
      const name = /\/(notes|search|zoom)-[^/]*\.js$/.exec(r.url())?.[1];
      if (name) lazy.push(name);
    });
    await page.goto(`${server.url}index.html`);
    await page.waitForSelector('.reveal.ready');
    await page.waitForLoadState('networkidle');
    expect(lazy).toEqual([]);
    // ⌘ rather than Ctrl: Ctrl alone already fetches zoom (Ctrl+click zooms on Linux).
    await page.keyboard.press('Meta+Shift+F');
    await expect.poll(() => lazy).toEqual(['search']);
    await page.close();
    await server.close();
  });
});
