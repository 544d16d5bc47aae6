/**
 * A technical article as its audience sees it: code, table, quote and formula slides in both
 * themes and both sizes (screenshots in tests/.output/technical/), on a phone, in the PDF and in
 * the single file. Overflow at 1280×720 and 1920×1080 is checked with every other fixture in
 * design.test.ts.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'vite';
import { exportPdf } from '../../src/export/pdf.ts';
import { deckViteConfig } from '../../src/vite/config.ts';
import { buildSingleFile } from '../../src/single/build.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { buildTo, FIXTURES, ROOT, tempDir } from '../helpers/build.ts';
import { fonts, pageTexts } from '../helpers/pdf.ts';

const ARTICLE = path.join(FIXTURES, 'technical-cache.md');
const SHOTS = path.join(ROOT, 'tests/.output/technical');
const KINDS = ['code', 'table', 'quote', 'math'] as const;

let browser: Browser;
let deckDir: string;
let server: Awaited<ReturnType<typeof serveDir>>;
beforeAll(async () => {
  [browser, { outDir: deckDir }] = await Promise.all([launchBrowser(), buildTo(ARTICLE)]);
  server = await serveDir(deckDir);
  await mkdir(SHOTS, { recursive: true });
}, 180_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

/** The deck at a size and scheme, fitted; `show(i)` goes to slide i. */
async function open(url: string, width: number, height: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  await page.waitForSelector('html[data-fitted]', { timeout: 10_000 });
  const kinds = await page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > section'), (s) => s.dataset.kind!));
  const show = async (i: number) => {
    await page.evaluate((n) => (window as any).deck.slide(n), i);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };
  return { page, kinds, show, close: () => context.close() };
}

const tokenColour = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector('.reveal .present .code-block .line span')!).color);

