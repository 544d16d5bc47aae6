/**
 * The deck as an audience sees it: nothing outside the slide at 1280×720 or 1920×1080, readable
 * sizes, AA contrast in both themes, the stat and timeline layouts, calm motion, and `deck check`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, over, requiredRatio, type Rgba } from '../../src/check/contrast.ts';
import { main } from '../../src/cli/main.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { ARTICLE, buildTo, FIXTURES, tempDir } from '../helpers/build.ts';

/** The bundled article and every fixture article, of every format and script. */
const DECKS = [
  ARTICLE,
  ...['overflow.md', 'dated.md', 'markdown-talk.md', 'remote-work.txt', 'wrapped.txt', 'hostile.txt', 'waermepumpe.md', 'huertos-urbanos.txt', 'solar-he.md', 'kissaten-zh.md', 'long-notes.md', 'saved-page.html', 'technical-cache.md', 'technical-page.html', 'technical-sensores-es.md', 'branded/talk.md', 'branded/stylesheet-de.md'].map(
    (name) => path.join(FIXTURES, name),
  ),
];
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

let browser: Browser;
const built = new Map<string, string>();
beforeAll(async () => {
  browser = await launchBrowser();
  for (const article of DECKS) built.set(article, (await buildTo(article)).outDir);
}, 180_000);
afterAll(async () => {
  await browser?.close();
});

type Options = { width?: number; height?: number; colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' | 'no-preference' };

/** Opens a built deck once fitted, with every fragment shown. */
async function open(dir: string, options: Options = {}) {
  const { width = 1280, height = 720, ...rest } = options;
  const server = await serveDir(dir);
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce', ...rest });
  const page = await context.newPage();
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  await page.waitForSelector('html[data-fitted]', { timeout: 10_000 });
  const count = await page.evaluate(() => {
    (window as any).deck.configure({ fragments: false });
    return (window as any).deck.getTotalSlides() as number;
  });
  const show = async (i: number) => {
    await page.evaluate((n) => (window as any).deck.slide(n), i);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  };
  return { page, count, show, close: async () => (await context.close(), await server.close()) };
}

/** Everything drawn on slide `i` (elements and each line of text) that reaches outside the slide or the window. */
const outside = (page: Page, i: number) =>
  page.evaluate((n) => {
    const section = document.querySelectorAll('.reveal .slides > section')[n]!;
    const box = section.getBoundingClientRect();
    const found: string[] = [];
    if (box.left < 0 || box.top < 0 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5) found.push('the slide is outside the window');
    const test = (r: DOMRect, what: string) => {
      if (!r.width && !r.height) return;
      if (r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1) found.push(what);
    };
    for (const el of Array.from(section.querySelectorAll('*'))) {
      if (!el.closest('aside.notes')) test(el.getBoundingClientRect(), `<${el.tagName}> ${el.textContent?.slice(0, 40)}`);
    }
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('aside.notes')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) test(r, `text "${node.textContent?.slice(0, 40)}"`);
    }
    return found;
  }, i);

