/**
 * Run by `npm ci` / `npm install` (package.json "prepare"), after the CLI is compiled to .build/:
 * trims reveal.css once, so that no build has to load PostCSS for it (src/vite/trim-reveal-css.ts),
 * and keeps compromise's tagger with its lexicon expanded (src/plan/points/tagger-snapshot.ts).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { writeTaggerSnapshot } from '../plan/points/tagger-snapshot.ts';
import { trimmedRevealCss } from '../vite/trim-reveal-css.ts';

const revealCss = createRequire(import.meta.url).resolve('reveal.js/reveal.css');
await trimmedRevealCss(await readFile(revealCss, 'utf8'));
await writeTaggerSnapshot();
