/**
 * The stylesheets of the features a deck uses — code, tables, quotes, math (src/render/features.ts) —
 * and nothing for a deck that uses none. The page links one stylesheet, `/assets/features.css` (no such file),
 * whose text is only known once the article is compiled: the features' CSS from assets/, one after
 * the other (empty without features, which adds nothing to the page's stylesheet). Vite bundles it
 * with the theme, so the build hashes it, and the single file inlines it with the rest.
 *
 * Math brings KaTeX's stylesheet, its fonts reduced to the woff2 files (every browser that runs the
 * deck reads woff2): Vite copies each font the CSS names into the build, or inlines it in the single file.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import type { Feature } from '../render/features.ts';

export const FEATURES_HREF = '/assets/features.css';

export function featureCssPlugin(assetsDir: string, features: () => Promise<readonly Feature[]>): Plugin {
  // A file name in assets/, so that url()s in the CSS resolve from there.
  const id = path.join(assetsDir, 'features.css');
  return {
    name: 'article-deck:feature-css',
    transformIndexHtml: {
      order: 'pre',
      handler: () => [{ tag: 'link', attrs: { rel: 'stylesheet', href: FEATURES_HREF }, injectTo: 'head' }],
    },
    resolveId(source) {
      return source === FEATURES_HREF || source === id ? id : undefined;
    },
    async load(loaded) {
      return loaded === id ? stylesheet(assetsDir, await features()) : undefined;
    },
    // The dev server answers the link itself: Vite's would take an address with no file behind it for a page.
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== FEATURES_HREF) return next();
        features()
          .then((used) => stylesheet(assetsDir, used))
          .then((css) => {
            res.setHeader('content-type', 'text/css');
            res.end(css);
          }, next);
      });
    },
  };
}

async function stylesheet(assetsDir: string, features: readonly Feature[]): Promise<string> {
  return (await Promise.all(features.map((feature) => featureCss(assetsDir, feature)))).join('\n');
}

async function featureCss(assetsDir: string, feature: Feature): Promise<string> {
  const own = await readFile(path.join(assetsDir, `${feature}.css`), 'utf8');
  return feature === 'math' ? `${await katexCss(assetsDir)}\n${own}` : own;
}

/** KaTeX's stylesheet with each font's woff2 file only, named by its path from `assetsDir`. */
export async function katexCss(assetsDir: string): Promise<string> {
  const file = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
  const fonts = path.relative(assetsDir, path.join(path.dirname(file), 'fonts')).split(path.sep).join('/');
  return (await readFile(file, 'utf8'))
    .replace(/src:\s*url\(fonts\/([\w-]+\.woff2)\)\s*format\("woff2"\)(?:,\s*url\([^)]*\)\s*format\("[\w-]+"\))*/g, (_, name: string) => `src:url(${fonts}/${name}) format("woff2")`);
}