describe('never overflows', () => {
  for (const article of DECKS) {
    for (const { width, height } of SIZES) {
      it(`${path.basename(article)} at ${width}×${height}: every element and line of text lies inside the slide`, async () => {
        const { page, count, show, close } = await open(built.get(article)!, { width, height });
        const problems: string[] = [];
        for (let i = 0; i < count; i++) {
          await show(i);
          problems.push(...(await outside(page, i)).map((p) => `slide ${i + 1}: ${p}`));
        }
        expect(problems).toEqual([]);
        await close();
      });
    }
  }

  it('the overflow fixture really is too big: its 400-character heading is shrunk, its 500-character word broken', async () => {
    const { page, count, show, close } = await open(built.get(path.join(FIXTURES, 'overflow.md'))!);
    const seen = { heading: 0, headingPx: 0, word: 0, wordLines: 0 };
    for (let i = 0; i < count; i++) {
      await show(i);
      const slide = await page.$eval('.reveal .slides > section.present', (s) => {
        const h = s.querySelector('h2');
        const lines = Array.from(s.querySelectorAll('.points li'), (li) => [li.textContent!.length, li.getBoundingClientRect().height / parseFloat(getComputedStyle(li).lineHeight)]);
        return { heading: h?.textContent?.length ?? 0, headingPx: h ? parseFloat(getComputedStyle(h).fontSize) : 0, lines };
      });
      if (slide.heading >= 400) Object.assign(seen, { heading: slide.heading, headingPx: slide.headingPx });
      for (const [length, lines] of slide.lines) if (length! >= 500) Object.assign(seen, { word: length, wordLines: lines });
    }
    expect(seen.heading).toBeGreaterThanOrEqual(400);
    expect(seen.headingPx).toBeLessThan(52);
    expect(seen.word).toBe(500);
    expect(seen.wordLines).toBeGreaterThan(5);
    await close();
  });
});

describe('the type scale of the bundled deck', () => {
  it('titles are at least 44 px, points at least 28 px, and a line holds at most ~60 characters', async () => {
    const { page, count, show, close } = await open(built.get(ARTICLE)!);
    const measured: { headings: number[]; points: number[]; lineChars: number[] } = { headings: [], points: [], lineChars: [] };
    for (let i = 0; i < count; i++) {
      await show(i);
      const m = await page.evaluate((n) => {
        const section = document.querySelectorAll('.reveal .slides > section')[n]!;
        const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
        const lineChars: number[] = [];
        for (const li of Array.from(section.querySelectorAll('.points li, .agenda li, .answer, .stat-caption, .lead'))) {
          const text = li.firstChild!;
          const tops = new Map<number, number>();
          for (let c = 0; c < (text.textContent ?? '').length; c++) {
            const range = document.createRange();
            range.setStart(text, c);
            range.setEnd(text, c + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            tops.set(top, (tops.get(top) ?? 0) + 1);
          }
          lineChars.push(...tops.values());
        }
        return { headings: Array.from(section.querySelectorAll('h1, h2'), px), points: Array.from(section.querySelectorAll('.points li'), px), lineChars };
      }, i);
      measured.headings.push(...m.headings);
      measured.points.push(...m.points);
      measured.lineChars.push(...m.lineChars);
    }
    expect(Math.min(...measured.headings)).toBeGreaterThanOrEqual(44);
    expect(measured.points.length).toBeGreaterThan(20);
    expect(Math.min(...measured.points)).toBeGreaterThanOrEqual(28);
    expect(Math.max(...measured.lineChars)).toBeLessThanOrEqual(62);
    await close();
  });
});

/** Every piece of text on slide `i`: its colour, the backgrounds behind it and its size, as the browser computes them. */
const textColours = (page: Page, i: number) =>
  page.evaluate((n) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const d = ctx.getImageData(0, 0, 1, 1).data;
      return [d[0]!, d[1]!, d[2]!, d[3]! / 255] as [number, number, number, number];
    };
    const section = document.querySelectorAll('.reveal .slides > section')[n]!;
    const elements = Array.from(section.querySelectorAll('*')).filter(
      (e) => !e.closest('aside.notes') && Array.from(e.childNodes).some((c) => c.nodeType === 3 && c.textContent!.trim()),
    );
    const extra = Array.from(document.querySelectorAll('.slide-number a'));
    return [...elements, ...extra].map((e) => {
      const style = getComputedStyle(e);
      const layers: [number, number, number, number][] = [];
      let opacity = 1;
      for (let x: Element | null = e; x; x = x.parentElement) {
        layers.push(rgba(getComputedStyle(x).backgroundColor));
        opacity *= Number(getComputedStyle(x).opacity);
      }
      const color = rgba(style.color);
      color[3] *= opacity;
      return { text: e.textContent!.trim().slice(0, 30), color, layers, px: parseFloat(style.fontSize), weight: Number(style.fontWeight) };
    });
  }, i);

