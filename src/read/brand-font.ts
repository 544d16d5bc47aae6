/**
 * What a font file holds, from its bytes: its format (WOFF2, WOFF, TrueType, OpenType/CFF) and
 * whether it is a variable font (an `fvar` table), which then covers every weight from one file.
 * Pure. A file that is none of these (a font collection, an image renamed .woff2) is undefined.
 */

export type FontFormat = 'woff2' | 'woff' | 'truetype' | 'opentype';

export interface FontInfo {
  format: FontFormat;
  variable: boolean;
}

/** WOFF2's table tags are numbered: `fvar` is known tag 47 (the WOFF2 specification's table). */
const WOFF2_FVAR = 47;

export function fontInfo(bytes: Uint8Array): FontInfo | undefined {
  if (bytes.length < 12) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  const magic = tag(0);
  try {
    if (magic === 'wOF2') return { format: 'woff2', variable: woff2Tags(bytes, view.getUint16(12)).has('fvar') };
    if (magic === 'wOFF') return { format: 'woff', variable: tags(tag, view.getUint16(12), 44, 20).has('fvar') };
    if (magic === 'OTTO' || magic === 'true' || view.getUint32(0) === 0x00010000) {
      return { format: magic === 'OTTO' ? 'opentype' : 'truetype', variable: tags(tag, view.getUint16(4), 12, 16).has('fvar') };
    }
  } catch {
    return undefined; // a table directory running past the end: not a font
  }
  return undefined;
}

function tags(tag: (at: number) => string, count: number, first: number, size: number): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < count; i++) found.add(tag(first + i * size));
  return found;
}

/** WOFF2 table directory: a flags byte (known tag number, or 63 and the tag), then base-128 lengths. */
function woff2Tags(bytes: Uint8Array, count: number): Set<string> {
  const found = new Set<string>();
  let at = 48;
  const base128 = () => {
    let value = 0;
    for (let i = 0; i < 5; i++) {
      const byte = bytes[at++];
      if (byte === undefined) throw new RangeError('truncated');
      value = value * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) return value;
    }
    throw new RangeError('bad length');
  };
  for (let i = 0; i < count; i++) {
    const flags = bytes[at++];
    if (flags === undefined) throw new RangeError('truncated');
    const known = flags & 0x3f;
    let name = known === WOFF2_FVAR ? 'fvar' : String(known);
    if (known === 63) {
      name = String.fromCharCode(...bytes.subarray(at, at + 4));
      at += 4;
    }
    base128(); // original length
    const version = flags >> 6;
    // glyf (10) and loca (11) are transformed at version 0; every other table at versions 1–3.
    if ((known === 10 || known === 11) === (version === 0)) base128();
    found.add(name);
  }
  return found;
}
