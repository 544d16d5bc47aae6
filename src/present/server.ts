/**
 * `deck present`'s server: one http server on one port serves the built deck (sirv, with gzip
 * and brotli twins and caching headers), the server's own pages under /__present/, and the hub's
 * WebSocket on /__present/socket. Requests naming a host the server does not answer to are refused.
 */
import { readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { removeOnInterrupt } from '../build/interrupt.ts';
import { clientScripts } from './client-bundle.ts';
import { compressedCopy } from './compress.ts';
import { Hub } from './hub.ts';
import { allowedHosts, lanAddresses } from './origin.ts';
import { CLIENT_PATH, ownPagePolicy, presentedPage, SPEAKER_SCRIPT_PATH } from './page.ts';
import { joinPage, speakerPage } from './pages.ts';
import { svgQr } from './qr.ts';
import { QuestionBook } from './questions.ts';
import { newToken, tokenMatches } from './token.ts';

export const JOIN_PATH = '/__present/join';
export const SPEAKER_PATH = '/__present/speaker';

export interface ServeOptions {
  port?: number;
  host?: string;
  saveQuestions?: string;
  token?: string;
}

export interface Presenting {
  audienceUrl: string;
  speakerUrl: string;
  speakerPageUrl: string;
  joinUrl: string;
  /** True when only this machine can reach the server (the default host). */
  loopbackOnly: boolean;
  hub: Hub;
  close: () => Promise<void>;
}

export async function servePresentation(deckDir: string, options: ServeOptions = {}): Promise<Presenting> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? newToken();
  const [copy, scripts, html] = await Promise.all([compressedCopy(deckDir), clientScripts(), readFile(path.join(deckDir, 'index.html'), 'utf8')]);
  const forget = removeOnInterrupt(() => [copy]);
  // The deck's language and direction, as the build wrote them on its <html> (src/vite/html.ts).
  const [, lang = 'en', dir = 'ltr'] = /<html lang="([^"]*)" dir="(ltr|rtl)"/.exec(html) ?? [];
  const deckLang = { lang, dir: dir as 'ltr' | 'rtl' };
  const files = sirv(copy, { gzip: true, brotli: true, etag: true, setHeaders: cacheHeaders });
  const hosts = new Set<string>();
  let joinSvg = '';
  let audienceUrl = '';

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, query: URLSearchParams) => void> = {
    '/': (req, res) => send(req, res, 'text/html', presentedPage(html, req.headers.host!)),
    '/index.html': (req, res) => send(req, res, 'text/html', presentedPage(html, req.headers.host!)),
    [CLIENT_PATH]: (req, res) => send(req, res, 'text/javascript', scripts.client),
    [SPEAKER_SCRIPT_PATH]: (req, res) => send(req, res, 'text/javascript', scripts.speaker),
    [JOIN_PATH]: (req, res) => send(req, res, 'text/html', joinPage(audienceUrl, joinSvg, deckLang.lang, deckLang.dir), ownPagePolicy(req.headers.host!)),
    [SPEAKER_PATH]: (req, res, query) => {
      if (!tokenMatches(token, query.get('token'))) return refuse(res, 403, 'wrong or missing token');
      send(req, res, 'text/html', speakerPage(JOIN_PATH), ownPagePolicy(req.headers.host!));
    },
  };

  const hub = new Hub({ token, hosts, questions: new QuestionBook(options.saveQuestions) });
  const server = createServer((req, res) => {
    if (!hosts.has(req.headers.host?.toLowerCase() ?? '')) return refuse(res, 403, 'unknown host');
    const url = new URL(req.url ?? '/', 'http://x');
    const route = routes[url.pathname];
    if (route && (req.method === 'GET' || req.method === 'HEAD')) route(req, res, url.searchParams);
    else files(req, res);
  });
  server.on('upgrade', (req, socket, head) => hub.upgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  for (const name of allowedHosts(host, port)) hosts.add(name);
  const loopbackOnly = ['127.0.0.1', 'localhost', '::1'].includes(host);
  const publicHost = host === '0.0.0.0' || host === '::' ? (lanAddresses()[0] ?? '127.0.0.1') : host.includes(':') ? `[${host}]` : host;
  const base = `http://${publicHost}:${port}`;
  audienceUrl = `${base}/`;
  joinSvg = await svgQr(audienceUrl);

  return {
    audienceUrl,
    speakerUrl: `${base}/?token=${token}`,
    speakerPageUrl: `${base}${SPEAKER_PATH}?token=${token}`,
    joinUrl: `${base}${JOIN_PATH}`,
    loopbackOnly,
    hub,
    close: async () => {
      hub.close();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      forget();
      await rm(copy, { recursive: true, force: true });
    },
  };
}

/** Hashed assets never change; everything else is checked again each time. */
function cacheHeaders(res: ServerResponse, pathname: string): void {
  res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
}

function send(req: IncomingMessage, res: ServerResponse, type: string, body: string, policy?: string): void {
  const bytes = Buffer.from(body);
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Vary', 'Accept-Encoding');
  if (policy) res.setHeader('Content-Security-Policy', policy);
  const out = gzip ? gzipSync(bytes) : bytes;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', out.length);
  res.end(req.method === 'HEAD' ? undefined : out);
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${message}\n`);
}
