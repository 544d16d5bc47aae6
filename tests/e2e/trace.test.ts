/**
 * Where each point comes from: the speaker view highlights, in the notes, the sentence each point
 * of the current slide was taken from, with the point's number in front; the phone's reading view
 * shows the same mark as a faint tint that keeps the text's own colour in both themes. Screenshots land in
 * tests/.output/trace-*.png for a person to look at.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, over, type Rgba } from '../../src/check/contrast.ts';
import type { CompiledDeck } from '../../src/pipeline.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { ARTICLE, buildTo, ROOT } from '../helpers/build.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveDir>>;
let compiled: CompiledDeck;
beforeAll(async () => {
  browser = await launchBrowser();
  const built = await buildTo(ARTICLE);
  compiled = built.compiled;
  server = await serveDir(built.outDir);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ROOT, 'tests/.output', `trace-${name}.png`) });
/** The first slide with two or more points taken from sentences its notes hold. */
const tracedSlide = () => compiled.deck.slides.findIndex((s) => s.kind === 'section' && (s.pointSources ?? []).filter(Boolean).length >= 2 && s.notes.length > 0 && s.notes[0]!.kind === 'paragraph');
const rgba = (css: string): Rgba => {
  const [r = 0, g = 0, b = 0, a = 1] = css.match(/[\d.]+/g)!.map(Number);
  return [r, g, b, a];
};

describe('speaker view', () => {
  it("highlights each point's source sentence in the notes, numbered by point", async () => {
    const index = tracedSlide();
    const slide = compiled.deck.slides[index]!;
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}index.html#/${index}`);
      await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
      const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
      await popup.setViewportSize({ width: 1280, height: 800 });
      const notes = popup.locator('.speaker-controls-notes .value');
      await expect.poll(() => notes.locator('mark.point-source').count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const marks = await notes.locator('mark.point-source').evaluateAll((els) =>
        els.map((m) => ({
          points: m.getAttribute('data-point'),
          text: m.textContent,
          background: getComputedStyle(m).backgroundColor,
          color: getComputedStyle(m).color,
          // The point's number, drawn in front of the sentence (not part of the notes' text).
          number: getComputedStyle(m, '::before').content,
        })),
      );
      const expected = slide.pointSources!.flatMap((s, i) => (s ? [[String(i + 1), s.text]] : []));
      expect(marks.flatMap((m) => m.points!.split(' ').map((p) => [p, m.text]))).toEqual(expected);
      for (const m of marks) expect(m.number, m.text!).toBe(`"${m.points}"`);
      // Highlighted, and readable: dark text on a light fill.
      for (const m of marks) {
        const background = rgba(m.background);
        expect(background[3]).toBeGreaterThan(0);
        expect(contrastRatio(rgba(m.color), background)).toBeGreaterThanOrEqual(4.5);
      }
      // The notes read as the article wrote them: only wrapped.
      const paragraph = slide.notes[0] as { text: string };
      expect(await notes.locator('p').first().textContent()).toBe(paragraph.text);
      await shot(popup, 'speaker-view');
      await popup.close();
    } finally {
      await context.close();
    }
  });
});

describe.each(['light', 'dark'] as const)('phone reading view, %s theme', (colorScheme) => {
  it('tints the source sentences in the opened notes, keeping the text colour of the notes', async () => {
    const index = tracedSlide();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}index.html`);
      await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
      const section = page.locator('.reveal .slides section').nth(index);
      await section.locator('button.deck-notes-toggle').tap();
      const mark = section.locator('aside.notes mark.point-source').first();
      await mark.scrollIntoViewIfNeeded();
      const style = await mark.evaluate((m) => {
        const own = getComputedStyle(m);
        const around = getComputedStyle(m.parentElement!);
        return { color: own.color, around: around.color, background: own.backgroundColor, line: own.textDecorationLine, page: getComputedStyle(document.body).backgroundColor };
      });
      // A faint tint, not a link: the notes' own text colour, no underline, still AA on the tint.
      expect(style.line).toBe('none');
      expect(style.color).toBe(style.around);
      const tint = rgba(style.background);
      expect(tint[3]).toBeGreaterThan(0);
      expect(tint[3]).toBeLessThan(0.3);
      expect(contrastRatio(rgba(style.color), over(tint, rgba(style.page)))).toBeGreaterThanOrEqual(4.5);
      await shot(page, `phone-${colorScheme}`);
    } finally {
      await context.close();
    }
  });
});
