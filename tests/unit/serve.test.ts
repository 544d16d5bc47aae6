/** The static server `deck pdf`, `deck check` and the tests print and load built decks from. */
import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type Served } from '../../src/export/serve.ts';
import { tempDir } from '../helpers/build.ts';

/** A raw GET (fetch would refuse to send a malformed path); resolves with status, headers and body. */
function get(base: string, rawPath: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(base);
  return new Promise<{ status: number; type?: string; encoding?: string; body: Buffer }>((resolve, reject) => {
    const req = request({ hostname, port, path: rawPath, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
      );
    });
    req.setTimeout(5_000, () => req.destroy(new Error(`no answer to ${rawPath}`)));
    req.on('error', reject).end();
  });
}

describe('serveDir', () => {
  let dir: string;
  let served: Served;
  const PAGE = '<!doctype html><title>Deck</title><p>slides</p>';

  beforeAll(async () => {
    dir = path.join(await tempDir('serve'), 'deck');
    await mkdir(path.join(dir, 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'index.html'), PAGE);
    await writeFile(path.join(dir, 'assets', 'main.js'), 'console.log("deck");'.repeat(100));
    await writeFile(path.join(dir, '..', 'secret.txt'), 'outside the deck');
    served = await serveDir(dir, { gzip: true });
  });
  afterAll(() => served?.close());

  it('answers a malformed percent-escape with a client error and keeps serving', async () => {
    for (const bad of ['/%E0%A4%A', '/assets/%', '/%ZZ']) {
      const res = await get(served.url, bad);
      expect([400, 404]).toContain(res.status);
    }
    const again = await get(served.url, '/index.html');
    expect(again.status).toBe(200);
    expect(again.body.toString()).toBe(PAGE);
  });

  it('serves the folder at / and under /sub/path/, with content types, and nothing outside it', async () => {
    for (const base of ['/', '/sub/path/']) {
      const page = await get(served.url, base);
      expect(page.status).toBe(200);
      expect(page.type).toMatch(/^text\/html; ?charset=utf-8$/i);
      const script = await get(served.url, `${base}assets/main.js`);
      expect(script.status).toBe(200);
      expect(script.type).toMatch(/^text\/javascript/);
    }
    expect((await get(served.url, '/missing.png')).status).toBe(404);
    expect((await get(served.url, '/../secret.txt')).status).toBe(404);
    expect((await get(served.url, '/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('compresses text for clients that accept gzip, when asked to', async () => {
    const res = await get(served.url, '/assets/main.js', { 'accept-encoding': 'gzip' });
    expect(res.encoding).toBe('gzip');
    expect(gunzipSync(res.body).toString()).toBe('console.log("deck");'.repeat(100));
    const plain = await get(served.url, '/assets/main.js');
    expect(plain.encoding).toBeUndefined();
  });
});
