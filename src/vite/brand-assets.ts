/**
 * A brand's files in the built deck: its stylesheet (src/render/brand.ts), named by a hash of its
 * text and linked at the end of `<head>`, after the theme's, with the font preloaded; the font, the
 * logo and the files the speaker's stylesheet names, copied under their hashed names
 * (src/read/brand-files.ts). The dev server answers for the same names. A deck without a brand
 * gets nothing: no tag, no file.
 */
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connect, HtmlTagDescriptor } from 'vite';
import { DECK_FILE_TYPES } from '../mime.ts';
import { brandStylesheet } from '../render/brand.ts';
import type { Deck } from '../types.ts';

/** A deck's brand files (name in the deck → file on disk), its stylesheet, and the tags its page needs in `<head>`. */
export interface BrandAssets {
  css?: { name: string; text: string };
  files: Map<string, string>;
  tags: HtmlTagDescriptor[];
}

export interface BrandStore {
  /** Takes the deck just compiled; returns the tags its page needs in `<head>`. */
  update(deck: Deck): HtmlTagDescriptor[];
  /** Build: writes the stylesheet and copies the files into the output folder. */
  write(outDir: string): Promise<void>;
  /** Dev server: answers `/assets/brand-…` requests. */
  middleware: Connect.NextHandleFunction;
}

let logoCss: string | undefined;
// src/vite/ and .build/vite/ both sit two folders below the package.
const loadLogoCss = () =>
  (logoCss ??= readFileSync(fileURLToPath(new URL('../../assets/brand.css', import.meta.url)), 'utf8').replace(/\/\*[\s\S]*?\*\/\s*/g, ''));

export function brandAssets(deck: Deck): BrandAssets {
  const brand = deck.brand;
  const text = brand && brandStylesheet(deck, loadLogoCss());
  if (!brand || !text) return { files: new Map(), tags: [] };
  const css = { name: `assets/brand-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.css`, text };
  const files = new Map([brand.font, brand.logo, ...(brand.css?.files ?? [])].flatMap((f) => (f ? [[f.name, f.file] as const] : [])));
  const font = brand.font;
  const tags: HtmlTagDescriptor[] = [
    ...(font ? [{ tag: 'link', attrs: { rel: 'preload', href: `./${font.name}`, as: 'font', type: `font/${path.extname(font.name).slice(1)}`, crossorigin: '' }, injectTo: 'head' } as const] : []),
    { tag: 'link', attrs: { rel: 'stylesheet', href: `./${css.name}` }, injectTo: 'head' },
  ];
  return { css, files, tags };
}

export async function writeBrandAssets({ css, files }: BrandAssets, outDir: string): Promise<void> {
  if (!css) return;
  await mkdir(path.join(outDir, 'assets'), { recursive: true });
  await writeFile(path.join(outDir, css.name), css.text);
  for (const [name, file] of files) await copyFile(file, path.join(outDir, name));
}

/** The page with the brand's tags at the end of `<head>`, for pages made without Vite (a site's decks). */
export function withBrandTags(html: string, { tags }: BrandAssets): string {
  const links = tags.map(({ attrs }) => `<link ${Object.entries(attrs ?? {}).map(([k, v]) => (v === '' || v === true ? k : `${k}="${String(v)}"`)).join(' ')}>`);
  return links.length ? html.replace('</head>', () => `${links.join('\n')}\n</head>`) : html;
}

export function brandStore(): BrandStore {
  let assets: BrandAssets = { files: new Map(), tags: [] };
  return {
    update(deck) {
      assets = brandAssets(deck);
      return assets.tags;
    },
    write: (outDir) => writeBrandAssets(assets, outDir),
    middleware(req, res, next) {
      const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
      if (assets.css && name === assets.css.name) {
        res.setHeader('content-type', 'text/css');
        return void res.end(assets.css.text);
      }
      const file = assets.files.get(name);
      if (!file) return next();
      res.setHeader('content-type', DECK_FILE_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
      createReadStream(file).on('error', next).pipe(res);
    },
  };
}