describe('technical slides in a browser', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      it(`look right at ${width}×${height} in the ${scheme} theme: readable code, real table, large quote, typeset formula`, async () => {
        const { page, kinds, show, close } = await open(`${server.url}index.html`, width, height, scheme);
        for (const kind of KINDS) {
          const i = kinds.indexOf(kind);
          expect(i, kind).toBeGreaterThan(0);
          await show(i);
          await page.screenshot({ path: path.join(SHOTS, `${scheme}-${width}x${height}-${kind}.png`) });
        }
        const scale = await page.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides')!.getBoundingClientRect().width / 1280);
        // Code is never shrunk below 18 px on the 1280 × 720 slide, whatever the fitting did.
        for (const [i, kind] of kinds.entries()) {
          if (kind !== 'code') continue;
          await show(i);
          const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.reveal .present pre.code')!).fontSize));
          expect(size, `slide ${i + 1}`).toBeGreaterThanOrEqual(18);
        }
        await show(kinds.indexOf('table'));
        const table = await page.evaluate(() => {
          const cell = document.querySelector<HTMLElement>('.reveal .present tbody tr:first-child td:nth-child(2)')!;
          const rows = Array.from(document.querySelectorAll('.reveal .present tbody tr'), (r) => getComputedStyle(r).backgroundColor);
          return { align: getComputedStyle(cell).textAlign, headers: document.querySelectorAll('.reveal .present thead th').length, zebra: new Set(rows).size };
        });
        expect(table).toEqual({ align: 'end', headers: 5, zebra: 2 });
        await show(kinds.indexOf('math'));
        const formula = await page.evaluate(async () => {
          await document.fonts.ready;
          return { mathml: Boolean(document.querySelector('.reveal .present .katex-display math annotation')), font: document.fonts.check('20px KaTeX_Main') };
        });
        expect(formula).toEqual({ mathml: true, font: true });
        expect(scale).toBeGreaterThan(0);
        await close();
      });
    }
  }

  it('colours code for the theme: the same token differs between light and dark', async () => {
    const colours: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const { kinds, show, page, close } = await open(`${server.url}index.html`, 1280, 720, scheme);
      await show(kinds.indexOf('code'));
      colours.push(await tokenColour(page));
      await close();
    }
    expect(colours[0]).not.toBe(colours[1]);
  });

  it('reads on a phone: the page never scrolls sideways, a long code line scrolls inside its block', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: scheme });
      const page = await context.newPage();
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
      const seen = await page.evaluate(() => {
        const root = document.scrollingElement!;
        const blocks = Array.from(document.querySelectorAll<HTMLElement>('.code-block'));
        const width = document.documentElement.clientWidth;
        return {
          pageScrolls: root.scrollWidth > root.clientWidth + 1,
          blocksInside: blocks.every((b) => b.getBoundingClientRect().right <= width + 1 && b.getBoundingClientRect().left >= -1),
          someBlockScrolls: blocks.some((b) => b.scrollWidth > b.clientWidth + 1 && getComputedStyle(b).overflowX === 'auto'),
          codeSize: parseFloat(getComputedStyle(document.querySelector('.code-block pre')!).fontSize),
        };
      });
      expect(seen).toEqual({ pageScrolls: false, blocksInside: true, someBlockScrolls: true, codeSize: 16 });
      for (const kind of KINDS) {
        await page.evaluate((k) => document.querySelector(`.slides section[data-kind="${k}"]`)!.scrollIntoView(), kind);
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        await page.screenshot({ path: path.join(SHOTS, `phone-${scheme}-${kind}.png`) });
      }
      await context.close();
    }
  });

  it('prints every layout into the PDF with its code and cells as text', async () => {
    const out = path.join(await tempDir('technical-pdf'), 'talk.pdf');
    await exportPdf(deckDir, out);
    const text = (await pageTexts(out)).join(' ');
    expect(text).toContain('def product_page(request, product_id):');
    expect(text).toContain('1,240,000');
    expect(text).toContain('Tomás Ferreira');
    // The formula is drawn in KaTeX's own faces, embedded in the file.
    expect((await fonts(out)).filter((f) => /KaTeX_Main/.test(f.name)).every((f) => f.embedded)).toBe(true);
    expect((await fonts(out)).some((f) => /KaTeX_Main/.test(f.name))).toBe(true);
  });

  it('works as a single offline file: fonts and styles inlined, formulas and colours there', async () => {
    const out = path.join(await tempDir('technical-single'), 'talk.html');
    await buildSingleFile(ARTICLE, out);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/url\(data:font\/woff2;base64,/);
    const { page, kinds, show, close } = await open(pathToFileURL(out).href, 1280, 720, 'dark');
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(r.url()));
    // A style attribute the file's policy did not allow (each token's colours, KaTeX's layout) would be a console error.
    page.on('console', (m) => m.type() === 'error' && failed.push(m.text()));
    await page.reload();
    await page.waitForSelector('html[data-fitted]', { timeout: 20_000 });
    await show(kinds.indexOf('math'));
    expect(await page.evaluate(() => document.fonts.check('20px KaTeX_Main'))).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'single-dark-math.png') });
    await show(kinds.indexOf('code'));
    // `def`, a keyword: github-dark-default's #ff7b72, from the token's own style attribute.
    expect(await tokenColour(page)).toBe('rgb(255, 123, 114)');
    await page.screenshot({ path: path.join(SHOTS, 'single-dark-code.png') });
    expect(failed).toEqual([]);
    await close();
  });

  it('serves the features stylesheet on the dev server too', async () => {
    const dev = await createServer({ ...deckViteConfig({ article: ARTICLE }), configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
    await dev.listen();
    try {
      const url = dev.resolvedUrls!.local[0]!;
      expect(await (await fetch(url, { headers: { accept: 'text/html' } })).text()).toContain('href="/assets/features.css"');
      const css = await fetch(`${url}assets/features.css`, { headers: { accept: 'text/css,*/*;q=0.1' } });
      expect(css.headers.get('content-type')).toBe('text/css');
      const text = await css.text();
      for (const rule of ['.code-block', 'table.data', 'figure.quote', '.katex']) expect(text).toContain(rule);
    } finally {
      await dev.close();
    }
  });

  it('leaves a deck without code, tables, quotes or formulas without their styles and fonts', async () => {
    const { outDir } = await buildTo(path.join(FIXTURES, 'dated.md'));
    const files = await readdir(path.join(outDir, 'assets'));
    expect(files.filter((f) => f.endsWith('.woff2'))).toEqual([]);
    const css = await Promise.all(files.filter((f) => f.endsWith('.css')).map((f) => readFile(path.join(outDir, 'assets', f), 'utf8')));
    for (const rule of ['.code-block', 'table.data', 'figure.quote', '.katex', '--shiki-']) expect(css.join('\n')).not.toContain(rule);
  });
});
