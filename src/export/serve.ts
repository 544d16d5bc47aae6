/**
 * A static server for a built deck folder on 127.0.0.1, on a free port: what the browser prints and
 * checks from. The files are served by sirv (content types, ranges, paths kept inside the folder,
 * malformed escapes answered 404); the deck is also served under `/sub/path/`, so tests can prove
 * its relative URLs work anywhere.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { removeOnInterrupt } from '../build/interrupt.ts';

export interface Served {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

const COMPRESSIBLE = /\.(html|js|mjs|css|svg|json)$/i;
const SUB_PATH = /^\/sub\/path(?=\/)/;

/**
 * Serves `dir`. With `gzip`, text files go compressed to clients that accept it, as static hosts do
 * (Lighthouse then sees real transfer sizes): the folder is copied beside compressed twins
 * (`index.html.gz`), which sirv sends in their place.
 */
export async function serveDir(dir: string, options: { gzip?: boolean } = {}): Promise<Served> {
  const compressed = options.gzip ? await withGzipTwins(path.resolve(dir)) : undefined;
  const files = sirv(compressed ?? path.resolve(dir), { dev: true, gzip: Boolean(compressed), etag: false });
  const server = createServer((req, res) => {
    req.url = (req.url ?? '/').replace(SUB_PATH, '');
    files(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const forget = removeOnInterrupt(() => (compressed ? [compressed] : []));
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      forget();
      if (compressed) await rm(compressed, { recursive: true, force: true });
    },
  };
}

/** A temporary copy of `dir` in which every text file has a gzip twin. */
async function withGzipTwins(dir: string): Promise<string> {
  const copy = await mkdtemp(path.join(tmpdir(), 'deck-serve-'));
  await cp(dir, copy, { recursive: true });
  for (const name of await readdir(copy, { recursive: true, encoding: 'utf8' })) {
    if (!COMPRESSIBLE.test(name)) continue;
    const file = path.join(copy, name);
    await writeFile(`${file}.gz`, gzipSync(await readFile(file)));
  }
  return copy;
}
