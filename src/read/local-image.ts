/**
 * Where a local image address points, and whether the article may use it: the one rule for every
 * spelling of a local address. Pure (paths only, no disk): the reader applies it before it touches
 * the disk, and the planner again to every `file:` URL it is handed, so no spelling — `file:` URLs
 * with or without `localhost`, percent-encoded or in upper case, `../` paths — can reach a file
 * outside the article's folder. Symlinks need the disk; the reader follows them (src/read/images.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMAGE_TYPES } from '../mime.ts';

export type LocalImage = { path: string; type: string } | { problem: string };

export const OUTSIDE_FOLDER = "is outside the article's folder: only images next to the article are copied";

/** A `file:` URL in any case (`FILE:///…`). */
export const isFileUrl = (address: string): boolean => /^file:/i.test(address.trim());

/** An address that names another site or scheme (`https:`, `//cdn…`, `data:`), not a file next to the article. */
const NOT_LOCAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/**
 * The absolute path of a local image address (a path relative to the article, or a `file:` URL)
 * in the folder of `articleFile`, or why the article may not use it. `undefined` for addresses that
 * are not local (web addresses, `data:`): the planner decides about those.
 */
export function localImage(address: string, articleFile: string): LocalImage | undefined {
  const url = address.trim();
  if (!url) return undefined;
  const dir = path.dirname(path.resolve(articleFile));
  let absolute: string;
  if (isFileUrl(url)) {
    const located = pathOfFileUrl(url);
    if (typeof located !== 'string') return located;
    absolute = located;
  } else {
    if (NOT_LOCAL.test(url)) return undefined;
    const relative = decoded(url.replace(/[?#].*$/s, ''));
    if (relative.startsWith('/')) return { problem: "starts at the web site's root, which a saved article does not have: save the page with its images" };
    absolute = path.resolve(dir, relative);
  }
  if (!isInside(dir, absolute)) return { problem: OUTSIDE_FOLDER };
  const type = IMAGE_TYPES[path.extname(absolute).toLowerCase()];
  if (!type) return { problem: `is not an image file (use ${Object.keys(IMAGE_TYPES).join(', ')})` };
  return { path: absolute, type };
}

/** Whether `file` lies strictly inside the folder `dir` (both absolute). */
export function isInside(dir: string, file: string): boolean {
  const inside = path.relative(dir, file);
  return Boolean(inside) && inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside);
}

function pathOfFileUrl(url: string): string | { problem: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: 'is not a valid file: address' };
  }
  if (parsed.hostname && parsed.hostname !== 'localhost') return { problem: 'is on another computer (a file: address with a host name): only images next to the article are copied' };
  try {
    return fileURLToPath(parsed); // percent-escapes decoded; an encoded `/` is refused
  } catch {
    return { problem: 'is not a valid file: address' };
  }
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a literal % in a file name
  }
}
