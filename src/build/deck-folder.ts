/**
 * A deck's folder written from a page template (the runtime's page with the slides marker) rather
 * than by Vite: one deck of a site, `<site>/<slug>/`, or a `deck build` whose page was kept
 * (kept-pages.ts). Its page (the template with the article's slides in it), its `deck.json` and
 * `deck-plan.json` and its local images are written all at once: an article that fails to compile
 * never gets here, so its previous deck stays as it was.
 */
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeDirAtomically } from './atomic.ts';
import type { CompiledDeck } from '../pipeline.ts';
import { DECK_JSON, DECK_PLAN_JSON, deckJson, deckPlan } from '../vite/deck-json.ts';
import { brandAssets, withBrandTags, writeBrandAssets } from '../vite/brand-assets.ts';
import { injectDeck } from '../vite/html.ts';

export const DECK_PAGE = 'index.html';

export async function writeDeckFolder(dir: string, template: string, compiled: CompiledDeck, extras?: (tmp: string) => Promise<void>): Promise<void> {
  await writeDirAtomically(dir, async (tmp) => {
    await mkdir(tmp, { recursive: true });
    // A brand's stylesheet, font and logo go beside the page (src/vite/brand-assets.ts), as in `deck build`.
    const brand = brandAssets(compiled.deck);
    await writeFile(path.join(tmp, DECK_PAGE), withBrandTags(injectDeck(template, compiled.rendered), brand));
    await writeBrandAssets(brand, tmp);
    await writeFile(path.join(tmp, DECK_JSON), `${JSON.stringify(deckJson(compiled.deck), null, 2)}\n`);
    // What `deck pptx site/<slug>` exports, as a single deck's build writes it.
    await writeFile(path.join(tmp, DECK_PLAN_JSON), JSON.stringify(deckPlan(compiled.deck)));
    for (const slide of compiled.deck.slides) {
      const image = slide.figure;
      if (!image?.file) continue;
      const target = path.join(tmp, image.src);
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(image.file, target);
    }
    await extras?.(tmp);
  });
}
