/**
 * The brand's files found on disk and checked: the font (a real WOFF2, WOFF, TrueType or OpenType
 * file), the logo (a real image; an SVG that could run script is refused, as in the article), the
 * stylesheet (brand-css.ts) and the files its url()s name. Front matter paths are the article's and
 * follow the images' rule — inside the article's folder, symlinks included — while command-line
 * paths are the user's own. Each file gets its name in the deck from a hash of its bytes
 * (`assets/brand-3f9c2a1b7e.woff2`), so a changed file is never served from an old cache.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeckError } from '../errors.ts';
import type { Brand, BrandField, BrandFile, BrandRequest, BrandValue, Diagnostic } from '../types.ts';
import { brandLabel, FONT_FORMATS, LOGO_TYPES } from './brand-fields.ts';
import { fontInfo } from './brand-font.ts';
import { looksLike } from './image-content.ts';
import { isInside } from './local-image.ts';

const MAX_BYTES = 20 * 1024 * 1024;

export async function resolveBrand(request: BrandRequest, articleFile: string): Promise<{ brand?: Brand; warnings: Diagnostic[] }> {
  const warnings: Diagnostic[] = [];
  const brand: Brand = {};
  const given = (field: BrandField): BrandValue | undefined => {
    const value = request[field];
    if (value?.skip) warnings.push({ severity: 'warning', message: `${brandLabel(field, value.from)} "${value.value}" ${value.skip}: left out`, position: value.position });
    return value?.skip ? undefined : value;
  };
  const accent = given('accent');
  const background = given('background');
  if (accent) brand.accent = { hex: accent.value, position: accent.position };
  if (background) brand.background = { hex: background.value, position: background.position };
  const font = given('font');
  if (font) {
    const { file, bytes } = await load('font', font, articleFile);
    const info = fontInfo(bytes);
    if (!info) throw problem('font', font, 'unsupported', 'does not hold font data (a .woff2, .woff, .ttf or .otf file; not a font collection)');
    brand.font = { ...nameFor(file, bytes, extensionFor(info.format)), format: info.format, variable: info.variable };
  }
  const logo = given('logo');
  if (logo) {
    const { file, bytes } = await load('logo', logo, articleFile);
    const type = LOGO_TYPES[path.extname(file).toLowerCase()]!;
    if (!looksLike(type, Buffer.from(bytes))) {
      const what = type === 'image/svg+xml' ? 'is not an SVG image, or holds something that could run script (a script, an event handler, a javascript: link)' : `does not hold ${type} data`;
      throw problem('logo', logo, 'unsupported', what);
    }
    brand.logo = { ...nameFor(file, bytes, path.extname(file).toLowerCase()), type };
  }
  const css = given('css');
  if (css) brand.css = await stylesheet(css, articleFile);
  return { brand: Object.keys(brand).length ? brand : undefined, warnings };
}

async function stylesheet(value: BrandValue, articleFile: string): Promise<Brand['css']> {
  const { file, bytes } = await load('css', value, articleFile);
  const named: { ref: string; line: number; target: string }[] = [];
  // PostCSS is loaded only for a deck that names a stylesheet (about 25 ms otherwise spent on every build).
  const { checkBrandCss } = await import('./brand-css.ts');
  const text = checkBrandCss(new TextDecoder().decode(bytes), file, (ref, line) => {
    const target = path.resolve(path.dirname(file), safeDecode(ref.replace(/[?#].*$/s, '')));
    const extension = path.extname(target).toLowerCase();
    if (!FONT_FORMATS[extension] && !LOGO_TYPES[extension]) {
      throw new DeckError('unsupported', `url(${ref}) is not a font or an image file`, { file, line });
    }
    named.push({ ref, line, target });
    return `\0${named.length - 1}\0`;
  });
  // Files the stylesheet names: beside it, and for the article's stylesheet inside the article's folder.
  const root = value.from === 'article' ? path.dirname(path.resolve(articleFile)) : path.dirname(file);
  const files: BrandFile[] = [];
  for (const { ref, line, target } of named) {
    const read = await readInside(target, root);
    if ('problem' in read) throw new DeckError('not-found', `url(${ref}) ${read.problem}`, { file, line });
    files.push(nameFor(target, read.bytes, path.extname(target).toLowerCase()));
  }
  // The deck keeps every brand file in assets/, beside the stylesheet: url()s name them alone.
  return { text: text.replace(/\0(\d+)\0/g, (_, i: string) => path.posix.basename(files[Number(i)]!.name)), position: value.position, files };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A file's name in the deck: `assets/brand-<hash>.<ext>`. */
function nameFor(file: string, bytes: Uint8Array, extension: string): BrandFile {
  return { file, name: `assets/brand-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}${extension}` };
}

const extensionFor = (format: keyof typeof EXTENSIONS) => EXTENSIONS[format];
const EXTENSIONS = { woff2: '.woff2', woff: '.woff', truetype: '.ttf', opentype: '.otf' } as const;

async function load(field: BrandField, value: BrandValue, articleFile: string): Promise<{ file: string; bytes: Uint8Array }> {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value.value) && !/^[a-z]:[\\/]/i.test(value.value)) {
    throw problem(field, value, 'unsupported', 'is not a file: give a path to a file next to the article, so the deck works offline');
  }
  const articleDir = path.dirname(path.resolve(articleFile));
  // Command-line paths are the user's; front matter paths are the article's, inside its folder.
  const file = value.from === 'cli' ? path.resolve(value.value) : path.resolve(articleDir, value.value);
  const read = await readInside(file, value.from === 'cli' ? undefined : articleDir);
  if ('problem' in read) throw problem(field, value, 'not-found', read.problem);
  return { file, bytes: read.bytes };
}

/** The file's bytes, or why it cannot be used: missing, too big, or (with `root`) outside that folder. */
async function readInside(file: string, root: string | undefined): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const real = await realpath(file).catch(() => undefined);
  if (real === undefined) return { problem: 'was not found: check the path' };
  if (root !== undefined && !isInside(await realpath(root), real)) return { problem: "is outside the article's folder: put the file next to the article" };
  const info = await stat(real);
  if (!info.isFile()) return { problem: 'is not a file' };
  if (info.size > MAX_BYTES) return { problem: `is larger than ${MAX_BYTES / 1024 / 1024} MB` };
  return { bytes: await readFile(real) };
}

function problem(field: BrandField, value: BrandValue, code: 'not-found' | 'unsupported', what: string): DeckError {
  return new DeckError(value.from === 'cli' ? 'usage' : code, `${brandLabel(field, value.from)} "${value.value}" ${what}`, value.position);
}
