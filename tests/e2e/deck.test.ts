/** The built deck in Chromium: what a speaker sees when they open it and press S. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileFile } from '../../src/pipeline.ts';
import { splitSentences } from '../../src/plan/sentences.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { ARTICLE, buildTo, FIXTURES } from '../helpers/build.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a built deck, recording console errors, failed requests and requests leaving 127.0.0.1. */
async function open(dir: string, url = '', viewport = { width: 1280, height: 720 }) {
  const server = await serveDir(dir);
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith('http://127.0.0.1:') && !r.url().startsWith('data:') && problems.push(`outside: ${r.url()}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(server.url + url);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  return { page, problems, close: async () => (await page.close(), await server.close()) };
}

const notesText = (page: Page) =>
  page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => s.querySelector('aside.notes')?.textContent ?? ''));

describe('the bundled article, built and opened in Chromium', () => {
  let dir: string;
  let expected: Awaited<ReturnType<typeof compileFile>>;
  beforeAll(async () => {
    const built = await buildTo(ARTICLE);
    dir = built.outDir;
    // The outline as the pipeline reads it (a build returns only the deck and its HTML).
    expected = await compileFile(ARTICLE);
  });

  it('is ready with one slide per planned slide, no console error and no failed or outside request', async () => {
    const { page, problems, close } = await open(dir);
    expect(await page.locator('.reveal .slides > section').count()).toBe(expected.deck.slides.length);
    expect(await page.evaluate(() => (window as any).deck.getTotalSlides())).toBe(expected.deck.slides.length);
    expect(await page.title()).toBe("The Dynamics of Microsoft's Collaboration with OpenAI");
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows every section heading and FAQ question as a slide title, and no "Post a Comment"', async () => {
    const { page, close } = await open(dir);
    const titles = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.querySelector('h1, h2')?.textContent?.trim()));
    for (const section of expected.outline.sections) expect(titles).toContain(section.heading);
    for (const item of expected.outline.faq) expect(titles).toContain(item.question);
    expect(await page.content()).not.toContain('Post a Comment');
    await close();
  });

  it('has notes on every slide, and every sentence of the article body is in the notes', async () => {
    const { page, close } = await open(dir);
    const notes = (await notesText(page)).map((n) => n.replace(/\s+/g, ' '));
    expect(notes.every((n) => n.trim().length > 0)).toBe(true);
    const all = notes.join('\n');
    const lines = readFileSync(ARTICLE, 'utf8').split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim());
    const body = lines.filter((l) => l.split(' ').length > 12).map((l) => l.replace(/^[–•-]\s*/, ''));
    expect(body.length).toBeGreaterThan(15);
    for (const paragraph of body) for (const sentence of splitSentences(paragraph, 'en')) expect(all).toContain(sentence);
    await close();
  });

  it('gives each slide a data-timing that adds up to the talk time the build reports', async () => {
    const { page, close } = await open(dir);
    const timings = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => Number(x.getAttribute('data-timing'))));
    expect(timings.every((t) => t >= 15)).toBe(true);
    expect(timings.reduce((a, b) => a + b, 0)).toBe(expected.deck.totalSeconds);
    await close();
  });

  it('opens at a deep link and follows the reader in the URL', async () => {
    const { page, close } = await open(dir, 'index.html#/4');
    expect(await page.evaluate(() => (window as any).deck.getIndices().h)).toBe(4);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toBe('#/5');
    await close();
  });

  it('works from a sub-path of any static server (relative URLs)', async () => {
    const { page, problems, close } = await open(dir, 'sub/path/index.html#/2');
    expect(await page.evaluate(() => (window as any).deck.getIndices().h)).toBe(2);
    expect(problems).toEqual([]);
    await close();
  });

  it('pressing S opens the speaker view with the current slide\'s notes and a pacing timer', async () => {
    const { page, problems, close } = await open(dir, 'index.html#/3');
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const section = expected.deck.slides[3]!;
    const firstSentence = (section.notes[0] as { text: string }).text.slice(0, 60);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.speaker-controls-notes')?.textContent ?? ''), { timeout: 15_000 }).toContain(firstSentence);
    expect(await popup.locator('.speaker-controls-time').count()).toBe(1);
    await expect.poll(() => popup.locator('.speaker-controls-time .pacing-title').isVisible(), { timeout: 5000 }).toBe(true);
    expect(await popup.locator('.speaker-controls-time .pacing').textContent()).toMatch(/\d\d:\d\d/);
    expect(problems).toEqual([]);
    await popup.close();
    await close();
  });
});

describe('articles of other shapes', () => {
  for (const name of ['markdown-talk.md', 'remote-work.txt', 'wrapped.txt']) {
    it(`${name}: builds, opens without errors, keeps every body sentence in the notes`, async () => {
      const built = await buildTo(path.join(FIXTURES, name));
      const { page, problems, close } = await open(built.outDir);
      expect(await page.locator('.reveal .slides > section').count()).toBe(built.compiled.deck.slides.length);
      const notes = (await notesText(page)).join('\n').replace(/\s+/g, ' ');
      const { outline } = await compileFile(path.join(FIXTURES, name));
      const blocks = [...outline.intro, ...outline.sections.flatMap(function all(s): typeof s.blocks {
        return [...s.blocks, ...s.subsections.flatMap(all)];
      }), ...outline.faq.flatMap((f) => f.answer), ...(outline.conclusion?.blocks ?? [])];
      const texts = blocks.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'figure' ? [] : [b.text]));
      for (const text of texts) for (const sentence of splitSentences(text, outline.lang)) expect(notes).toContain(sentence.replace(/\s+/g, ' '));
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('article text that closes tags stays text: no script runs, no element is injected', async () => {
    const built = await buildTo(path.join(FIXTURES, 'hostile.txt'));
    const { page, problems, close } = await open(built.outDir);
    for (let i = 0; i < built.compiled.deck.slides.length; i++) {
      await page.evaluate((n) => (window as any).deck.slide(n), i);
    }
    expect(problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
    expect(await page.locator('.reveal script, .reveal img, .reveal b').count()).toBe(0);
    const headings = await page.$$eval('.reveal h2', (h) => h.map((x) => x.textContent));
    expect(headings).toContain("Heading </aside><script>alert('heading')</script>");
    expect(headings).toContain("Is <script>alert('faq')</script> safe?");
    expect(await page.$$eval('aside.notes', (a) => a.map((x) => x.textContent).join(' '))).toContain("</aside><script>alert('answer')</script>");
    await close();
  });
});
