/**
 * `deck present` in Chromium: the speaker's deck, a desktop audience page and a 390 × 844 phone
 * reading the deck as an article. The speaker moves and both follow; the audience cannot drive;
 * a question sent from the phone shows in the speaker view and on the speaker page as text; after
 * the server is killed and restarted, every page reconnects on the current slide.
 * Screenshots: tests/.output/present-*.png.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePresentation, type Presenting } from '../../src/present/server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { buildTo, FIXTURES, ROOT } from '../helpers/build.ts';
import { PAYLOADS } from '../fixtures/payloads.ts';

const TOKEN = 'e2e-speaker-token-abcdefghijkl';
let browser: Browser;
let deckDir: string;
let room: Presenting;
let port: number;
let speaker: Page;
let desktop: Page;
let phone: Page;
const problems: string[] = [];

/** Waits for a page to catch up: generous, as the machine may be busy; the 5 s reconnection bound is measured on its own. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 8000, interval: 100 });
const indices = (page: Page) => page.evaluate(() => (window as any).deck.getIndices() as { h: number; v: number; f: number });
/** The speaker presses → until the next slide (through its fragment steps). */
async function nextSlide(page: Page): Promise<void> {
  const { h } = await indices(page);
  for (let i = 0; i < 10 && (await indices(page)).h === h; i++) await page.keyboard.press('ArrowRight');
}
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ROOT, 'tests/.output', `present-${name}.png`) });
const liveSlide = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.reveal .slides section')].findIndex((s) => s.classList.contains('deck-live-slide')));
/** How far the live slide's top is from the top of the phone's screen, in pixels. */
const liveTop = (page: Page) => page.evaluate(() => document.querySelector('.deck-live-slide')!.getBoundingClientRect().top);

async function open(url: string, device: { width: number; height: number; mobile?: boolean }, ready = 'html[data-present]'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: device.width, height: device.height }, isMobile: device.mobile, hasTouch: device.mobile, deviceScaleFactor: device.mobile ? 2 : 1 });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`${url}: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(url);
  await page.waitForSelector(ready, { timeout: 20_000 });
  return page;
}

beforeAll(async () => {
  const built = await buildTo(path.join(FIXTURES, 'bibliotecas-de-ferramentas-pt.md'), { fragments: true });
  deckDir = built.outDir;
  [browser, room] = await Promise.all([launchBrowser(), servePresentation(deckDir, { port: 0, token: TOKEN })]);
  port = Number(new URL(room.audienceUrl).port);
  speaker = await open(room.speakerUrl, { width: 1280, height: 720 });
  [desktop, phone] = await Promise.all([open(room.audienceUrl, { width: 1280, height: 720 }), open(room.audienceUrl, { width: 390, height: 844, mobile: true })]);
}, 90_000);

afterAll(async () => {
  await room?.close();
  await browser?.close();
});

describe('following', () => {
  it('the desktop page follows slide by slide and step by step; the phone marks the live slide and scrolls to it', async () => {
    expect(await phone.evaluate(() => (window as any).deck.isScrollView())).toBe(true);
    await speaker.keyboard.press('ArrowRight');
    await speaker.keyboard.press('ArrowRight');
    await poll(() => indices(desktop)).toMatchObject({ h: 2 });
    await poll(() => liveSlide(phone)).toBe(2);
    await poll(() => liveTop(phone)).toBeLessThan(100);
    expect(await phone.evaluate(() => (window as any).deck.getIndices().h)).toBe(2);
    // The list slide's points appear one by one: the desktop page shows the same step.
    await speaker.evaluate(() => (window as any).deck.slide(2, 0, 1));
    await poll(() => indices(desktop)).toEqual(await indices(speaker));
    await shot(phone, 'phone-following');
  });

  it('a phone reader who scrolls away stays there, with "Back to live", which brings them back', async () => {
    await phone.mouse.move(200, 400);
    await phone.mouse.wheel(0, 2500);
    await poll(() => phone.evaluate(() => (window as any).deck.getIndices().h)).toBeGreaterThan(3);
    const readerAt = await phone.evaluate(() => (window as any).deck.getIndices().h);
    await nextSlide(speaker);
    await poll(() => liveSlide(phone)).toBeGreaterThan(2);
    const back = phone.locator('.deck-back-to-live');
    await poll(() => back.isVisible()).toBe(true);
    expect(await phone.evaluate(() => (window as any).deck.getIndices().h)).toBe(readerAt);
    await shot(phone, 'phone-back-to-live');
    await back.tap();
    const live = (await indices(speaker)).h;
    await poll(() => phone.evaluate(() => (window as any).deck.getIndices().h)).toBe(live);
    await poll(() => back.isVisible()).toBe(false);
  });

  it("the speaker's token leaves the address bar (a shared screen shows it) and a reload is still the speaker", async () => {
    expect(speaker.url()).not.toContain('token');
    const at = await indices(speaker);
    await speaker.reload();
    await speaker.waitForSelector('html[data-present="speaker"]');
    await poll(() => indices(speaker)).toEqual(at);
    await nextSlide(speaker);
    await poll(() => indices(desktop)).toEqual(await indices(speaker));
  });

  it('a speaker who opens the deck again (no slide in the address) lands where the room is', async () => {
    const again = await open(room.speakerUrl, { width: 1280, height: 720 });
    const room_ = room.hub.state;
    await poll(() => indices(again)).toMatchObject({ h: room_.h, v: room_.v });
    expect(await indices(desktop)).toMatchObject({ h: room_.h, v: room_.v });
    await again.context().close();
  });

  it('a page that joins late lands on the current slide at once', async () => {
    const late = await open(room.audienceUrl, { width: 1280, height: 720 });
    await poll(() => indices(late)).toEqual(await indices(speaker));
    await late.context().close();
  });
});

describe('only the speaker drives', () => {
  it('an audience page that moves itself or sends slide messages moves nobody else', async () => {
    const before = await indices(speaker);
    const ignored = room.hub.stats.ignoredSlides;
    await desktop.keyboard.press('ArrowRight');
    await desktop.keyboard.press('ArrowRight');
    await desktop.evaluate(
      (port) =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}/__present/socket`);
          ws.onopen = () => {
            ws.send(JSON.stringify({ t: 'hello' }));
            ws.send(JSON.stringify({ t: 'slide', h: 6, v: 0, f: -1 }));
            ws.send(JSON.stringify({ t: 'hello', token: 'guess' }));
            setTimeout(resolve, 300);
          };
        }),
      port,
    );
    await poll(() => room.hub.stats.ignoredSlides).toBe(ignored + 1);
    expect(await indices(speaker)).toEqual(before);
    expect(room.hub.state).toMatchObject({ h: before.h, v: before.v });
    expect(await liveSlide(phone)).toBe(before.h);
    // The desktop page wandered off on its own: it offers the way back.
    await poll(() => desktop.locator('.deck-back-to-live').isVisible()).toBe(true);
    await desktop.locator('.deck-back-to-live').click();
    await poll(() => indices(desktop)).toEqual(before);
  });
});

