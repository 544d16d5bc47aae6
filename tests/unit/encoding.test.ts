/** Encodings: UTF-8 with or without BOM and UTF-16 with BOM are read; anything else is refused with its byte offset. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { decodeArticle } from '../../src/read/decode.ts';
import { tempDir } from '../helpers/build.ts';

const ARTICLE = 'Café Ünïcödé ✓\n\nIntro: naïve façade, 中文, 👩‍💻 and 🇯🇵.\n\nFirst Part\n\nText of the first part. Más texto aquí.\n';
const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = Buffer.from(text, 'utf16le');
  if (!littleEndian) bytes.swap16();
  return new Uint8Array([...(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), ...bytes]);
};

describe('readable encodings give back the text unchanged', () => {
  const cases: [string, Uint8Array][] = [
    ['UTF-8', new TextEncoder().encode(ARTICLE)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARTICLE)])],
    ['UTF-16LE with BOM', utf16(ARTICLE, true)],
    ['UTF-16BE with BOM', utf16(ARTICLE, false)],
  ];
  for (const [name, bytes] of cases) it(name, () => expect(decodeArticle(bytes, 'a.txt')).toBe(ARTICLE));
});

describe('unreadable bytes are refused, naming the problem and the byte offset', () => {
  const latin1 = new Uint8Array([...Buffer.from('Title\n\nCaf'), 0xe9, ...Buffer.from(' au lait.\n')]);
  const cases: [string, Uint8Array, RegExp][] = [
    ['Latin-1', latin1, /^deck: a\.txt:3: not valid UTF-8 \(first bad byte at offset 10\): byte 0xE9 suggests Latin-1 or Windows-1252/],
    ['Shift_JIS', new Uint8Array([...Buffer.from('T\n'), 0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]), /offset 2\): byte 0x93 suggests a legacy multi-byte encoding/],
    ['a page declaring windows-1252', new Uint8Array([...Buffer.from('<meta charset="windows-1252"><p>Caf'), 0xe9]), /offset 35\).*declares charset windows-1252/],
    ['an overlong UTF-8 sequence', new Uint8Array([0x41, 0x42, 0xc0, 0xaf]), /not valid UTF-8 \(first bad byte at offset 2\)/],
    ['an encoded surrogate', new Uint8Array([0x41, 0xed, 0xa0, 0x80]), /not valid UTF-8 \(first bad byte at offset 1\)/],
    ['a truncated sequence at the end', new Uint8Array([0x41, 0x42, 0x43, 0xe2, 0x82]), /not valid UTF-8 \(first bad byte at offset 3\)/],
    ['UTF-16 without BOM', new Uint8Array(Buffer.from('Hello there, plain words', 'utf16le')), /UTF-16 text without a byte-order mark \(a NUL byte at byte offset 1\)/],
    ['UTF-16 with a lone surrogate', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x00, 0xd8, 0x41, 0]), /not valid UTF-16LE \(first bad byte at offset 4\)/],
    ['UTF-16 with an odd byte count', new Uint8Array([0xff, 0xfe, 0x41, 0, 0x42]), /not valid UTF-16LE \(first bad byte at offset 4\)/],
    ['UTF-32', new Uint8Array([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /UTF-32 text \(byte-order mark at offset 0\) is not supported/],
    ['binary (PNG)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary data \(a NUL byte at byte offset 8\)/],
  ];
  for (const [name, bytes, message] of cases) {
    it(name, () => {
      let error: unknown;
      try {
        decodeArticle(bytes, 'a.txt');
      } catch (e) {
        error = e;
      }
      expect((error as { format?: () => string }).format?.()).toMatch(message);
    });
  }

  it('through the CLI: one line, exit code 1, nothing built', async () => {
    const dir = await tempDir('encoding');
    const file = path.join(dir, 'latin1.html');
    await writeFile(file, new Uint8Array([...Buffer.from('<html><body><h1>Caf'), 0xe9, ...Buffer.from('</h1></body></html>')]));
    const err: string[] = [];
    const code = await main(['build', file, '--out', path.join(dir, 'out')], { out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/latin1\.html:1: not valid UTF-8 \(first bad byte at offset 19\)/)]);
  });
});
