/**
 * Copies the local images of figure slides into the deck, under the `images/…` names the planner
 * gave them; the dev server serves them under the same names.
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Connect } from 'vite';
import { IMAGE_TYPES } from '../read/images.ts';
import type { Deck } from '../types.ts';

export interface ImageStore {
  /** Remembers the images of the deck just compiled. */
  update(deck: Deck): void;
  /** Build: copies each image into the output folder. */
  write(outDir: string): Promise<void>;
  /** Dev server: answers `/images/…` requests. */
  middleware: Connect.NextHandleFunction;
}

export function imageStore(): ImageStore {
  let files = new Map<string, string>(); // name in the deck → file on disk
  return {
    update(deck) {
      files = new Map(deck.slides.flatMap((s) => (s.figure?.file ? [[s.figure.src, s.figure.file] as const] : [])));
    },
    async write(outDir) {
      for (const [name, file] of files) {
        await mkdir(path.dirname(path.join(outDir, name)), { recursive: true });
        await copyFile(file, path.join(outDir, name));
      }
    },
    middleware(req, res, next) {
      const name = (req.url ?? '').split('?')[0]!.replace(/^\//, '');
      const file = files.get(name); // planned names are plain ASCII: no decoding needed
      if (!file) return next();
      res.setHeader('content-type', IMAGE_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
      createReadStream(file).on('error', next).pipe(res);
    },
  };
}
