/**
 * Run by `npm ci` / `npm install` (package.json "prepare"), after the CLI is compiled to .build/:
 * trims reveal.css once, so that no build has to load PostCSS for it (src/vite/trim-reveal-css.ts),
 * keeps compromise's tagger with its lexicon expanded (src/plan/points/tagger-snapshot.ts), and
 * bundles the deck's runtime once, keeping its page for builds with the default options
 * (src/build/kept-pages.ts), so that a first `deck build` runs no Vite; and bundles the compile
 * thread's code into one file (src/build/compile-bundle.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bundleCompileWorker } from '../build/compile-bundle.ts';
import { openKeptPages } from '../build/kept-pages.ts';
import { writeTaggerSnapshot } from '../plan/points/tagger-snapshot.ts';
import { openRuntimes } from '../site/runtime.ts';
import { trimmedRevealCss } from '../vite/trim-reveal-css.ts';

const revealCss = createRequire(import.meta.url).resolve('reveal.js/reveal.css');
await trimmedRevealCss(await readFile(revealCss, 'utf8'));
await writeTaggerSnapshot();
await bundleCompileWorker();

const pages = openKeptPages({});
if (pages && !pages.find([])) {
  const runtimes = openRuntimes({});
  try {
    const runtime = await runtimes.forFeatures([]);
    await pages.keepTemplate([], runtime.standaloneTemplate, path.join(runtime.dir, 'assets'));
  } finally {
    await runtimes.dispose();
  }
}