describe('questions', () => {
  it('a question from the phone appears in the speaker view and on the speaker page as text, with a count; one is marked answered', async () => {
    const [view] = await Promise.all([speaker.waitForEvent('popup'), speaker.keyboard.press('s')]);
    await view.waitForSelector('.speaker-controls-questions');
    const questionsPage = await open(`http://127.0.0.1:${port}/__present/speaker?token=${TOKEN}`, { width: 700, height: 800 }, '#status:has-text("following")');

    const fromPhone = fit(PAYLOADS.slice(0, 4));
    await phone.locator('.deck-ask').tap();
    await phone.locator('.deck-ask-box textarea').fill(fromPhone);
    await shot(phone, 'phone-ask');
    await phone.locator('.deck-ask-box .send').tap();
    await poll(() => phone.locator('.deck-ask-box .status').textContent()).toMatch(/Enviada/);
    // A second question straight away is refused, in the deck's language.
    await phone.locator('.deck-ask-box textarea').fill('E mais uma?');
    await phone.locator('.deck-ask-box .send').tap();
    await poll(() => phone.locator('.deck-ask-box .status').textContent()).toMatch(/Aguarde/);

    const fromDesktop = fit(PAYLOADS.slice(4, 9));
    await desktop.locator('.deck-ask').click();
    await desktop.locator('.deck-ask-box textarea').fill(fromDesktop);
    await desktop.locator('.deck-ask-box .send').click();

    for (const page of [questionsPage, view]) {
      const texts = page.locator('ol.deck-questions li .text');
      await poll(() => texts.count()).toBe(2);
      // The question is the text node before its meta line: exactly what was typed.
      const shown = await texts.evaluateAll((nodes) => nodes.map((n) => n.firstChild!.textContent));
      expect(shown).toEqual([fromDesktop, fromPhone]);
      expect(await page.locator('ol.deck-questions [id^="inj"], ol.deck-questions script, ol.deck-questions img').count()).toBe(0);
    }
    expect(await questionsPage.locator('#count').textContent()).toBe('2');
    await view.locator('ol.deck-questions li').last().locator('button').click();
    await poll(() => questionsPage.locator('#count').textContent()).toBe('1 / 2');
    await poll(() => questionsPage.locator('li.answered .text').first().evaluate((n) => n.firstChild!.textContent)).toBe(fromPhone);
    await shot(view, 'speaker-view');
    await shot(questionsPage, 'speaker-page');
    expect(problems).toEqual([]);
    await questionsPage.context().close();
  });
});

it('the join page shows the audience address as a QR code the speaker can put on screen', async () => {
  const join = await open(room.joinUrl, { width: 1280, height: 720 }, 'svg');
  const qr = await join.locator('svg').boundingBox();
  expect(qr!.width).toBeGreaterThan(300);
  expect(await join.locator('.url').textContent()).toBe(room.audienceUrl);
  await shot(join, 'join');
  await join.context().close();
});

describe('a dropped connection', () => {
  it('after the server is killed and restarted, every page reconnects within 5 s on the current slide and follows again', async () => {
    const before = await indices(speaker);
    await room.close();
    await poll(() => desktop.evaluate(() => document.documentElement.classList.contains('deck-offline'))).toBe(true);
    const restarted = performance.now();
    room = await servePresentation(deckDir, { port, token: TOKEN });
    const online = (page: Page) => page.evaluate(() => !document.documentElement.classList.contains('deck-offline'));
    await poll(async () => (await online(speaker)) && (await online(desktop)) && (await online(phone))).toBe(true);
    expect(performance.now() - restarted).toBeLessThan(5000);
    expect(await indices(speaker)).toEqual(before);
    expect(await indices(desktop)).toEqual(before);
    expect(await phone.evaluate(() => (window as any).deck.getIndices().h)).toBe(before.h);
    await nextSlide(speaker);
    await poll(() => indices(desktop)).toEqual(await indices(speaker));
    await poll(() => liveSlide(phone)).toBe((await indices(speaker)).h);
  });
});

/** Payloads joined into one question that fits the length limit. */
function fit(payloads: string[]): string {
  let text = 'Q:';
  for (const p of payloads) if ([...`${text} ${p}`].length <= 280) text = `${text} ${p}`;
  return text;
}
