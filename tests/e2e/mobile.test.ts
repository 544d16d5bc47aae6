/**
 * The built deck on phones (Chromium's device emulation: touch, device scale 2–3): portrait phones
 * read it as an article (reveal.js's scroll view, reflowed), landscape phones present it.
 * Screenshots of each size land in tests/.output/mobile-*.png for a person to look at.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledDeck } from '../../src/pipeline.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { ARTICLE, buildTo, FIXTURES, ROOT } from '../helpers/build.ts';
import { horizontalOverflow, smallestText, swipe, titleIsOnScreen, visibleText } from '../helpers/mobile.ts';

const PORTRAIT = [
  { name: '390x844', width: 390, height: 844, scale: 3 },
  { name: '360x800', width: 360, height: 800, scale: 3 },
  { name: '320x568', width: 320, height: 568, scale: 2 },
];
const LANDSCAPE = { name: '844x390', width: 844, height: 390, scale: 3 };

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
let compiled: CompiledDeck;
beforeAll(async () => {
  browser = await launchBrowser();
  const built = await buildTo(ARTICLE);
  compiled = built.compiled;
  server = await serveDir(built.outDir);
});
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

type Device = { width: number; height: number; scale: number };

/** A phone: touch, mobile viewport, device scale; records console errors and failed requests. */
async function phone(device: Device, url: string, colorScheme: 'light' | 'dark' = 'light') {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: device.width, height: device.height },
    deviceScaleFactor: device.scale,
    isMobile: true,
    hasTouch: true,
    colorScheme,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  await page.goto(url);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  return { page, problems, close: () => context.close() };
}

