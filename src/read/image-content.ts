/**
 * Whether a file's bytes are what its extension says: the magic numbers of each raster format, and
 * for SVG a document whose root is `<svg>` and that holds nothing that could run script (scripts,
 * event handlers, `javascript:` links — character references decoded first —, embedded HTML,
 * entity declarations, animations that rewrite a handler or a link).
 */

/** How many bytes of a file `looksLike` needs: the whole file for an SVG, a few for the rest. */
export const headBytes = (type: string, max: number): number => (type === 'image/svg+xml' ? max : 16);

export function looksLike(type: string, head: Buffer): boolean {
  const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1');
  switch (type) {
    case 'image/png':
      return starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/jpeg':
      return starts(0xff, 0xd8, 0xff);
    case 'image/gif':
      return ascii(0, 4) === 'GIF8';
    case 'image/webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case 'image/avif':
      return ascii(4, 8) === 'ftyp' && AVIF_BRANDS.has(ascii(8, 12));
    case 'image/svg+xml':
      return isSafeSvg(head.toString('utf8'));
    default:
      return false;
  }
}

/** Major brands of an AVIF (or HEIF image) file; a video (`isom`, `mp42`, `qt  `) is not an image. */
const AVIF_BRANDS = new Set(['avif', 'avis', 'mif1', 'msf1']);

/** An XML declaration, comments and a doctype without an internal subset, then the `<svg>` root. */
const SVG_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*>\s*)*<svg[\s>]/i;

const SCRIPT_URL = /(?:java|vb)script:|data:text\/html/i;

/** Things in an SVG that could run script or pull in a document when it is opened on its own. */
const ACTIVE = [
  /<script/i,
  /<(?:foreignObject|iframe|embed|object|handler|listener)[\s/>]/i,
  /[\s/"']on[a-z]+\s*=/i, // onload=, also after a slash (<g/onload=…>)
  /<!ENTITY/i,
  /attributeName\s*=\s*["']?\s*(?:on|href|xlink:href)/i,
];

function isSafeSvg(text: string): boolean {
  if (!SVG_ROOT.test(text)) return false;
  // `jav&#x61;script:` and `java&#9;script:` are still links that run script.
  const plain = text.replace(/&#x([0-9a-f]+);?|&#(\d+);?/gi, (_, hex: string | undefined, dec: string | undefined) => {
    const code = hex ? Number.parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
  return !ACTIVE.some((pattern) => pattern.test(plain)) && !SCRIPT_URL.test(plain.replace(/[\s\0]+/g, ''));
}
