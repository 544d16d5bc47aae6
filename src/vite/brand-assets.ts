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

export function brandStore(): BrandStore {
  let css: { name: string; text: string } | undefined;
  let files = new Map<string, string>(); // name in the deck → file on disk
  return {
    update(deck) {
      const brand = deck.brand;
      const text = brand && brandStylesheet(deck, loadLogoCss());
      css = text ? { name: `assets/brand-${createHash('sha256').update(text).digest('hex').slice(0, 10)}.css`, text } : undefined;
      files = new Map([brand?.font, brand?.logo, ...(brand?.css?.files ?? [])].flatMap((f) => (f ? [[f.name, f.file] as const] : [])));
      if (!css) return [];
      const font = brand?.font;
      return [
        ...(font ? [{ tag: 'link', attrs: { rel: 'preload', href: `./${font.name}`, as: 'font', type: `font/${path.extname(font.name).slice(1)}`, crossorigin: '' }, injectTo: 'head' } as const] : []),
        { tag: 'link', attrs: { rel: 'stylesheet', href: `./${css.name}` }, injectTo: 'head' },
      ];
    },
    async write(outDir) {
      if (!css) return;
      await mkdir(path.join(outDir, 'assets'), { recursive: true });
      await writeFile(path.join(outDir, css.name), css.text);
      for (const [name, file] of files) await copyFile(file, path.join(outDir, name));
    },
    middleware(req, res, next) {
      const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
      if (css && name === css.name) {
        res.setHeader('content-type', 'text/css');
        return void res.end(css.text);
      }
      const file = files.get(name);
      if (!file) return next();
      res.setHeader('content-type', DECK_FILE_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
      createReadStream(file).on('error', next).pipe(res);
    },
  };
}
