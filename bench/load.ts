/**
 * First load of a built deck in Chromium, as a reader gets it: a fresh browser context (empty
 * cache) per run, a static server that does not compress, gzip sizes computed here.
 * Times are from navigation start: first contentful paint (the first slide's text) and the
 * moment `.reveal` gets its `ready` class. Layout shifts are summed as Chromium reports them.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Response } from 'playwright-core';

export interface Profile {
  name: 'desktop' | 'phone';
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
  userAgent?: string;
  /** Chromium's CPU slowdown factor (1 = none). */
  cpuThrottle: number;
}

export const PROFILES: Profile[] = [
  { name: 'desktop', viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, cpuThrottle: 1 },
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36',
    cpuThrottle: 4,
  },
];

export interface Transfer {
  url: string;
  type: string;
  bytes: number;
  gzip: number;
  /** The document, or a resource Chromium held the first paint for (render-blocking). */
  beforePaint: boolean;
}

export interface LoadRun {
  /** Milliseconds from navigation start: first contentful paint, whatever it shows. */
  fcp: number;
  /** The first slide's heading painted (Element Timing on it, marked as soon as it is parsed). */
  firstSlide: number;
  /** `.reveal` has its `ready` class. */
  ready: number;
  /** Cumulative layout shift over the whole load. */
  cls: number;
  transfers: Transfer[];
}

/**
 * Logged by the page when it is ready. Waiting for it costs the page nothing, where Playwright's own
 * waiting (waitForSelector) runs its injected script on the page's main thread while it loads.
 */
const READY_MESSAGE = '__deck_bench_ready';

// Runs in the page before any of its scripts. A plain string: functions passed through the
// TypeScript loader may carry helper calls that do not exist in the page.
const INSTRUMENT = `(() => {
  const b = (window.__bench = { ready: undefined, firstSlide: undefined, cls: 0 });
  new MutationObserver((_, observer) => {
    if (document.querySelector('.reveal.ready')) { b.ready = performance.now(); observer.disconnect(); console.debug('${READY_MESSAGE}'); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['class'] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.cls += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  // Element Timing reports the first paint of an element that carries elementtiming when painted.
  const heading = '.reveal .slides > section:first-of-type :is(h1, h2)';
  new MutationObserver((_, observer) => {
    const h = document.querySelector(heading);
    if (h) { h.setAttribute('elementtiming', 'deck-first-slide'); observer.disconnect(); }
  }).observe(document, { subtree: true, childList: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'deck-first-slide' && b.firstSlide === undefined) b.firstSlide = e.renderTime || e.startTime;
  }).observe({ type: 'element', buffered: true });
})();`;

interface PageMarks {
  fcp?: number;
  ready?: number;
  firstSlide?: number;
  cls: number;
  blocking: string[];
}

export async function measureLoad(browser: Browser, url: string, profile: Profile): Promise<LoadRun> {
  const { cpuThrottle, name: _name, ...device } = profile;
  const context = await browser.newContext(device);
  try {
    await context.addInitScript({ content: INSTRUMENT });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle });
    const bodies: Promise<Omit<Transfer, 'beforePaint'> | undefined>[] = [];
    page.on('response', (response) => bodies.push(sizeOf(response)));
    const ready = page.waitForEvent('console', { predicate: (message) => message.text() === READY_MESSAGE, timeout: 60_000 });
    ready.catch(() => undefined); // awaited below; a failed navigation must not leave it unhandled
    await page.goto(url, { waitUntil: 'load' });
    await ready;
    // The first slide's paint may be reported after the deck is ready (reveal.js shows it).
    await page.waitForFunction(() => (window as unknown as { __bench: { firstSlide?: number } }).__bench.firstSlide !== undefined, undefined, { timeout: 10_000 }).catch(() => undefined);
    // Whatever the page fetches by itself (fonts, lazy CSS) counts; code loaded on first use does not.
    await page.waitForLoadState('networkidle');
    const marks = await page.evaluate(
      (): PageMarks => {
        const b = (window as unknown as { __bench: Omit<PageMarks, 'fcp' | 'blocking'> }).__bench;
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        const resources = performance.getEntriesByType('resource') as (PerformanceResourceTiming & { renderBlockingStatus?: string })[];
        return { ...b, fcp, blocking: resources.filter((r) => r.renderBlockingStatus === 'blocking').map((r) => r.name) };
      },
    );
    if (marks.fcp === undefined || marks.ready === undefined || marks.firstSlide === undefined) {
      throw new Error(`${url}: no first paint, no first slide painted or no ready deck: ${JSON.stringify(marks)}`);
    }
    const transfers = (await Promise.all(bodies)).filter((t): t is Omit<Transfer, 'beforePaint'> => Boolean(t));
    return {
      fcp: marks.fcp,
      firstSlide: marks.firstSlide,
      ready: marks.ready,
      cls: marks.cls,
      transfers: transfers.map((t) => ({ ...t, beforePaint: t.type === 'document' || marks.blocking.some((b) => b.endsWith(`/${t.url}`)) })),
    };
  } finally {
    await context.close();
  }
}

async function sizeOf(response: Response): Promise<Omit<Transfer, 'beforePaint'> | undefined> {
  if (response.status() >= 300) return undefined;
  const body = await response.body().catch(() => undefined);
  if (!body) return undefined;
  // The path only: the port changes from run to run.
  const url = new URL(response.url()).pathname.replace(/^\//, '');
  return { url, type: response.request().resourceType(), bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** Sums of a run's transfers: everything, and what had to arrive before the first paint. */
export function totals(transfers: Transfer[]) {
  const sum = (list: Transfer[], key: 'bytes' | 'gzip') => list.reduce((s, t) => s + t[key], 0);
  const critical = transfers.filter((t) => t.beforePaint);
  return {
    requests: transfers.length,
    bytes: sum(transfers, 'bytes'),
    gzip: sum(transfers, 'gzip'),
    beforePaintBytes: sum(critical, 'bytes'),
    beforePaintGzip: sum(critical, 'gzip'),
  };
}
