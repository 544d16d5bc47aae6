/** A static server for a built deck folder on 127.0.0.1, on a free port: what the browser prints from. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DECK_FILE_TYPES } from '../mime.ts';

export interface Served {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json']);

/**
 * Serves `dir`; also under `/sub/path/`, so tests can prove relative URLs work anywhere. With
 * `gzip`, text files go compressed to clients that accept it, as static hosts do (Lighthouse then
 * sees real transfer sizes).
 */
export async function serveDir(dir: string, options: { gzip?: boolean } = {}): Promise<Served> {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let rel = decodeURIComponent(url.pathname).replace(/^\/sub\/path\//, '/');
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(root, path.normalize(rel));
    try {
      if (!file.startsWith(root + path.sep) || !(await stat(file)).isFile()) throw new Error('missing');
      const ext = path.extname(file).toLowerCase();
      const body = await readFile(file);
      const gzip = options.gzip && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
      res.writeHead(200, { 'content-type': DECK_FILE_TYPES[ext] ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      res.end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    server,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
