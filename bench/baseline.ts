/**
 * The baseline: what a user gets from plain reveal.js + Vite with reveal's `white` theme, holding
 * exactly our slides and notes (our rendered `<div class="reveal">`). No plugin is loaded, which
 * keeps the baseline as light as plain reveal.js gets (a real deck would add at least the Notes plugin).
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderedDeck } from '../src/render/index.ts';
import { ROOT } from './build.ts';

const html = (deck: RenderedDeck) => `<!doctype html>
<html lang="${deck.lang}" dir="${deck.dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${deck.title}</title>
  </head>
  <body>
    ${deck.body}
    <script type="module" src="/main.js"></script>
  </body>
</html>
`;

const MAIN = `import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import 'reveal.js/theme/white.css';

Reveal.initialize({ hash: true });
`;

const CONFIG = `export default { base: './', build: { reportCompressedSize: false } };
`;

/** Writes the baseline project into dir (index.html, main.js, vite.config.mjs, node_modules link). */
export async function writeBaseline(dir: string, deck: RenderedDeck): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), html(deck));
  await writeFile(path.join(dir, 'main.js'), MAIN);
  await writeFile(path.join(dir, 'vite.config.mjs'), CONFIG);
  await writeFile(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
}
