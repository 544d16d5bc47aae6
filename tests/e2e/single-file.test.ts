/**
 * The single-file deck opened by double click: file:// in Chromium with every network request
 * blocked. What a speaker notices: it opens, the notes and speaker view work, nothing is fetched.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureSingleFile } from '../../bench/single-size.ts';
import { main } from '../../src/cli/main.ts';
import { buildSingleFile, type SingleFileResult } from '../../src/single/build.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ARTICLE, FIXTURES, tempDir } from '../helpers/build.ts';

let browser: Browser;
let built: SingleFileResult;
beforeAll(async () => {
  browser = await launchBrowser();
  built = await buildSingleFile(ARTICLE, path.join(await tempDir('single'), 'talk.html'));
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and dialogs of every window and frame. */
  problems: string[];
  /** Every request that is neither this file nor a data: URL. */
  outside: string[];
  close: () => Promise<void>;
}

/** Opens `file` from file:// the way a double click does, with the network cut off. */
async function openFile(file: string, hash = '', options: Parameters<Browser['newContext']>[0] = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const url = `file://${encodeURI(file)}`;
  const problems: string[] = [];
  const outside: string[] = [];
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const watch = (page: Page) => {
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => (problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    page.on('request', (r) => !r.url().startsWith(url) && !r.url().startsWith('data:') && outside.push(r.url()));
  };
  context.on('page', watch);
  const page = await context.newPage();
  await page.goto(url + hash);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  return { page, context, problems, outside, close: () => context.close() };
}

/** A plain red PNG of the given size. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([200, 60, 60]))]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
}

const notesOf = (page: Page) => page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.querySelector('aside.notes')?.textContent ?? ''));

describe('the bundled article as one file, opened from file:// with the network blocked', () => {
  it('is ready with every slide and its notes, and asks for nothing but itself', async () => {
    const { page, problems, outside, close } = await openFile(built.file);
    expect(await page.evaluate(() => (window as any).deck.getTotalSlides())).toBe(built.compiled.deck.slides.length);
    expect(await page.title()).toBe("The Dynamics of Microsoft's Collaboration with OpenAI");
    const notes = await notesOf(page);
    expect(notes).toHaveLength(built.compiled.deck.slides.length);
    built.compiled.deck.slides.forEach((slide, i) => {
      const first = slide.notes[0]!;
      const text = first.kind === 'list' ? first.items[0]! : first.kind === 'figure' ? '' : first.text;
      expect(notes[i]!.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' ').slice(0, 80));
    });
    await page.keyboard.press('ArrowRight');
    // reveal.js writes the URL at most once a second.
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 5000 }).toBe('#/1');
    await page.waitForTimeout(300);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await close();
  });

  it('pressing S opens the speaker view: the slide’s notes, the timer and both slide previews, with no error', async () => {
    const { page, context, problems, outside, close } = await openFile(built.file, '#/3');
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    const first = (built.compiled.deck.slides[3]!.notes[0] as { text: string }).text.slice(0, 60);
    const notes = () => popup.evaluate(() => document.querySelector('.speaker-controls-notes .value')?.textContent ?? '');
    await expect.poll(notes, { timeout: 15_000 }).toContain(first);
    expect(await popup.locator('.speaker-controls-time .timer').isVisible()).toBe(true);
    // The previews are frames of the same file (`?receiver`); from file:// they load and follow along.
    const previews = () => Promise.all(popup.frames().slice(1).map((f) => f.evaluate(() => (window as any).deck?.getIndices().h).catch(() => -1)));
    await expect.poll(previews, { timeout: 15_000 }).toEqual([3, 4]);
    await page.keyboard.press('ArrowRight');
    const next = (built.compiled.deck.slides[4]!.notes[0] as { text: string }).text.slice(0, 60);
    await expect.poll(notes, { timeout: 10_000 }).toContain(next);
    expect(await popup.locator('#connection-status').isVisible()).toBe(false);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await close();
  });

  it('search (Ctrl+Shift+F) jumps to a slide with the word; zoom loads and zooms in', async () => {
    const { page, problems, close } = await openFile(built.file);
    await page.keyboard.press('Control+Shift+F');
    await page.locator('.searchinput').fill('Azure');
    await page.locator('.searchinput').press('Enter');
    await expect.poll(() => page.evaluate(() => (window as any).deck.getCurrentSlide().textContent)).toContain('Azure');
    await page.keyboard.press('Escape');
    await page.keyboard.down('Alt');
    await page.keyboard.up('Alt');
    await expect.poll(() => page.evaluate(() => Boolean((window as any).deck.getPlugin('zoom')))).toBe(true);
    // reveal.js zooms with Ctrl+click on Linux, Alt+click elsewhere.
    const modifier = (await page.evaluate(() => navigator.platform)).includes('Linux') ? 'Control' : 'Alt';
    await page.locator('.reveal .slides > section.present h2').click({ modifiers: [modifier] });
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('zoomed'))).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps its policy: no eval, and a script injected into the page does not run', async () => {
    const { page, close } = await openFile(built.file);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toMatch(/default-src 'none'/);
    expect(policy).not.toMatch(/unsafe-eval|unsafe-inline/);
    // In a timer, so the page's own policy applies rather than the test driver's exemption.
    const result = await page.evaluate(
      () =>
        new Promise((resolve) =>
          setTimeout(() => {
            let evaluated = 'ran';
            try {
              (0, eval)('1');
            } catch {
              evaluated = 'blocked';
            }
            const script = document.createElement('script');
            script.textContent = 'window.injected = true';
            document.body.append(script);
            setTimeout(() => resolve({ evaluated, injected: (window as any).injected === true }), 50);
          }),
        ),
    );
    expect(result).toEqual({ evaluated: 'blocked', injected: false });
    await close();
  });

  it('on a phone held upright it opens as the scroll view, without errors', async () => {
    const { page, problems, outside, close } = await openFile(built.file, '', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    expect(await page.evaluate(() => (window as any).deck.isScrollView())).toBe(true);
    expect(await page.locator('.reveal h1').first().isVisible()).toBe(true);
    const notes = page.locator('.reveal .slides section').first().locator('aside.notes');
    expect(await notes.isVisible()).toBe(false);
    await page.getByRole('button', { name: /notes/i }).first().tap();
    await expect.poll(() => notes.isVisible()).toBe(true);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await close();
  });

  it('a copy moved to another folder (spaces and all in its path) still opens and works', async () => {
    const dir = path.join(await tempDir('moved'), 'Talks for the team', 'final version');
    await mkdir(dir, { recursive: true });
    const moved = path.join(dir, 'Microsoft & OpenAI (final).html');
    await copyFile(built.file, moved);
    const { page, context, problems, outside, close } = await openFile(moved, '#/2');
    expect(await page.evaluate(() => (window as any).deck.getIndices().h)).toBe(2);
    const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.speaker-controls-notes .value')?.textContent ?? ''), { timeout: 15_000 }).not.toBe('');
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await close();
  });
});

describe('other articles as one file', () => {
  for (const name of ['markdown-talk.md', 'remote-work.txt', 'hostile.txt']) {
    it(`${name}: opens offline with every slide and no error`, async () => {
      const single = await buildSingleFile(path.join(FIXTURES, name), path.join(await tempDir('single'), 'deck.html'));
      const { page, problems, outside, close } = await openFile(single.file);
      expect(await page.locator('.reveal .slides > section').count()).toBe(single.compiled.deck.slides.length);
      for (let i = 0; i < single.compiled.deck.slides.length; i++) await page.evaluate((n) => (window as any).deck.slide(n), i);
      expect(problems).toEqual([]);
      expect(outside).toEqual([]);
      await close();
    });
  }

  it('an article’s own picture is inside the file: it shows after the file moves away from the picture', async () => {
    const dir = await tempDir('single-image');
    await mkdir(path.join(dir, 'pics'));
    await writeFile(path.join(dir, 'pics', 'chart.png'), png(48, 30));
    await writeFile(
      path.join(dir, 'talk.md'),
      '# Pictures\n\nAn opening paragraph that says why this talk needs a picture at all.\n\n' +
        '## Growth\n\nRevenue grew steadily over five years, and the chart shows the trend for everyone.\n\n' +
        '![Revenue growth chart](pics/chart.png)\n\nThe team plans to keep that growth going through next year.\n\n' +
        '## Risks\n\nThere are risks to the plan, and we will go through each of them in turn today.\n',
    );
    const single = await buildSingleFile(path.join(dir, 'talk.md'), path.join(await tempDir('single-image-out'), 'talk.html'));
    const { page, problems, outside, close } = await openFile(single.file);
    const index = await page.$$eval('.reveal .slides > section', (s) => s.findIndex((x) => x.querySelector('img[alt="Revenue growth chart"]')));
    expect(index).toBeGreaterThan(0);
    await page.evaluate((n) => (window as any).deck.slide(n), index);
    const image = page.locator('img[alt="Revenue growth chart"]');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
    expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(problems).toEqual([]);
    expect(outside).toEqual([]);
    await close();
  });

  it('with --fragments, points appear one at a time', async () => {
    const single = await buildSingleFile(ARTICLE, path.join(await tempDir('single'), 'fragments.html'), { fragments: true });
    const index = single.compiled.deck.slides.findIndex((s) => s.kind === 'section' && s.points.length > 1);
    const { page, problems, close } = await openFile(single.file, `#/${index}`);
    const visible = () => page.locator('.reveal .slides > section.present li.fragment.visible').count();
    expect(await visible()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await expect.poll(visible).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(visible).toBe(2);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('deck build --single-file', () => {
  it('writes one file and says so; a failed build leaves the previous file as it was', async () => {
    const dir = await tempDir('single-cli');
    const out = path.join(dir, 'talk.html');
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    expect(await main(['build', ARTICLE, '--single-file', '--out', out], io)).toBe(0);
    expect(lines.join('\n')).toMatch(/talk\.html: one file, \d+ KB, \d+ slides/);
    const before = await readFile(out, 'utf8');
    const empty = path.join(dir, 'empty.txt');
    await writeFile(empty, '');
    expect(await main(['build', empty, '--single-file', '--out', out], io)).toBe(1);
    expect(await readFile(out, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['empty.txt', 'talk.html']);
  });

  it('stays small: under 400 KB, and gzipped within 1.3× of the multi-file build', async () => {
    const size = await measureSingleFile();
    expect(size.bytes).toBeLessThan(400 * 1024);
    expect(size.gzipBytes).toBeLessThan(1.3 * size.multiFileGzipBytes);
  });
});
