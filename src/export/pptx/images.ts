/**
 * The picture of a figure slide, as pptxgenjs takes it (base64 data) with its pixel size, so the
 * layout can contain it without distorting it. From an article: the local file the reader checked,
 * or a `data:` image. From a built deck: its copy under `images/`, only inside that folder. Remote
 * images are never fetched (the slide keeps its caption), nor formats PowerPoint cannot show (AVIF).
 */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { looksLike } from '../../read/image-content.ts';
import { isInside } from '../../read/local-image.ts';
import { IMAGE_TYPES } from '../../mime.ts';
import type { Slide } from '../../types.ts';

export interface LoadedImage {
  /** `image/png;base64,…` */
  data: string;
  width: number;
  height: number;
}

const SHOWN = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/svg+xml']);
const DATA_URL = /^data:(image\/[a-z+]+);base64,([a-z0-9+/=\s]+)$/i;

/** `deckDir`: the built folder the figure's `src` is relative to; absent for an article. */
export async function loadImage(figure: Slide['figure'], deckDir?: string): Promise<LoadedImage | undefined> {
  if (!figure) return undefined;
  const data = DATA_URL.exec(figure.src);
  if (data) return fromBytes(data[1]!.toLowerCase(), Buffer.from(data[2]!, 'base64'));
  const file = figure.file ?? (deckDir && !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(figure.src) ? path.join(deckDir, figure.src) : undefined);
  if (!file) return undefined;
  if (deckDir) {
    const [root, real] = await Promise.all([realpath(deckDir), realpath(file).catch(() => '')]);
    if (!real || !isInside(root, real)) return undefined;
  }
  const type = IMAGE_TYPES[path.extname(file).toLowerCase()];
  const bytes = await readFile(file).catch(() => undefined);
  return type && bytes ? fromBytes(type, bytes) : undefined;
}

function fromBytes(type: string, bytes: Buffer): LoadedImage | undefined {
  if (!SHOWN.has(type) || !looksLike(type, type === 'image/svg+xml' ? bytes : bytes.subarray(0, 16))) return undefined;
  const size = pixelSize(type, bytes) ?? { width: 4, height: 3 };
  return { data: `${type};base64,${bytes.toString('base64')}`, ...size };
}

/** Width and height from the file's header (PNG, GIF, JPEG) or an SVG's width/height or viewBox. */
export function pixelSize(type: string, b: Buffer): { width: number; height: number } | undefined {
  if (type === 'image/png' && b.length >= 24) return valid(b.readUInt32BE(16), b.readUInt32BE(20));
  if (type === 'image/gif' && b.length >= 10) return valid(b.readUInt16LE(6), b.readUInt16LE(8));
  if (type === 'image/jpeg') return jpegSize(b);
  if (type === 'image/svg+xml') {
    const root = /<svg[^>]*>/i.exec(b.toString('utf8'))?.[0] ?? '';
    const attr = (name: string) => Number.parseFloat(new RegExp(`\\s${name}\\s*=\\s*["']\\s*([\\d.]+)`, 'i').exec(root)?.[1] ?? '');
    const box = /viewBox\s*=\s*["']\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(root);
    return valid(attr('width') || Number(box?.[1]), attr('height') || Number(box?.[2]));
  }
  return undefined;
}

/** The first start-of-frame marker's size. */
function jpegSize(b: Buffer): { width: number; height: number } | undefined {
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return undefined;
    const marker = b[at + 1]!;
    const length = b.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) return valid(b.readUInt16BE(at + 7), b.readUInt16BE(at + 5));
    at += 2 + length;
  }
  return undefined;
}

const valid = (width: number, height: number) => (width > 0 && height > 0 && Number.isFinite(width + height) ? { width, height } : undefined);
