/** Finds a Chromium to print with and launches it headless through playwright-core. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { DeckError } from '../errors.ts';

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

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** `$CHROME_PATH`, else the first Chromium or Chrome on the PATH (/usr/bin and /usr/local/bin without one). */
export function findChrome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new DeckError('browser', `Chromium not found at CHROME_PATH=${env.CHROME_PATH}: install it (apt-get install chromium) or set CHROME_PATH to its path`);
  }
  const dirs = env.PATH ? env.PATH.split(path.delimiter).filter(Boolean) : ['/usr/bin', '/usr/local/bin'];
  for (const name of NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new DeckError('browser', 'Chromium not found: install it (apt-get install chromium) or set CHROME_PATH to its path');
}

export async function launch(executablePath: string = findChrome()): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DeckError('browser', `could not start ${executablePath} (${first}): install Chromium or set CHROME_PATH`, undefined, { cause: error });
  }
}
