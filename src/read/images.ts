/**
 * Local images an article shows (`![alt](pics/a.png)`, `<img src="page_files/a.jpg">`, a `file:`
 * URL): checked on disk and pointed at by an absolute `file:` URL, so the build can copy them into
 * the deck. After this step every `file:` URL in the tree is one that passed the check.
 *
 * Only real image files inside the article's folder qualify: an article must not be able to copy
 * `~/.ssh/id_rsa` or `../../etc/passwd` into a deck that gets published, however it spells the
 * address (src/read/local-image.ts) and even through a symlink. An SVG that could run script is
 * refused too. A refused image keeps its alt text in the notes; the reason is a warning.
 */
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Image, Nodes, Root } from 'mdast';
import type { Diagnostic } from '../types.ts';
import { IMAGE_TYPES } from '../mime.ts';
import { headBytes, looksLike } from './image-content.ts';
import { isInside, localImage, OUTSIDE_FOLDER } from './local-image.ts';

export { IMAGE_TYPES };
const MAX_BYTES = 20 * 1024 * 1024;

export async function resolveImages(tree: Root, file: string): Promise<Diagnostic[]> {
  const warnings: Diagnostic[] = [];
  for (const image of imagesIn(tree)) {
    if (!image.alt?.trim()) continue; // decoration: never a slide, nothing to check
    const local = localImage(image.url, file);
    if (!local) continue; // remote, data: or not an address: the planner decides
    const problem = 'problem' in local ? local.problem : await check(local.path, local.type, file);
    if (typeof problem === 'string') {
      warnings.push({ severity: 'warning', message: `image "${image.url.trim()}" ${problem}; its alt text stays in the notes`, position: { file, line: image.position?.start.line } });
      image.url = '';
    } else {
      image.url = problem.href;
    }
  }
  return warnings;
}

/** The image's `file:` URL, or why it cannot be used: the real file (symlinks followed) must be inside the article's real folder. */
async function check(absolute: string, type: string, file: string): Promise<URL | string> {
  let head: Buffer;
  try {
    const [dir, real] = await Promise.all([realpath(path.dirname(path.resolve(file))), realpath(absolute)]);
    if (!isInside(dir, real)) return OUTSIDE_FOLDER;
    const info = await stat(real);
    if (!info.isFile()) return 'is not a file';
    if (info.size > MAX_BYTES) return `is larger than ${MAX_BYTES / 1024 / 1024} MB`;
    head = await readHead(real, headBytes(type, MAX_BYTES));
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
