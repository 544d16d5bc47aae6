import { DeckError } from '../errors.ts';

/**
 * Bytes → text. Accepts UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses anything else
 * with the byte offset of the first problem, so the user can find it.
 */
export function decodeArticle(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw new DeckError('empty', 'the file is empty: write or paste an article into it', { file });
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = decodeStrict(bytes.subarray(2), 'utf-16le', file, 2);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = decodeStrict(bytes.subarray(2), 'utf-16be', file, 2);
  else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      throw new DeckError(
        'binary',
        `binary data (a NUL byte at byte offset ${nul}): this is not a text article; save it as UTF-8 text, Markdown or HTML`,
        { file },
      );
    }
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    text = decodeStrict(bytes.subarray(bom), 'utf-8', file, bom);
  }
  if (text.includes('\u0000')) {
    throw new DeckError('binary', 'binary data (a NUL character): this is not a text article', { file });
  }
  if (text.trim() === '') {
    throw new DeckError('empty', 'the file holds only whitespace: write or paste an article into it', { file });
  }
  return text;
}

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', file: string, base: number): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const offset = base + (encoding === 'utf-8' ? firstInvalidUtf8(bytes) : 0);
    throw new DeckError(
      'encoding',
      `not valid ${encoding.toUpperCase()} (first bad byte at offset ${offset}): re-save the article as UTF-8`,
      { file, line: encoding === 'utf-8' ? lineAt(bytes, offset - base) : undefined },
    );
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const chunk = bytes.subarray(i, i + need + 1);
    if (chunk.length < need + 1) return i;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk);
    } catch {
      return i;
    }
    i += need + 1;
  }
  return i;
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
