/**
 * Reading an article from disk: the bytes decoded, the format found, its reader run, local images
 * located. This is the CLI's and the build's way in (src/pipeline.ts).
 */
import { readFile } from 'node:fs/promises';
import { DeckError } from '../errors.ts';
import type { BrandOptions } from '../options.ts';
import type { Source } from '../types.ts';
import { brandRequest } from './brand-fields.ts';
import { resolveBrand } from './brand-files.ts';
import { decodeArticle } from './decode.ts';
import { detectFormat, loadReader, runReader } from './format.ts';
import { resolveImages } from './images.ts';

/**
 * Reads an article from disk: decoding and format detection included. `brand`: the command line's
 * brand options, which win over the front matter's.
 */
export async function readArticle(file: string, brand: BrandOptions = {}): Promise<Source> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what =
      code === 'ENOENT'
        ? 'no such file: check the path (articles usually live in slides/)'
        : code === 'EISDIR'
          ? 'is a folder, not an article file'
          : `cannot be read (${code ?? 'unknown error'})`;
    throw new DeckError('not-found', what, { file }, { cause: error });
  }
  const text = decodeArticle(bytes, file);
  const format = detectFormat(file, text);
  const source = runReader(await loadReader(format), text, file, format);
  // Local images and the brand's files are checked and located here, at the edge where the disk is read.
  const images = await resolveImages(source.tree, file);
  const branded = await resolveBrand({ ...source.meta.brandRequest, ...brandRequest(brand, 'cli', () => undefined) }, file);
  const meta = branded.brand ? { ...source.meta, brand: branded.brand } : source.meta;
  return { ...source, meta, warnings: [...source.warnings, ...images, ...branded.warnings] };
}