describe('contrast (WCAG AA, computed in the browser)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every text on every slide of the bundled deck, ${scheme} theme`, async () => {
      const { page, count, show, close } = await open(built.get(ARTICLE)!, { colorScheme: scheme });
      const failures: string[] = [];
      let checked = 0;
      for (let i = 0; i < count; i++) {
        await show(i);
        for (const t of await textColours(page, i)) {
          const background = t.layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
          const ratio = contrastRatio(t.color, background);
          checked++;
          if (ratio < requiredRatio(t.px, t.weight)) failures.push(`slide ${i + 1} "${t.text}": ${ratio.toFixed(2)}:1`);
        }
      }
      const page_ = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(page_).toBe(scheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(18, 21, 28)');
      expect(checked).toBeGreaterThan(60);
      expect(failures).toEqual([]);
      await close();
    });
  }

  it('the theme the article or the command line chooses wins over the viewer\'s system', async () => {
    const dark = await buildTo(ARTICLE, { theme: 'dark' });
    const a = await open(dark.outDir, { colorScheme: 'light' });
    expect(await a.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 21, 28)');
    await a.close();
    const file = path.join(await tempDir('theme'), 'light.md');
    await writeFile(file, '---\ntheme: light\n---\n# Light talk\n\nAn intro. It is short.\n\n## One\n\nBody one. More.\n\n## Two\n\nBody two. More.\n');
    const light = await buildTo(file);
    const b = await open(light.outDir, { colorScheme: 'dark' });
    expect(await b.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    await b.close();
  });
});

describe('layouts chosen from the content', () => {
  it('shows the investment as a big "$1 billion" and the dated events on a timeline, in date order', async () => {
    const { page, close } = await open(built.get(ARTICLE)!);
    const stat = await page.$$eval('section.slide--stat', (s) => s.map((x) => [x.querySelector('h2')?.textContent, x.querySelector('.stat-figure')?.textContent]));
    expect(stat).toEqual([["The Investment: Microsoft's Stake in OpenAI", '$1 billion']]);
    expect(await page.$eval('section.slide--stat .stat-figure', (f) => parseFloat(getComputedStyle(f).fontSize))).toBeGreaterThanOrEqual(120);
    const kinds = await page.$$eval('.reveal .slides > section', (s) => s.map((x) => x.getAttribute('data-kind')));
    expect(kinds.indexOf('timeline')).toBe(kinds.indexOf('agenda') + 1);
    expect(await page.$$eval('section.slide--timeline .timeline-date', (d) => d.map((x) => x.textContent))).toEqual(['1990s', 'December 2015', 'July 2019']);
    await close();
  });

  it('centres the title slide\'s content vertically', async () => {
    const { page, show, close } = await open(built.get(ARTICLE)!);
    await show(0);
    const [slide, content] = await page.evaluate(() => {
      const s = document.querySelector('section.slide--title')!.getBoundingClientRect();
      const items = Array.from(document.querySelectorAll('section.slide--title .frame > *'), (e) => e.getBoundingClientRect());
      return [
        [s.top, s.bottom],
        [Math.min(...items.map((r) => r.top)), Math.max(...items.map((r) => r.bottom))],
      ];
    });
    const above = content![0]! - slide![0]!;
    const below = slide![1]! - content![1]!;
    expect(Math.abs(above - below)).toBeLessThan(60);
    await close();
  });
});

