/**
 * `deck present`'s server over HTTP: what it adds to the deck's page (and what it leaves alone on
 * disk), its own pages, caching and compression, and where questions are kept.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { present } from '../../src/present/index.ts';
import { joinPage } from '../../src/present/pages.ts';
import { servePresentation, type Presenting } from '../../src/present/server.ts';
import * as browserSide from '../../src/runtime/present/protocol.ts';
import * as serverSide from '../../src/present/protocol.ts';
import { SOCKET_PATH } from '../../src/present/hub.ts';
import { buildTo, FIXTURES, tempDir } from '../helpers/build.ts';
import { openClient } from '../helpers/present-client.ts';

let deckDir: string;
let builtPage: string;
let room: Presenting;
let saved: string;
let origin: string;

beforeAll(async () => {
  deckDir = (await buildTo(path.join(FIXTURES, 'bibliotecas-de-ferramentas-pt.md'))).outDir;
  builtPage = await readFile(path.join(deckDir, 'index.html'), 'utf8');
  saved = path.join(await tempDir('present-questions'), 'questions.jsonl');
  room = await servePresentation(deckDir, { port: 0, saveQuestions: saved, token: 'tok-123456' });
  origin = new URL(room.audienceUrl).origin;
}, 60_000);

afterAll(() => room?.close());

const get = (pathname: string, headers: Record<string, string> = {}) => fetch(new URL(pathname, origin), { headers });

describe('the deck as served live', () => {
  it('adds the live client and lets the page connect to its own ws: origin only', async () => {
    const page = await (await get('/')).text();
    expect(page).toContain('<script type="module" src="/__present/client.js"></script>');
    const policy = page.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)![1]!.replaceAll('&#39;', "'");
    expect(policy).toMatch(new RegExp(`connect-src 'self' ws://${new URL(origin).host};`));
    expect(policy).toContain("script-src 'self'");
  });

  it('leaves the built deck on disk as it was: no socket code in the static deck', async () => {
    expect(await readFile(path.join(deckDir, 'index.html'), 'utf8')).toBe(builtPage);
    expect(builtPage).not.toContain('__present');
    for (const name of await readdir(path.join(deckDir, 'assets'))) {
      if (name.endsWith('.js')) expect(await readFile(path.join(deckDir, 'assets', name), 'utf8')).not.toContain(SOCKET_PATH);
    }
  });

  it('sends hashed assets compressed and cached for a year, the page revalidated each time', async () => {
    const page = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const script = builtPage.match(/src="\.\/(assets\/[^"]+\.js)"/)![1]!;
    const asset = await get(`/${script}`, { 'Accept-Encoding': 'br, gzip' });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('refuses requests naming a host it does not answer to', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request(new URL('/', origin), { headers: { Host: 'rebound.example' } }, (res) => resolve(res.statusCode!)).end();
    });
    expect(status).toBe(403);
  });
});

describe('the join and speaker pages', () => {
  it('the join page shows the audience URL as a QR code and as text', async () => {
    const page = await (await get('/__present/join')).text();
    expect(page).toMatch(/<svg[^>]*viewBox/);
    expect(page).toContain(room.audienceUrl);
    expect(page).not.toContain('tok-123456');
  });

  it('the join page speaks the deck\'s language (a Portuguese deck here)', async () => {
    const page = await (await get('/__present/join')).text();
    expect(page).toContain('<html lang="pt" dir="ltr">');
    expect(page).toContain('<h1>Acompanhe a palestra no telefone</h1>');
    expect(page).toContain('<title>Participe da palestra</title>');
    // A right-to-left deck's join page reads right to left, its address left to right.
    const hebrew = joinPage('http://192.168.1.20:8080/', '<svg viewBox="0 0 1 1"></svg>', 'he', 'rtl');
    expect(hebrew).toContain('<html lang="he" dir="rtl">');
    expect(hebrew).toContain('<h1>עקבו אחרי ההרצאה בטלפון</h1>');
    expect(hebrew).toContain('<p class="url" dir="ltr">http://192.168.1.20:8080/</p>');
  });

  it('the speaker page needs the token', async () => {
    expect((await get('/__present/speaker')).status).toBe(403);
    expect((await get('/__present/speaker?token=tok-12345')).status).toBe(403);
    const page = await get('/__present/speaker?token=tok-123456');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });
});

describe('questions on disk', () => {
  it('are appended to the --save-questions file as JSON lines, as text', async () => {
    const asker = await openClient(Number(new URL(origin).port));
    asker.send({ t: 'hello' });
    asker.send({ t: 'ask', text: 'Quem repara as <b>ferramentas</b>?' });
    await asker.next((m) => m.t === 'asked');
    asker.ws.close();
    await expect.poll(async () => (await readFile(saved, 'utf8').catch(() => '')).trim().split('\n').filter(Boolean).map((l) => JSON.parse(l).text)).toEqual([
      'Quem repara as <b>ferramentas</b>?',
    ]);
  });

  it('without --save-questions nothing is written', async () => {
    const before = await snapshot(deckDir);
    const other = await servePresentation(deckDir, { port: 0 });
    const asker = await openClient(Number(new URL(other.audienceUrl).port));
    asker.send({ t: 'hello' });
    asker.send({ t: 'ask', text: 'E o seguro?' });
    await asker.next((m) => m.t === 'asked');
    asker.ws.close();
    await other.close();
    expect(await snapshot(deckDir)).toEqual(before);
  });
});

describe('what can be presented', () => {
  it('a built folder is served as it is; a folder without a deck is refused in one line', async () => {
    const live = await present(deckDir, { port: 0 });
    expect(await (await fetch(live.audienceUrl)).text()).toContain('/__present/client.js');
    await live.close();
    const empty = await tempDir('present-empty');
    await expect(present(empty, { port: 0 })).rejects.toThrow(/this folder has no index\.html/);
  });
});

it('the browser and the server agree on the socket path and the question limit', () => {
  expect(browserSide.SOCKET_PATH).toBe(SOCKET_PATH);
  expect(browserSide.MAX_QUESTION).toBe(serverSide.MAX_QUESTION);
});

async function snapshot(dir: string) {
  const names = await readdir(dir, { recursive: true });
  return Promise.all(names.sort().map(async (n) => [n, (await stat(path.join(dir, n))).mtimeMs]));
}
