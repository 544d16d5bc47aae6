/**
 * `--single-file` for a site: each deck also as one offline HTML file, `<slug>/<slug>.html`, folded
 * (src/single/inline.ts) from the single-file runtime built once for the whole site and the deck's
 * own images, exactly as `deck build --single-file` folds one article's build.
 */
import path from 'node:path';
import { DECK_FILE_TYPES, FONT_TYPES, IMAGE_TYPES } from '../mime.ts';
import type { CompiledDeck } from '../pipeline.ts';
import { inlineDocument } from '../single/inline.ts';
import { loader } from '../single/build.ts';
import { speakerViewSources } from '../vite/csp-hash.ts';
import { brandAssets, withBrandTags } from '../vite/brand-assets.ts';
import { injectDeck } from '../vite/html.ts';
import type { SharedRuntime } from './runtime.ts';

/** The single file's HTML; `deckDir` holds the deck's images (under the names its slides use). */
export function singleFileHtml(runtime: SharedRuntime, compiled: CompiledDeck, deckDir: string): { html: string; warnings: string[] } {
  const page = withBrandTags(injectDeck(runtime.standaloneTemplate, compiled.rendered), brandAssets(compiled.deck));
  const load = loader([
    { dir: runtime.dir, types: DECK_FILE_TYPES },
    // The deck's folder: its images, and its brand's stylesheet and font (written there by deck-folder.ts).
    { dir: deckDir, types: { ...IMAGE_TYPES, '.css': DECK_FILE_TYPES['.css']!, ...FONT_TYPES } },
  ]);
  return inlineDocument(page, load, speakerViewSources());
}

export const singleFilePath = (deckDir: string, slug: string) => path.join(deckDir, `${slug}.html`);
