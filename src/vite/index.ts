/**
 * `article-deck/vite`: the deck as a plugin for an existing Vite project.
 *
 *   // vite.config.ts
 *   import articleDeck from 'article-deck/vite';
 *   export default { plugins: [articleDeck({ article: 'talk.md' })] };
 *
 * The project's index.html becomes the deck: the slides go where it has `<!--deck:slides-->` (at
 * the start of `<body>` when it has none), the deck's runtime (reveal.js, theme, phone and print
 * views) is added as a module script, and production builds get the deck's Content-Security-Policy
 * and its `deck.json`. The dev server re-renders the open deck when the article is saved.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { cspPlugin } from './csp.ts';
import { SLIDES_MARKER } from './html.ts';
import { deckPlugin, type DeckPluginOptions } from './plugin.ts';
import { trimRevealCssPlugin } from './trim-reveal-css.ts';

export type { DeckPluginOptions } from './plugin.ts';
export { deckViteConfig } from './config.ts';

/** The browser entry the page loads, served from the package's own sources. */
const RUNTIME_ENTRY = fileURLToPath(new URL('../../src/runtime/main.ts', import.meta.url));
const RUNTIME_ID = '/@article-deck/runtime.ts';

export default function articleDeck(options: DeckPluginOptions = {}): Plugin[] {
  return [trimRevealCssPlugin(), pagePlugin(), deckPlugin(options), cspPlugin({ allowRemote: options.allowRemote })];
}

/** Makes the project's page a deck page: the slides marker and the runtime's script. */
function pagePlugin(): Plugin {
  return {
    name: 'article-deck:page',
    resolveId: (id) => (id === RUNTIME_ID ? RUNTIME_ENTRY : undefined),
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const marked = html.includes(SLIDES_MARKER) ? html : html.replace(/<body([^>]*)>/i, `<body$1>\n${SLIDES_MARKER}`);
        const hasRuntime = /src=["'][^"']*runtime\/main\.ts["']/.test(marked);
        return { html: marked, tags: hasRuntime ? [] : [{ tag: 'script', attrs: { type: 'module', src: RUNTIME_ID }, injectTo: 'body' }] };
      },
    },
  };
}
