/** The Vite configuration every build shares: `vite.config.ts`, `deck build` and the tests. */
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import path from 'node:path';
import { cspPlugin } from './csp.ts';
import { featureCssPlugin } from './feature-css.ts';
import { deckPlugin, type DeckPluginOptions } from './plugin.ts';
import { trimRevealCssPlugin } from './trim-reveal-css.ts';

/** Folder holding index.html, src/ and assets/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** https://v8.dev/blog/explicit-compile-hints: must be the file's first line. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function deckViteConfig(options: DeckPluginOptions & { outDir?: string } = {}): InlineConfig {
  const { outDir, ...pluginOptions } = options;
  const deck = deckPlugin(pluginOptions);
  return {
    root: PACKAGE_ROOT,
    base: './',
    // The stylesheet blocks the first paint: reveal.css goes without the styles of features the deck never uses.
    plugins: [trimRevealCssPlugin(), deck, featureCssPlugin(path.join(PACKAGE_ROOT, 'assets'), () => deck.api.features()), cspPlugin({ allowRemote: pluginOptions.allowRemote })],
    build: {
      target: 'es2022',
      outDir: outDir ?? 'dist',
      emptyOutDir: true,
      reportCompressedSize: false,
      rolldownOptions: {
        // The deck's stylesheet waits for the article's compile on its own thread (feature-css.ts): not slow plugin code.
        checks: { pluginTimings: false },
        output: {
          // Chromium's explicit compile hint: almost every function of the entry chunk (reveal.js and
          // our start-up code) runs while the deck starts, so V8 compiles them all on a background
          // thread while the file streams in, instead of one by one on the main thread as each is
          // first called. The chunks loaded on first use (speaker view, search, zoom) stay lazy.
          postBanner: (chunk) => (chunk.isEntry ? COMPILE_HINT : ''),
        },
      },
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
}
