/** Chromium (Debian's, through playwright-core) and a static server on 127.0.0.1, for end-to-end tests. */
import type { Browser } from 'playwright-core';
import { findChrome, launch } from '../../src/export/browser.ts';

// The browser finder, flags and static server are the ones `deck pdf` and `deck check` use.
export { CHROMIUM_ARGS } from '../../src/export/browser.ts';
export { serveDir } from '../../src/export/serve.ts';

export function chromePath(): string {
  return findChrome();
}

export function launchBrowser(): Promise<Browser> {
  return launch();
}
