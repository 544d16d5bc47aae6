/** The Vite configuration every build shares: `vite.config.ts`, `deck build` and the tests. */
import { fileURLToPath } from 'node:url';
import type { InlineConfig } from 'vite';
import { cspPlugin } from './csp.ts';
import { deckPlugin, type DeckPluginOptions } from './plugin.ts';
import { trimRevealCss } from './trim-reveal-css.ts';

/** Folder holding index.html, src/ and assets/. */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function deckViteConfig(options: DeckPluginOptions & { outDir?: string } = {}): InlineConfig {
  const { outDir, ...pluginOptions } = options;
  return {
    root: PACKAGE_ROOT,
    base: './',
    plugins: [deckPlugin(pluginOptions), cspPlugin(pluginOptions)],
    // The stylesheet blocks the first paint: reveal.css goes without the styles of features the deck never uses.
    css: { postcss: { plugins: [trimRevealCss()] } },
    build: {
      target: 'es2022',
      outDir: outDir ?? 'dist',
      emptyOutDir: true,
      reportCompressedSize: false,
    },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
}
