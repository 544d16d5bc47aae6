/**
 * Drives a deck's print view (src/runtime/print.ts) in Chromium: opens it, waits until pages, fonts
 * and images have settled, then prints the slides in batches, reporting progress after each.
 * A batch shows only its own slides (the rest are display: none), so each page.pdf lays out ten
 * slides, never the whole deck: export time grows linearly with the number of slides, and the
 * progress line moves as the batches are printed.
 */
import type { Browser, Page } from 'playwright-core';
import { DeckError } from '../errors.ts';
import type { PageSize } from './size.ts';

export const BATCH = 10;
const READY_TIMEOUT = 60_000;

export interface PrintRequest {
  handout: boolean;
  fragments: boolean;
  size: PageSize;
}

export interface PrintView {
  page: Page;
  slides: number;
}

export function printQuery({ handout, fragments, size }: PrintRequest): string {
  return `?print-pdf${handout ? '&handout' : ''}${fragments ? '&fragments' : ''}&size=${size.width}x${size.height}`;
}

export async function openPrintView(browser: Browser, deckUrl: string, request: PrintRequest, where: string): Promise<PrintView> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme: 'light' });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(new URL(`index.html${printQuery(request)}`, deckUrl).href, { waitUntil: 'load' });
  if ((await page.locator('.reveal .slides').count()) === 0) {
    throw new DeckError('usage', 'not a built deck (no reveal.js slides in index.html): give an article file, or a folder made by "deck build"', { file: where });
  }
  try {
    await page.waitForSelector('html[data-print-slides]', { state: 'attached', timeout: READY_TIMEOUT });
  } catch {
    const why = errors[0] ? `the page failed: ${errors[0]}` : 'it may come from an older build: rebuild it with "deck build"';
    throw new DeckError('build', `the deck was not ready to print after ${READY_TIMEOUT / 1000} s (${why})`, { file: where });
  }
  return { page, slides: await page.evaluate(() => Number(document.documentElement.dataset.printSlides)) };
}

/** One PDF per batch of slides, in order; `onProgress(done, total)` after each. */
export async function printBatches(view: PrintView, onProgress?: (done: number, total: number) => void): Promise<Uint8Array[]> {
  const chunks: Uint8Array[] = [];
  for (let from = 0; from < view.slides; from += BATCH) {
    const to = Math.min(from + BATCH, view.slides);
    await view.page.evaluate(
      ([first, end]) => {
        for (const el of document.querySelectorAll<HTMLElement>('.reveal .slides > [data-print-slide]')) {
          const slide = Number(el.dataset.printSlide);
          el.style.display = slide >= first && slide < end ? '' : 'none';
        }
      },
      [from, to] as const,
    );
    // At the layout size reveal's print view asks for in its @page rule; merge.ts scales to the page size.
    const pdf = await view.page.pdf({ printBackground: true, preferCSSPageSize: true });
    chunks.push(new Uint8Array(pdf));
    onProgress?.(to, view.slides);
  }
  return chunks;
}
