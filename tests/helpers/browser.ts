/** Chromium (Debian's, through playwright-core) and a static server on 127.0.0.1, for end-to-end tests. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromePath(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c!));
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROME_PATH');
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROMIUM_ARGS });
}

// The static server is the one `deck pdf` prints from.
export { serveDir } from '../../src/export/serve.ts';
