import { DeckError } from '../errors.ts';

/**
 * Bytes → text. Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses anything else
 * with the byte offset of the first problem and a guess at what the file is, so the user can fix it.
 */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new DeckError('empty', 'the file is empty: write or paste an article into it', { file });
  let text: string;
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) {
    throw new DeckError('encoding', 'UTF-32 text (byte-order mark at offset 0) is not supported: re-save the article as UTF-8', { file });
  } else if (startsWith(bytes, 0xff, 0xfe)) text = decodeUtf16(bytes, true, file);
  else if (startsWith(bytes, 0xfe, 0xff)) text = decodeUtf16(bytes, false, file);
  else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      const utf16 = looksLikeUtf16(bytes);
      throw new DeckError(
        utf16 ? 'encoding' : 'binary',
        utf16
          ? `UTF-16 text without a byte-order mark (a NUL byte at byte offset ${nul}): re-save the article as UTF-8`
          : `binary data (a NUL byte at byte offset ${nul}): this is not a text article; save it as UTF-8 text, Markdown or HTML`,
        { file },
      );
    }
    const bom = startsWith(bytes, 0xef, 0xbb, 0xbf) ? 3 : 0;
    const bad = firstInvalidUtf8(bytes, bom);
    if (bad !== -1) {
      throw new DeckError(
        'encoding',
        `not valid UTF-8 (first bad byte at offset ${bad}): byte 0x${hex(bytes[bad]!)} ${guessEncoding(bytes)}: re-save the article as UTF-8`,
        { file, line: lineAt(bytes, bad) },
      );
    }
    text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  }
  if (text.trim() === '') {
    throw new DeckError('empty', 'the file holds only whitespace: write or paste an article into it', { file });
  }
  return text;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, file: string): string {
  const name = littleEndian ? 'UTF-16LE' : 'UTF-16BE';
  const bad = firstInvalidUtf16(bytes, littleEndian);
  if (bad !== -1) {
    throw new DeckError('encoding', `not valid ${name} (first bad byte at offset ${bad}): re-save the article as UTF-8`, { file });
  }
  const text = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { ignoreBOM: false }).decode(bytes);
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    throw new DeckError('binary', `binary data (a NUL character at byte offset ${2 * nul + 2}): this is not a text article`, { file });
  }
  return text;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const hex = (byte: number) => byte.toString(16).toUpperCase().padStart(2, '0');

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i]! >= lo && bytes[i]! <= hi;
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let ok: boolean;
    let size: number;
    if (b < 0x80) [ok, size] = [true, 1];
    else if (b >= 0xc2 && b <= 0xdf) [ok, size] = [cont(i + 1), 2];
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      [ok, size] = [cont(i + 1, lo, hi) && cont(i + 2), 3];
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      [ok, size] = [cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3), 4];
    } else [ok, size] = [false, 1];
    if (!ok) return i;
    i += size;
  }
  return -1;
}

/** Offset of the first unpaired surrogate (or a stray last byte) in UTF-16 after the BOM, or -1. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  for (let i = 2; i < bytes.length; i += 2) {
    if (i + 1 >= bytes.length) return i;
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      if (i + 3 >= bytes.length) return i;
      const next = unit(i + 2);
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return -1;
}

/** Mostly ASCII with a NUL in every other byte: UTF-16 that lost its byte-order mark. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4000);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 ? oddNul++ : evenNul++);
  const half = sample.length / 2;
  return Math.max(evenNul, oddNul) > 0.6 * half && Math.min(evenNul, oddNul) < 0.05 * half;
}

/** A hint at the real encoding: a charset the page declares, else what single high bytes suggest. */
function guessEncoding(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  if (declared && !/^utf-?8$/i.test(declared)) return `and the page declares charset ${declared}`;
  // Accented letters in Latin-1 are single high bytes; East Asian legacy encodings use pairs.
  const runs = new TextDecoder('latin1').decode(bytes.subarray(0, 65536)).match(/[\x80-\xff]+/g) ?? [];
  const average = runs.reduce((sum, run) => sum + run.length, 0) / Math.max(1, runs.length);
  return average < 1.5 ? 'suggests Latin-1 or Windows-1252 text' : 'suggests a legacy multi-byte encoding (Shift_JIS, GBK, EUC-KR…)';
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
