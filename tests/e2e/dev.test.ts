/** `npm run dev`: saving the article updates the open deck in place, on the same slide. */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deckViteConfig } from '../../src/vite/config.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ARTICLE, tempDir } from '../helpers/build.ts';

let browser: Browser;
let server: ViteDevServer;
let article: string;

beforeAll(async () => {
  article = path.join(await tempDir('dev'), 'talk.txt');
  await copyFile(ARTICLE, article);
  server = await createServer({ ...deckViteConfig({ article }), configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('saving the article re-renders the open deck without a reload and keeps the current slide', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const address = server.resolvedUrls?.local[0];
  await page.goto(`${address}#/5`);
  await page.waitForSelector('.reveal.ready');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  const before = await page.locator('.reveal .slides > section.present h2').textContent();

  const text = await readFile(article, 'utf8');
  await writeFile(article, text.replace('Cooperative Research and Development', 'Joint Research Lab'));

  await expect.poll(() => page.locator('.reveal .slides h2', { hasText: 'Joint Research Lab' }).count(), { timeout: 10_000 }).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  expect(await page.evaluate(() => (window as any).deck.getIndices().h)).toBe(5);
  expect(await page.locator('.reveal .slides > section.present h2').textContent()).toBe(before);
  expect(errors).toEqual([]);
  await page.close();
});
