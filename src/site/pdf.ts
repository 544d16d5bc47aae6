/**
 * `--pdf` for a site: each deck built in this run printed to `<slug>/<slug>.pdf`, as `deck pdf`
 * prints one deck — one Chromium and one static server for the whole site (the decks load the
 * shared `../assets/`, so the site's root is served), a page per deck.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { writeFileAtomically } from '../build/atomic.ts';
import { launch } from '../export/browser.ts';
import { openPrintView, printBatches } from '../export/capture.ts';
import { mergePdfs } from '../export/merge.ts';
import { serveDir, type Served } from '../export/serve.ts';
import { DEFAULT_SIZE } from '../export/size.ts';
import type { DeckJson } from '../vite/deck-json.ts';
import { pdfName } from './index-data.ts';

export interface SitePrinter {
  print(slug: string, meta: DeckJson): Promise<void>;
  close(): Promise<void>;
}

export async function openSitePrinter(siteDir: string): Promise<SitePrinter> {
  let served: Served | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await served?.close();
  };
  try {
    served = await serveDir(siteDir);
    browser = await launch();
  } catch (error) {
    await close();
    throw error;
  }
  const [url, chrome] = [served.url, browser];
  return {
    async print(slug, meta) {
      const deckDir = path.join(siteDir, slug);
      const view = await openPrintView(chrome, `${url}${encodeURIComponent(slug)}/`, { handout: false, fragments: false, size: DEFAULT_SIZE }, deckDir);
      try {
        const { bytes } = await mergePdfs(await printBatches(view), { title: meta.title, author: meta.author, lang: meta.lang }, DEFAULT_SIZE);
        await writeFileAtomically(path.join(deckDir, pdfName(slug)), bytes);
      } finally {
        await view.page.close();
      }
    },
    close,
  };
}
