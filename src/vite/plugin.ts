/**
 * The Vite plugin: renders the article into index.html at build time and, on the dev server,
 * pushes re-rendered slides to the open deck when the article is saved.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isDeckError } from '../errors.ts';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import type { Feature } from '../render/features.ts';
import { resolveArticle } from './article.ts';
import { DECK_JSON, DECK_PLAN_JSON, deckJson, deckPlan } from './deck-json.ts';
import { injectDeck } from './html.ts';
import { imageStore } from './images.ts';
import { brandStore } from './brand-assets.ts';

export interface DeckPluginOptions extends UserOptions {
  /** Article file; default: the single article in `slides/` (or `$DECK_ARTICLE`). */
  article?: string;
  /**
   * The article compiled with these options, or being compiled (`deck build` compiles on a thread of
   * its own while Vite bundles the runtime): used once instead of compiling again.
   */
  compiled?: CompiledDeck | Promise<CompiledDeck>;
}

/** `api.features()`: the stylesheets the page's deck needs (src/vite/feature-css.ts asks while Vite bundles). */
export type DeckPlugin = Plugin & { api: { features(): Promise<readonly Feature[]> } };

export function deckPlugin(options: DeckPluginOptions = {}): DeckPlugin {
  let article = '';
  let root = process.cwd();
  const images = imageStore();
  const brand = brandStore();
  let precompiled = options.compiled;
  let built: CompiledDeck['deck'] | undefined;
  // One compile per page, shared by the page's features stylesheet and its slides.
  let page: Promise<CompiledDeck> | undefined;
  let lastFeatures: readonly Feature[] | undefined;
  const compiledPage = () =>
    (page ??= (async () => {
      article ||= resolveArticle(root, options.article);
      const compiled = (await precompiled) ?? (await compile(article, options));
      precompiled = undefined;
      return compiled;
    })());
  return {
    name: 'article-deck',
    api: { features: async () => (page || !lastFeatures ? (await compiledPage()).rendered.features : lastFeatures) },
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const compiled = await compiledPage();
        page = undefined;
        lastFeatures = compiled.rendered.features;
        built = compiled.deck;
        images.update(compiled.deck);
        return { html: injectDeck(html, compiled.rendered), tags: brand.update(compiled.deck) };
      },
    },
    // After every generateBundle (the slides, hence their images, are known only once the page is rendered).
    async writeBundle(output) {
      if (!output.dir) return;
      await images.write(output.dir);
      await brand.write(output.dir);
      if (built) await writeFile(path.join(output.dir, DECK_JSON), `${JSON.stringify(deckJson(built), null, 2)}\n`);
      if (built) await writeFile(path.join(output.dir, DECK_PLAN_JSON), JSON.stringify(deckPlan(built)));
    },
    configureServer(server) {
      article ||= resolveArticle(root, options.article);
      server.watcher.add(article);
      server.middlewares.use(images.middleware);
      server.middlewares.use(brand.middleware);
      server.watcher.on('change', (file) => {
        if (file === article) void pushUpdate(server, article, options);
      });
    },
  };
}

/** The pipeline loads on first use: `deck build` hands the plugin an article it has compiled already. */
async function compile(article: string, options: UserOptions): Promise<CompiledDeck> {
  const { compileFile } = await import('../pipeline.ts');
  return compileFile(article, options);
}

async function pushUpdate(server: ViteDevServer, article: string, options: UserOptions): Promise<void> {
  const started = performance.now();
  try {
    const { rendered } = await compile(article, options);
    server.ws.send({ type: 'custom', event: 'deck:update', data: { body: rendered.body, title: rendered.title } });
    server.config.logger.info(`deck: updated in ${Math.round(performance.now() - started)} ms`, { timestamp: true });
  } catch (error) {
    const message = isDeckError(error) ? error.format() : String(error);
    server.config.logger.error(message, { timestamp: true });
    server.ws.send({ type: 'custom', event: 'deck:error', data: { message } });
  }
}
