/**
 * Dev-server update time: Vite with our config serves a copy of the article; Chromium shows the
 * deck; the article is saved with a changed heading, and the time runs from the save until the
 * page holds the new text (the runtime stamps `data-deck-updated` with Date.now() when it swaps
 * the slides in; Node and Chromium share the machine's clock).
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { deckViteConfig } from '../src/vite/config.ts';
import { summarize, type Summary } from './stats.ts';

export async function measureDevUpdate(browser: Browser, article: string, dir: string, runs: number): Promise<Summary> {
  const copy = path.join(dir, `dev-${path.basename(article)}`);
  await copyFile(article, copy);
  const original = await readFile(copy, 'utf8');
  const base = deckViteConfig({ article: copy });
  const server = await createServer({ ...base, configFile: false, logLevel: 'silent', server: { ...base.server, port: 0 } });
  await server.listen();
  const page = await browser.newPage();
  // The runtime logs a failed re-render (deck:error) as a warning: shown if an update never comes.
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    await page.goto(server.resolvedUrls!.local[0]!);
    await page.waitForSelector('.reveal.ready', { timeout: 60_000 });
    // A section heading: a slide title that is a line of the article (not "Agenda", "Timeline"…).
    const titles = await page.$$eval('.reveal .slides > section h2', (h) => h.map((x) => x.textContent?.trim() ?? ''));
    const heading = titles.find((t) => t.length > 8 && original.includes(`\n${t}\n`));
    if (!heading) throw new Error('dev bench: no slide title is a line of the article');
    const times: number[] = [];
    // One extra round first: the first update also warms the server's compile path.
    for (let i = 0; i <= runs; i++) {
      const marker = `${heading} (edit ${i})`;
      // Apart as saves are: the file watcher folds changes that come within a few milliseconds.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await page.evaluate(() => delete document.documentElement.dataset.deckUpdated);
      const saved = Date.now();
      await writeFile(copy, original.replace(heading, marker));
      await page
        .waitForFunction(
          (text) => Boolean(document.documentElement.dataset.deckUpdated) && document.querySelector('.reveal .slides')!.textContent!.includes(text),
          marker,
          { polling: 'raf', timeout: 30_000 },
        )
        .catch((error: Error) => {
          throw new Error(`dev bench: the slides never showed "${marker}" (${warnings.at(-1) ?? error.message})`);
        });
      const updated = Number(await page.evaluate(() => document.documentElement.dataset.deckUpdated));
      if (i > 0) times.push(updated - saved);
    }
    return summarize(times);
  } finally {
    await page.close();
    await server.close();
  }
}
