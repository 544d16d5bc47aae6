/**
 * The build: an article → a static deck folder (index.html, assets, deck.json), all or nothing.
 * `deck build`, the PDF export and the pre-talk check all build through here.
 */
import path from 'node:path';
import type { Logger } from 'vite';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import { writeDirAtomically } from './atomic.ts';
import { compileOffThread } from './compile-thread.ts';
import { writeDeckFolder } from './deck-folder.ts';
import { copyKeptAssets, featuresOf, openKeptPages } from './kept-pages.ts';

export interface BuildResult {
  outDir: string;
  compiled: CompiledDeck;
}

export async function buildDeck(article: string, outDir: string, options: UserOptions = {}): Promise<BuildResult> {
  const file = path.resolve(article);
  // The article is read, outlined, planned and rendered on its own thread while Vite loads and
  // bundles the runtime, which does not depend on it; the page waits for it only at the end.
  let failure: unknown;
  const compiling = compileOffThread(file, options);
  compiling.catch((error: unknown) => (failure = error ?? new Error('the compile failed')));
  // Once a page is kept (kept-pages.ts), a build waits for the article and runs no Vite at all,
  // unless the article uses features no kept page has, or a brand (whose tags Vite puts in the page).
  const pages = openKeptPages(options);
  if (pages?.find([])) {
    const compiled = await compiling;
    const kept = compiled.deck.brand ? undefined : pages.find(featuresOf(compiled.rendered));
    if (kept) {
      await writeDeckFolder(outDir, kept.template, compiled, (tmp) => copyKeptAssets(kept, tmp));
      return { outDir: path.resolve(outDir), compiled };
    }
  }
  const [{ build, createLogger }, { deckViteConfig }] = await Promise.all([import('vite'), import('../vite/config.ts')]);
  // A bad article that fails while Vite loads fails here, before anything is written.
  if (failure) throw failure;
  await writeDirAtomically(outDir, async (tmp) => {
    try {
      const config = deckViteConfig({ ...options, article: file, outDir: tmp, compiled: compiling });
      await build({ ...config, configFile: false, logLevel: 'warn', customLogger: quietOnFailure(createLogger('warn'), () => failure !== undefined) });
    } catch (error) {
      // The article's own error (with its line), not Vite's report of the plugin that waited for it.
      await compiling;
      throw error;
    }
  });
  const compiled = await compiling;
  if (!compiled.deck.brand) await pages?.keep(outDir, compiled.rendered);
  return { outDir: path.resolve(outDir), compiled };
}

/** Vite's "Build failed" line is noise when the build stopped because the article did not compile. */
function quietOnFailure(logger: Logger, compileFailed: () => boolean): Logger {
  return { ...logger, error: (message, options) => (compileFailed() ? undefined : logger.error(message, options)) };
}
