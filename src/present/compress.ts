/**
 * The deck as the present server sends it: a temporary copy beside gzip and brotli twins of every
 * text file (`app.js.gz`, `app.js.br`), which sirv sends to clients that accept them. The deck's
 * own folder is never written to.
 */
import { cp, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json|txt|xml)$/i;

export async function compressedCopy(dir: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'deck-present-'));
  await cp(dir, copy, { recursive: true });
  for (const name of await readdir(copy, { recursive: true, encoding: 'utf8' })) {
    if (!COMPRESSIBLE.test(name)) continue;
    const file = path.join(copy, name);
    const bytes = await readFile(file);
    await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    await writeFile(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return copy;
}