describe('motion and speaker aids', () => {
  it('fades between slides, with no motion at all under prefers-reduced-motion', async () => {
    const moving = await open(built.get(ARTICLE)!, { reducedMotion: 'no-preference' });
    expect(await moving.page.evaluate(() => (window as any).deck.getConfig().transition)).toBe('fade');
    await moving.close();
    const still = await open(built.get(ARTICLE)!, { reducedMotion: 'reduce' });
    expect(await still.page.evaluate(() => (window as any).deck.getConfig().transition)).toBe('none');
    const durations = await still.page.$$eval('.reveal .slides > section, .reveal .fragment', (s) => [...new Set(s.map((x) => getComputedStyle(x).transitionDuration))]);
    expect(durations.every((d) => d.split(',').every((t) => parseFloat(t) === 0))).toBe(true);
    await still.close();
  });

  it('shows a progress bar and the slide number; the speaker view shows the next slide, the notes and a timer', async () => {
    const { page, count, show, close } = await open(built.get(ARTICLE)!);
    await show(3);
    expect(await page.$eval('.reveal .progress', (p) => p.getBoundingClientRect().height)).toBeGreaterThan(0);
    expect((await page.textContent('.reveal .slide-number'))?.replace(/\s/g, '')).toBe(`4/${count}`);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const upcoming = await (await popup.waitForSelector('#upcoming-slide iframe', { timeout: 15_000 })).contentFrame();
    await expect.poll(() => upcoming!.evaluate(() => (window as any).deck?.getIndices().h), { timeout: 15_000 }).toBe(4);
    await expect.poll(() => popup.evaluate(() => document.querySelector('.speaker-controls-notes')?.textContent ?? ''), { timeout: 15_000 }).toContain('OpenAI, a research organization founded in December 2015');
    expect(await popup.locator('.speaker-controls-time .pacing-title').count()).toBe(1);
    await popup.close();
    await close();
  });

  it("shows the next slide in the upcoming preview even when the speaker view's calls never reach it", async () => {
    // The frame as the speaker view opens it, at the current slide, left without any message (as
    // when they are posted before the frame's page has loaded).
    const server = await serveDir(built.get(ARTICLE)!);
    const page = await browser.newPage({ viewport: { width: 640, height: 512 } });
    try {
      await page.goto(`${server.url}index.html?receiver&progress=false&history=false&transition=none&scrollActivationWidth=false&controls=false#/3/0`);
      await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
      await expect.poll(() => page.evaluate(() => (window as any).deck.getIndices().h), { timeout: 5_000 }).toBe(4);
      // The current-slide frame stays where it was opened.
      await page.goto(`${server.url}index.html?receiver&progress=false&history=false&transition=none&scrollActivationWidth=false&postMessageEvents=true#/3/0`);
      await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as any).deck.getIndices().h)).toBe(3);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('deck check', () => {
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(['check', ...argv], { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  };

  it('finds nothing to fix in the bundled deck', async () => {
    const { code, out } = await run(ARTICLE);
    expect(out.at(-1)).toMatch(/20 slides checked .*: no problems$/);
    expect(code).toBe(0);
  });

  it('finds an overflow planted in an article, naming its file, line and slide; exit 1', async () => {
    const file = path.join(await tempDir('planted'), 'planted.md');
    const giant = Array.from({ length: 300 }, () => 'overflowing').join(' ');
    await writeFile(file, `# Planted\n\nAn intro. It is short.\n\n## Fine\n\nA body. Two sentences.\n\n## ${giant}\n\nBody text. Two sentences.\n`);
    const { code, out, err } = await run(file);
    expect(code).toBe(1);
    expect(out).toContainEqual(expect.stringMatching(/^deck: .*planted\.md:9: slide 4 "overflowing overflowing .*": overflows the slide by \d+ px at the bottom: /));
    expect(err.at(-1)).toMatch(/problems? on \d+ of 5 slides; fix them before the talk$/);
  });

  it('reports the fixture\'s shrunk heading and runaway point, and checks a built folder too', async () => {
    const { code, out } = await run(built.get(path.join(FIXTURES, 'overflow.md'))!);
    expect(code).toBe(1);
    expect(out).toContainEqual(expect.stringMatching(/overflow\.md:11: slide 3 ".*": overflows: its heading only fits at \d+ px/));
    expect(out).toContainEqual(expect.stringMatching(/overflow\.md:15: slide \d+ "A word that never breaks": point \d is too long: it runs to \d+ lines/));
  });
});
