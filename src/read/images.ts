/**
 * Local images an article shows (`![alt](pics/a.png)`, `<img src="page_files/a.jpg">`): checked
 * on disk and pointed at by an absolute `file:` URL, so the build can copy them into the deck.
 *
 * Only real image files inside the article's folder qualify: an article must not be able to copy
 * `~/.ssh/id_rsa` or `../../etc/passwd` into a deck that gets published. An SVG that could run
 * script is refused too. A refused image keeps its alt text in the notes; the reason is a warning.
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Image, Nodes, Root } from 'mdast';
import type { Diagnostic } from '../types.ts';
import { IMAGE_TYPES } from '../mime.ts';

export { IMAGE_TYPES };
const MAX_BYTES = 20 * 1024 * 1024;

export async function resolveImages(tree: Root, file: string): Promise<Diagnostic[]> {
  const warnings: Diagnostic[] = [];
  for (const image of imagesIn(tree)) {
    const url = image.url.trim();
    if (!image.alt?.trim()) continue; // decoration: never a slide, nothing to check
    if (!url || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) continue; // remote, data: or not an address: the planner decides
    const problem = await check(url, file);
    if (typeof problem === 'string') {
      warnings.push({ severity: 'warning', message: `image "${url}" ${problem}; its alt text stays in the notes`, position: { file, line: image.position?.start.line } });
      image.url = '';
    } else {
      image.url = problem.href;
    }
  }
  return warnings;
}

/** The image's `file:` URL, or why it cannot be used. */
async function check(url: string, file: string): Promise<URL | string> {
  let relative = url.replace(/[?#].*$/s, '');
  try {
    relative = decodeURIComponent(relative);
  } catch {
    // a literal % in a file name
  }
  if (relative.startsWith('/')) return "starts at the web site's root, which a saved article does not have: save the page with its images";
  const dir = path.dirname(path.resolve(file));
  const absolute = path.resolve(dir, relative);
  const inside = path.relative(dir, absolute);
  if (!inside || inside.startsWith('..') || path.isAbsolute(inside)) return "is outside the article's folder: only images next to the article are copied";
  const type = IMAGE_TYPES[path.extname(absolute).toLowerCase()];
  if (!type) return `is not an image file (use ${Object.keys(IMAGE_TYPES).join(', ')})`;
  let head: Buffer;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) return 'is not a file';
    if (info.size > MAX_BYTES) return `is larger than ${MAX_BYTES / 1024 / 1024} MB`;
    head = await readHead(absolute, type === 'image/svg+xml' ? MAX_BYTES : 16);
  } catch {
    return 'was not found next to the article';
  }
  if (!looksLike(type, head)) return `does not hold ${type} data`;
  return pathToFileURL(absolute);
}

async function readHead(file: string, bytes: number): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Magic numbers; an SVG must also be free of scripts, event handlers and embedded HTML. */
function looksLike(type: string, head: Buffer): boolean {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  switch (type) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/gif':
      return head.subarray(0, 4).toString('latin1') === 'GIF8';
    case 'image/webp':
      return head.subarray(0, 4).toString('latin1') === 'RIFF' && head.subarray(8, 12).toString('latin1') === 'WEBP';
    case 'image/avif':
      return head.subarray(4, 8).toString('latin1') === 'ftyp';
    default: {
      const svg = head.toString('utf8');
      return /<svg[\s>]/i.test(svg) && !/<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY/i.test(svg);
    }
  }
}

function imagesIn(tree: Root): Image[] {
  const found: Image[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'image') found.push(node);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return found;
}
