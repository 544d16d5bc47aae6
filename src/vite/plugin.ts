/**
 * The Vite plugin: renders the article into index.html at build time and, on the dev server,
 * pushes re-rendered slides to the open deck when the article is saved.
 */
import type { Plugin, ViteDevServer } from 'vite';
import { isDeckError } from '../errors.ts';
import type { UserOptions } from '../options.ts';
import { compileFile, type Compiled } from '../pipeline.ts';
import { resolveArticle } from './article.ts';
import { injectDeck } from './html.ts';

export interface DeckPluginOptions extends UserOptions {
  /** Article file; default: the single article in `slides/` (or `$DECK_ARTICLE`). */
  article?: string;
  /** Called with each compiled deck (the CLI prints the talk time from it). */
  onCompiled?: (compiled: Compiled) => void;
}

export function deckPlugin(options: DeckPluginOptions = {}): Plugin {
  let article = '';
  let root = process.cwd();
  return {
    name: 'article-deck',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        article ||= resolveArticle(root, options.article);
        const compiled = await compileFile(article, options);
        options.onCompiled?.(compiled);
        return injectDeck(html, compiled.rendered);
      },
    },
    configureServer(server) {
      article ||= resolveArticle(root, options.article);
      server.watcher.add(article);
      server.watcher.on('change', (file) => {
        if (file === article) void pushUpdate(server, article, options);
      });
    },
  };
}

async function pushUpdate(server: ViteDevServer, article: string, options: UserOptions): Promise<void> {
  const started = performance.now();
  try {
    const { rendered } = await compileFile(article, options);
    server.ws.send({ type: 'custom', event: 'deck:update', data: { body: rendered.body, title: rendered.title } });
    server.config.logger.info(`deck: updated in ${Math.round(performance.now() - started)} ms`, { timestamp: true });
  } catch (error) {
    const message = isDeckError(error) ? error.format() : String(error);
    server.config.logger.error(message, { timestamp: true });
    server.ws.send({ type: 'custom', event: 'deck:error', data: { message } });
  }
}
