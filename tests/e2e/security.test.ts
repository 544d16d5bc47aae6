/**
 * Hostile articles in Chromium: payloads in every position of a text, Markdown and HTML article
 * never run, never add an element, and never trip the Content-Security-Policy (they are escaped
 * before the policy is ever needed). The policy itself is strict, blocks inline code, and still
 * lets the deck and its speaker view work.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'hast';
import type { Browser, Page } from 'playwright-core';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPage } from '../helpers/page-audit.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { ARTICLE, buildTo, tempDir } from '../helpers/build.ts';
import { htmlArticle, markdownArticle, PAYLOADS, textArticle } from '../fixtures/payloads.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Records dialogs, policy violations, console errors and requests that leave 127.0.0.1. */
function watch(page: Page, problems: string[]) {
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => !/^(http:\/\/127\.0\.0\.1:|data:|about:)/.test(r.url()) && problems.push(`outside: ${r.url()}`));
}

async function open(dir: string) {
  const server = await serveDir(dir);
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  watch(page, problems);
  page.on('popup', (popup) => watch(popup, problems));
  await page.goto(server.url);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  return { page, problems, close: async () => (await page.close(), await server.close()) };
}

/**
 * Everything a payload that ran would have left behind. The speaker view is allowed its own
 * inline script and its two preview frames of the deck (`?receiver`).
 */
const injected = (page: Page, speakerView = false) =>
  page.evaluate((speaker) => {
    const selector = '[id^="inj"], base, object, embed, iframe, meta[http-equiv="refresh" i], a[href^="javascript" i], a[href^="data" i]';
    const own = (e: Element) => speaker && e instanceof HTMLIFrameElement && new URL(e.src).search.startsWith('?receiver');
    const found = [...document.querySelectorAll(selector)].filter((e) => !own(e)).map((e) => e.outerHTML.slice(0, 80));
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
    }
    const inline = [...document.querySelectorAll('script')].filter((s) => !s.src);
    if (inline.length > (speaker ? 1 : 0)) found.push(`${inline.length} inline scripts`);
    return found;
  }, speakerView);

/** The policy the page's `<meta http-equiv="Content-Security-Policy">` sets, as the browser reads it. */
function policyOf(html: string): string {
  const stack: Nodes[] = [unified().use(rehypeParse).parse(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element' && node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'content-security-policy') {
      return String(node.properties.content);
    }
    if ('children' in node) stack.push(...node.children);
  }
  return '';
}

async function writeArticle(name: string, text: string): Promise<string> {
  const file = path.join(await tempDir('hostile'), name);
  await writeFile(file, text);
  return file;
}

const FORMATS: [string, () => string][] = [
  ['hostile.txt', textArticle],
  ['hostile.md', markdownArticle],
  ['hostile.html', htmlArticle],
];

describe.each(FORMATS)('%s: every payload in every position', (name, article) => {
  let dir: string;
  let slides: number;
  beforeAll(async () => {
    const built = await buildTo(await writeArticle(name, article()));
    dir = built.outDir;
    slides = built.compiled.deck.slides.length;
  });

  it('runs nothing, injects nothing and trips no policy, on any slide or in the speaker view', async () => {
    const { page, problems, close } = await open(dir);
    for (let i = 0; i < slides; i++) await page.evaluate((n) => (window as any).deck.slide(n), i);
    expect(await injected(page)).toEqual([]);

    await page.evaluate(() => (window as any).deck.slide(2));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.speaker-controls-notes .value')?.textContent ?? ''), { timeout: 15_000 }).not.toBe('');
    for (let i = 0; i < slides; i += 3) await page.evaluate((n) => (window as any).deck.slide(n), i);
    await page.waitForTimeout(300);
    expect(await injected(popup, true)).toEqual([]);
    for (const frame of popup.frames()) expect(await frame.evaluate(() => document.querySelectorAll('[id^="inj"]').length)).toBe(0);
    expect(problems).toEqual([]);
    await popup.close();
    await close();
  });

  it('shows the escaped payloads as text', async () => {
    const { page, close } = await open(dir);
    const text = (await page.evaluate(() => document.body.textContent ?? '')).replace(/\s+/g, ' ');
    for (const payload of PAYLOADS) expect(text).toContain(payload);
    await close();
  });
});

describe('the Content-Security-Policy of a built deck', () => {
  let dir: string;
  beforeAll(async () => {
    dir = (await buildTo(ARTICLE)).outDir;
  });

  it('allows scripts only from the deck itself: no unsafe-inline, no unsafe-eval, no inline script in the page', async () => {
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const policy = policyOf(html);
    const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
    expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    expect(policy).toMatch(/default-src 'self'/);
    expect(policy).toMatch(/object-src 'none'/);
    expect(auditPage(html)).toEqual([]);
  });

  it('blocks code injected into the page, while the deck still starts', async () => {
    const page = path.join(dir, 'index.html');
    const original = await readFile(page, 'utf8');
    await writeFile(page, original.replace('</body>', `<script>alert('inline')</script><img src="x" onerror="alert('handler')"></body>`));
    try {
      const { page: tab, problems, close } = await open(dir);
      await tab.waitForTimeout(300);
      expect(problems.filter((p) => p.startsWith('dialog'))).toEqual([]);
      expect(problems.some((p) => /Content Security Policy/i.test(p))).toBe(true);
      expect(await tab.evaluate(() => (window as any).deck.getTotalSlides())).toBeGreaterThan(3);
      await close();
    } finally {
      await writeFile(page, original);
    }
  });

  it('lets the speaker view run under the policy: S shows the notes and the timer', async () => {
    const { page, problems, close } = await open(dir);
    await page.evaluate(() => (window as any).deck.slide(3));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = await page.evaluate(() => document.querySelectorAll('.reveal .slides > section')[3]!.querySelector('aside.notes')!.textContent!.trim().slice(0, 50));
    await expect.poll(() => popup.evaluate(() => document.querySelector('.speaker-controls-notes')?.textContent ?? ''), { timeout: 15_000 }).toContain(notes);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.speaker-controls-time .clock-value')?.textContent ?? ''), { timeout: 5_000 }).not.toBe('0:00 AM');
    expect(problems).toEqual([]);
    await popup.close();
    await close();
  });
});
