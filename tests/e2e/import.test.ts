/** Imported articles in Chromium: a saved web page with its image, and a right-to-left deck. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { buildTo, FIXTURES } from '../helpers/build.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(dir: string, hash = '') {
  const server = await serveDir(dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
  page.on('request', (r) => !/^(http:\/\/127\.0\.0\.1:|data:)/.test(r.url()) && problems.push(`outside: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  await page.goto(`${server.url}index.html${hash}`);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  return { page, problems, close: async () => (await page.close(), await server.close()) };
}

describe('a saved web page, built', () => {
  let dir: string;
  let figureIndex: number;
  beforeAll(async () => {
    const built = await buildTo(path.join(FIXTURES, 'saved-page.html'));
    dir = built.outDir;
    figureIndex = built.compiled.deck.slides.findIndex((s) => s.kind === 'figure');
  });

  it('shows its local image on a figure slide, copied into the deck, and asks nothing of the network', async () => {
    expect(figureIndex).toBeGreaterThan(0);
    const { page, problems, close } = await open(dir, `#/${figureIndex}`);
    const image = page.locator('.reveal .slides > section.present figure img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
    expect(await image.getAttribute('alt')).toMatch(/^Bar chart/);
    expect(await image.getAttribute('src')).toBe('images/1-heat-chart.png');
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps the link and every body paragraph in the notes, and none of the page furniture', async () => {
    const { page, close } = await open(dir);
    const notes = (await page.$$eval('aside.notes', (a) => a.map((x) => x.textContent).join(' '))).replace(/\s+/g, ' ');
    const raw = await readFile(path.join(FIXTURES, 'saved-page.html'), 'utf8');
    const body = raw.slice(raw.indexOf('<div class="entry-content">'), raw.indexOf('<div class="sharedaddy'));
    const paragraphs = [...body.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, '').trim());
    for (const paragraph of paragraphs) expect(notes).toContain(paragraph);
    expect(await page.locator('aside.notes a[href="https://www.example.org/tree-study"]').count()).toBe(1);
    const everything = await page.evaluate(() => document.body.textContent ?? '');
    for (const furniture of ['We use cookies', 'Leave a Reply', 'Related posts', 'Recent Posts', 'Share on Twitter']) expect(everything).not.toContain(furniture);
    await close();
  });

  it('with --allow-remote, shows the remote image too and lets the policy load it', async () => {
    const built = await buildTo(path.join(FIXTURES, 'saved-page.html'), { allowRemote: true });
    const html = await readFile(path.join(built.outDir, 'index.html'), 'utf8');
    expect(html).toContain('src="https://cdn.example.net/photos/plane-trees.jpg"');
    expect(html).toMatch(/img-src &#39;self&#39; data: https:/);
  });
});

describe('a Hebrew article, built', () => {
  let dir: string;
  beforeAll(async () => {
    dir = (await buildTo(path.join(FIXTURES, 'solar-he.md'))).outDir;
  });

  it('reads right to left: text starts at the right, the arrows sit at the left, and ← goes forward', async () => {
    const { page, problems, close } = await open(dir, '#/2');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('he');
    expect(await page.locator('.reveal.rtl').count()).toBe(1);
    const heading = await page.locator('.reveal .slides > section.present h2').boundingBox();
    expect(heading!.x + heading!.width).toBeGreaterThan(1000); // flush with the right edge of the slide
    const arrows = await page.locator('.reveal .controls').boundingBox();
    expect(arrows!.x).toBeLessThan(300);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.evaluate(() => (window as any).deck.getIndices().h)).toBe(3);
    expect(problems).toEqual([]);
    await close();
  });
});
