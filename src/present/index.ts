/**
 * `deck present`: an article (built first, into a temporary folder) or a built deck folder,
 * served with the live hub until `close()`.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { removeOnInterrupt } from '../build/interrupt.ts';
import { DeckError } from '../errors.ts';
import { servePresentation, type Presenting, type ServeOptions } from './server.ts';

export { terminalQr } from './qr.ts';
export type { Presenting, ServeOptions } from './server.ts';

export async function present(input: string, options: ServeOptions & { onBuild?: () => void } = {}): Promise<Presenting> {
  const source = path.resolve(input);
  const isDir = await stat(source).then((s) => s.isDirectory(), () => {
    throw new DeckError('not-found', 'no such file or folder: give an article file or a folder made by "deck build"', { file: input });
  });
  if (isDir) {
    await stat(path.join(source, 'index.html')).catch(() => {
      throw new DeckError('not-found', 'this folder has no index.html: give an article, or a folder made by "deck build"', { file: input });
    });
    return servePresentation(source, options);
  }
  // A port in use is found before the build, not after it.
  if (options.port) await portFree(options.port, options.host ?? '127.0.0.1');
  options.onBuild?.();
  const tempDir = await mkdtemp(path.join(tmpdir(), 'deck-present-build-'));
  const forget = removeOnInterrupt(() => [tempDir]);
  const cleanUp = async () => {
    forget();
    await rm(tempDir, { recursive: true, force: true });
  };
  try {
    const { buildDeck } = await import('../build/deck.ts');
    const { outDir } = await buildDeck(source, path.join(tempDir, 'deck'));
    const presenting = await servePresentation(outDir, options);
    return { ...presenting, close: () => presenting.close().then(cleanUp) };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/** Rejects as listening would (EADDRINUSE, EADDRNOTAVAIL…) when `port` cannot be had on `host`. */
function portFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