/** The page's cumulative layout shift so far (the Layout Instability API, which Lighthouse reads). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) sum += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 200);
      }),
  );
const isScrollView = (page: Page) => page.evaluate(() => (window as any).deck.isScrollView() as boolean);
const currentSlide = (page: Page) => page.evaluate(() => (window as any).deck.getIndices().h as number);
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ROOT, 'tests/.output', `mobile-${name}.png`) });
const notes = (page: Page, slide: number) => page.locator('.reveal .slides section').nth(slide).locator('aside.notes');
const firstNote = (slide: number) => {
  const block = compiled.deck.slides[slide]!.notes[0]!;
  return ('text' in block ? block.text : block.kind === 'list' ? block.items[0]! : block.alt).slice(0, 50);
};

describe.each(PORTRAIT)('portrait phone $name', (device) => {
  it('reads as an article: scroll view, nothing wider than the screen, no text under 16 px, nothing shifts, no errors', async () => {
    const { page, problems, close } = await phone(device, `${server.url}index.html`);
    expect(await isScrollView(page)).toBe(true);
    expect(await layoutShift(page)).toBe(0);
    expect(await horizontalOverflow(page)).toEqual([]);
    const smallest = await smallestText(page);
    expect(smallest.size, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(16);
    await shot(page, device.name);
    expect(problems).toEqual([]);
    await close();
  });

  it("shows where the reader is with the browser's own scrollbar, not hidden behind reveal.js's progress bar", async () => {
    const { page, close } = await phone(device, `${server.url}index.html`);
    const scroller = await page.evaluate(() => {
      const viewport = document.querySelector('.reveal-viewport')!;
      return { scrollbarWidth: getComputedStyle(viewport).scrollbarWidth, revealBar: document.querySelectorAll('.reveal-viewport .scrollbar').length };
    });
    expect(scroller).toEqual({ scrollbarWidth: 'auto', revealBar: 0 });
    await close();
  });

  it('brings every slide title on screen by scrolling, and the URL follows the reader', async () => {
    const { page, close } = await phone(device, `${server.url}index.html`);
    const count = compiled.deck.slides.length;
    for (let i = 0; i < count; i++) {
      await page.evaluate((n) => {
        const heading = document.querySelectorAll('.reveal .slides section')[n]!.querySelector('h1, h2')!;
        document.body.scrollTop += heading.getBoundingClientRect().top - 8;
      }, i);
      expect(await titleIsOnScreen(page, i), `title of slide ${i}`).toBe(true);
      await expect.poll(() => currentSlide(page), { timeout: 3000 }).toBe(i);
    }
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe(`#/${count - 1}`);
    await close();
  });

  it('a "Read the notes" button under each slide shows its notes, stays open while scrolling, and hides them', async () => {
    const { page, close } = await phone(device, `${server.url}index.html#/3`);
    const buttons = page.locator('.reveal .slides section button.deck-notes-toggle');
    expect(await buttons.count()).toBe(compiled.deck.slides.length);
    const button = page.locator('.reveal .slides section').nth(3).locator('button.deck-notes-toggle');
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await button.textContent()).toBe('Read the notes');
    expect(await notes(page, 3).isVisible()).toBe(false);

    await button.tap();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.textContent()).toBe('Hide the notes');
    expect(await notes(page, 3).isVisible()).toBe(true);
    expect(await visibleText(page)).toContain(firstNote(3));
    expect(await horizontalOverflow(page)).toEqual([]);
    expect((await smallestText(page)).size).toBeGreaterThanOrEqual(16);
    await shot(page, `${device.name}-notes`);

    await page.evaluate(() => (document.body.scrollTop = document.body.scrollHeight));
    await page.waitForTimeout(200);
    await page.evaluate(() => (document.body.scrollTop = 0));
    await button.scrollIntoViewIfNeeded();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await notes(page, 3).isVisible()).toBe(true);

    await button.tap();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await notes(page, 3).isVisible()).toBe(false);
    await close();
  });

  it('a deep link opens its slide at the top of the screen', async () => {
    const { page, close } = await phone(device, `${server.url}index.html#/4`);
    expect(await currentSlide(page)).toBe(4);
    expect(await titleIsOnScreen(page, 4)).toBe(true);
    const top = await page.evaluate(() => document.querySelectorAll('.reveal .slides section')[4]!.getBoundingClientRect().top);
    expect(Math.abs(top)).toBeLessThan(2);
    await close();
  });
});

describe('every phone width from 320 to 430 px', () => {
  it('scrolls only up and down, and keeps text at 16 px or more', async () => {
    const { page, close } = await phone({ width: 320, height: 700, scale: 3 }, `${server.url}index.html`);
    for (let width = 320; width <= 430; width += 10) {
      await page.setViewportSize({ width, height: 860 });
      expect(await isScrollView(page)).toBe(true);
      expect(await horizontalOverflow(page), `at ${width} px`).toEqual([]);
      expect((await smallestText(page)).size, `at ${width} px`).toBeGreaterThanOrEqual(16);
    }
    await close();
  });
});

describe(`landscape phone ${LANDSCAPE.name}`, () => {
  it('presents slides: no scroll view, no notes buttons, nothing wider than the screen, arrows big enough to tap', async () => {
    const { page, problems, close } = await phone(LANDSCAPE, `${server.url}index.html`);
    expect(await isScrollView(page)).toBe(false);
    expect(await page.locator('button.deck-notes-toggle:visible').count()).toBe(0);
    expect(await page.locator('aside.notes:visible').count()).toBe(0);
    expect(await horizontalOverflow(page)).toEqual([]);
    for (const arrow of await page.locator('.reveal .controls button.enabled').all()) {
      const box = (await arrow.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await shot(page, LANDSCAPE.name);
    expect(problems).toEqual([]);
    await close();
  });

  it('a swipe moves to the next slide and back, and the URL follows', async () => {
    const { page, close } = await phone(LANDSCAPE, `${server.url}index.html#/2`);
    expect(await currentSlide(page)).toBe(2);
    await swipe(page, -1);
    await expect.poll(() => currentSlide(page)).toBe(3);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe('#/3');
    await swipe(page, 1);
    await expect.poll(() => currentSlide(page)).toBe(2);
    await close();
  });

  it('a deep link opens its slide', async () => {
    const { page, close } = await phone(LANDSCAPE, `${server.url}index.html#/4`);
    expect(await currentSlide(page)).toBe(4);
    expect(await page.locator('.reveal .slides > section.present h2').textContent()).toBe(compiled.deck.slides[4]!.title);
    await close();
  });
});

describe('turning the phone', () => {
  it('keeps the reader on the same slide both ways, with the notes they opened', async () => {
    const { page, close } = await phone(PORTRAIT[0]!, `${server.url}index.html#/5`);
    await page.locator('.reveal .slides section').nth(5).locator('button.deck-notes-toggle').tap();
    await page.setViewportSize({ width: LANDSCAPE.width, height: LANDSCAPE.height });
    await expect.poll(() => isScrollView(page)).toBe(false);
    expect(await currentSlide(page)).toBe(5);
    expect(await page.locator('.reveal .slides > section.present h2').textContent()).toBe(compiled.deck.slides[5]!.title);
    expect(await page.locator('aside.notes:visible').count()).toBe(0);

    await swipe(page, -1);
    await expect.poll(() => currentSlide(page)).toBe(6);
    await page.setViewportSize({ width: PORTRAIT[0]!.width, height: PORTRAIT[0]!.height });
    await expect.poll(() => isScrollView(page)).toBe(true);
    expect(await currentSlide(page)).toBe(6);
    expect(await titleIsOnScreen(page, 6)).toBe(true);
    expect(await notes(page, 6).isVisible()).toBe(false);
    expect(await notes(page, 5).isVisible()).toBe(true);
    await close();
  });
});

describe('turning the phone to present', () => {
  it('fits the slides too long for the slide view once the deck turns from reading to presenting', async () => {
    const built = await buildTo(path.join(FIXTURES, 'overflow.md'));
    const own = await serveDir(built.outDir);
    const { page, close } = await phone(PORTRAIT[0]!, `${own.url}index.html`);
    // Slides that overflow at 1280 × 720 once fitted get smaller type through these variables.
    const fitted = () => page.$$eval('.reveal .slides section .frame', (frames) => frames.filter((f) => (f as HTMLElement).style.getPropertyValue('--fit-b') || (f as HTMLElement).style.getPropertyValue('--fit-h')).length);
    expect(await isScrollView(page)).toBe(true);
    expect(await fitted()).toBe(0); // nothing to fit while reading
    await page.setViewportSize({ width: LANDSCAPE.width, height: LANDSCAPE.height });
    await expect.poll(() => isScrollView(page)).toBe(false);
    await expect.poll(fitted).toBeGreaterThan(0);
    await close();
    await own.close();
  });
});

describe('colour scheme', () => {
  it('follows a dark system setting when the article does not pin a theme', async () => {
    expect(compiled.deck.theme).toBe('auto');
    const { page, close } = await phone(PORTRAIT[0]!, `${server.url}index.html`, 'dark');
    const [background, text] = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.reveal h1')!).color]);
    expect(background).toBe('rgb(18, 21, 28)');
    expect(text).toBe('rgb(238, 241, 247)');
    await shot(page, `${PORTRAIT[0]!.name}-dark`);
    await close();
  });
});

describe('articles of other shapes, on the smallest phone', () => {
  for (const name of ['markdown-talk.md', 'remote-work.txt', 'wrapped.txt']) {
    it(`${name}: scroll view, no overflow, no text under 16 px, notes open`, async () => {
      const built = await buildTo(path.join(FIXTURES, name));
      const own = await serveDir(built.outDir);
      const { page, problems, close } = await phone(PORTRAIT[2]!, `${own.url}index.html`);
      expect(await isScrollView(page)).toBe(true);
      expect(await horizontalOverflow(page)).toEqual([]);
      expect((await smallestText(page)).size).toBeGreaterThanOrEqual(16);
      const last = built.compiled.deck.slides.length - 1;
      const button = page.locator('.reveal .slides section').nth(last).locator('button.deck-notes-toggle');
      await button.scrollIntoViewIfNeeded();
      await button.tap();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(problems).toEqual([]);
      await close();
      await own.close();
    });
  }
});
