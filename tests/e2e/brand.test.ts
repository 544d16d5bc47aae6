/**
 * A deck in the speaker's own colours, font and logo, as the audience, a phone reader and a PDF
 * reader see it: the brand background whatever the viewer's dark mode, the brand font actually
 * drawn (on the page, in the single file and embedded in the PDF), the logo large on the title and
 * closing slides and small in a corner elsewhere (none in the phone's reading view), a stylesheet
 * of one's own layered over the theme, `deck check` passing, and a deck without a brand untouched.
 * Screenshots go to tests/.output/brand/.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { exportPdf } from '../../src/export/index.ts';
import { buildSingleFile } from '../../src/single/build.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { buildTo, FIXTURES, ROOT, tempDir } from '../helpers/build.ts';
import { horizontalOverflow } from '../helpers/mobile.ts';
import { fonts } from '../helpers/pdf.ts';

const TALK = path.join(FIXTURES, 'branded/talk.md');
const STYLESHEET = path.join(FIXTURES, 'branded/stylesheet-de.md');
const SHOTS = path.join(ROOT, 'tests/.output/brand');

let browser: Browser;
let talk: string;
let stylesheet: string;
const servers: Awaited<ReturnType<typeof serveDir>>[] = [];
beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  [browser, talk, stylesheet] = await Promise.all([launchBrowser(), buildTo(TALK).then((b) => b.outDir), buildTo(STYLESHEET).then((b) => b.outDir)]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  for (const server of servers) await server.close();
});

type View = { width: number; height: number; scheme: 'light' | 'dark'; phone?: boolean };

async function open(dir: string, view: View): Promise<Page> {
  const server = await serveDir(dir);
  servers.push(server);
  const context = await browser.newContext({
    viewport: { width: view.width, height: view.height },
    colorScheme: view.scheme,
    reducedMotion: 'reduce',
    ...(view.phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await page.goto(`${server.url}index.html`);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

const show = async (page: Page, index: number) => {
  await page.evaluate((n) => (window as any).deck.slide(n), index);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
};

/** What the audience sees of the brand on the current slide. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
    const heading = slide.querySelector<HTMLElement>('h1, h2')!;
    const logo = slide.querySelector<HTMLImageElement>('img.brand-logo');
    const scale = slide.getBoundingClientRect().width / 1280;
    const box = logo?.getBoundingClientRect();
    const slideBox = slide.getBoundingClientRect();
    return {
      background: getComputedStyle(document.body).backgroundColor,
      headingFont: getComputedStyle(heading).fontFamily,
      brandFontDrawn: document.fonts.check(`30px 'Deck Brand'`) && [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Deck Brand' && f.status === 'loaded'),
      logo: logo && box
        ? { loaded: logo.complete && logo.naturalWidth > 0, height: Math.round(box.height / scale), top: Math.round((box.top - slideBox.top) / scale), right: Math.round((slideBox.right - box.right) / scale), corner: logo.classList.contains('brand-logo--corner') }
        : undefined,
      headingTop: Math.round((heading.getBoundingClientRect().top - slideBox.top) / scale),
    };
  });

describe('a branded deck at 1280×720', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`in the viewer's ${scheme} mode: the brand background, the brand font, the logo large on the title and closing slides and in the corner elsewhere`, async () => {
      const page = await open(talk, { width: 1280, height: 720, scheme });
      const count = await page.evaluate(() => (window as any).deck.getTotalSlides() as number);
      for (const [index, name] of [[0, 'title'], [3, 'section'], [count - 1, 'closing']] as const) {
        await show(page, index);
        const seen = await looks(page);
        await page.screenshot({ path: path.join(SHOTS, `talk-${scheme}-1280-${name}.png`) });
        expect(seen.background, name).toBe('rgb(251, 247, 240)'); // #fbf7f0, pinned: the viewer's dark mode does not switch it
        expect(seen.headingFont.startsWith('"Deck Brand"'), seen.headingFont).toBe(true);
        expect(seen.brandFontDrawn).toBe(true);
        expect(seen.logo?.loaded, name).toBe(true);
        if (name === 'section') {
          expect(seen.logo).toMatchObject({ corner: true, height: 34 });
          expect(seen.logo!.top + seen.logo!.height).toBeLessThanOrEqual(seen.headingTop); // above the heading, in the slide's padding
          expect(seen.logo!.right).toBeGreaterThan(0);
        } else {
          expect(seen.logo).toMatchObject({ corner: false, height: 88 });
        }
      }
      await page.context().close();
    });
  }
});

describe('a branded deck on a phone (390×844)', () => {
  it('reads as an article: the title keeps a smaller logo, the other pages none, and nothing scrolls sideways', async () => {
    const page = await open(talk, { width: 390, height: 844, scheme: 'dark', phone: true });
    await page.screenshot({ path: path.join(SHOTS, 'talk-phone-top.png') });
    const logos = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('img.brand-logo')].map((img) => ({ corner: img.classList.contains('brand-logo--corner'), shown: img.checkVisibility(), height: Math.round(img.getBoundingClientRect().height) })),
    );
    expect(logos.filter((l) => !l.corner).every((l) => l.shown && l.height === 48)).toBe(true);
    expect(logos.filter((l) => l.corner).length).toBeGreaterThan(3);
    expect(logos.filter((l) => l.corner).some((l) => l.shown)).toBe(false);
    expect(await horizontalOverflow(page)).toEqual([]);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(251, 247, 240)');
    await page.evaluate(() => document.querySelector('.reveal-viewport')!.scrollTo(0, 1e6));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS, 'talk-phone-end.png') });
    await page.context().close();
  });
});

describe('a stylesheet of the speaker’s own (`theme: ./brand.css`)', () => {
  it('is layered over the theme in both modes: its colours and its @font-face win, its font file is copied', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open(stylesheet, { width: 1280, height: 720, scheme });
      await show(page, 3);
      await page.screenshot({ path: path.join(SHOTS, `stylesheet-${scheme}-1280-section.png`) });
      const seen = await page.evaluate(() => ({
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.querySelector('.reveal .slides > section.present h2')!).color,
        font: document.fonts.check(`30px 'Hafen Serif'`) && [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Hafen Serif' && f.status === 'loaded'),
      }));
      expect(seen).toEqual({ background: 'rgb(15, 42, 61)', text: 'rgb(244, 241, 234)', font: true });
      await page.context().close();
    }
    const files = await readdir(path.join(stylesheet, 'assets'));
    expect(files.filter((f) => /^brand-[0-9a-f]{10}\.(css|woff2|svg)$/.test(f)).length).toBe(3);
  });
});

describe('the branded deck as one file and as a PDF', () => {
  it('embeds the font and the logo in the single file, which draws them offline under its strict policy', async () => {
    const out = path.join(await tempDir('brand-single'), 'talk.html');
    await buildSingleFile(TALK, out);
    const html = await readFile(out, 'utf8');
    expect(html).not.toMatch(/assets\/brand-|url\("?brand-/);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => fetched.push(r.url().slice(0, 30)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`file://${out}`);
    await page.waitForSelector('.reveal.ready');
    await page.evaluate(() => document.fonts.ready);
    const seen = await looks(page);
    expect(seen.brandFontDrawn).toBe(true);
    expect(seen.logo?.loaded).toBe(true);
    expect(fetched.filter((url) => !/^(file|data):/.test(url))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints with the brand font embedded in the PDF', async () => {
    const out = path.join(await tempDir('brand-pdf'), 'talk.pdf');
    await exportPdf(talk, out);
    const names = (await fonts(out)).filter((f) => f.embedded).map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toContain('SourceSerif4-Regular'); // Brand.woff2 is Source Serif 4
  }, 120_000);
});

describe('deck check on a brand', () => {
  const run = async (args: string[]) => {
    const out: string[] = [];
    const code = await main(args, { out: (s) => out.push(s), err: (s) => out.push(s) });
    return { code, out };
  };

  it('passes the branded fixture: no overflow, no low contrast, in light and dark', async () => {
    const { code, out } = await run(['check', talk]);
    expect(out.at(-1)).toMatch(/10 slides checked .*: no problems$/);
    expect(code).toBe(0);
  }, 120_000);
});

describe('a deck without a brand', () => {
  it('gets no brand stylesheet, font, logo or preload: the page is as light as before', async () => {
    const { outDir } = await buildTo(path.join(FIXTURES, 'dated.md'));
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/brand/);
    expect((await readdir(path.join(outDir, 'assets'))).filter((f) => f.startsWith('brand-'))).toEqual([]);
    expect(JSON.parse(await readFile(path.join(outDir, 'deck.json'), 'utf8')).brand).toBeUndefined();
  });
});
