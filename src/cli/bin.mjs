#!/usr/bin/env node
// The `deck` command. It runs the CLI compiled to JavaScript in .build/ (tsconfig.build.json, made
// by `npm ci`), which builds about a third of a second sooner; when src/ has changed since, it
// runs the TypeScript sources through tsx instead, so an edit never runs stale code.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `deck outline x | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const SRC = fileURLToPath(new URL('..', import.meta.url));
const BUILD = fileURLToPath(new URL('../../.build', import.meta.url));
const COMPILED = `${BUILD}/cli/run.js`;

/** Modification time of the newest file under dir ending in ext; the browser code is Vite's, not the CLI's. */
function newest(dir, ext) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (entry.name !== 'runtime') time = Math.max(time, newest(file, ext));
    } else if (entry.name.endsWith(ext)) time = Math.max(time, statSync(file).mtimeMs);
  }
  return time;
}

function compiledIsFresh() {
  try {
    statSync(COMPILED);
    return newest(BUILD, '.js') >= newest(SRC, '.ts');
  } catch {
    return false;
  }
}

/** The commands that compile an article into a deck: they start its thread while the rest loads. */
const BUILDS_A_DECK = new Set(['build', 'pdf', 'pptx', 'check']);

/** The article a build will read, as far as the command line shows it (the one in slides/ when none is named). */
function guessArticle(named) {
  if (named) return named;
  if (process.env.DECK_ARTICLE) return process.env.DECK_ARTICLE;
  try {
    const files = readdirSync('slides').filter((f) => /\.(txt|md|markdown|html?)$/i.test(f));
    return files.length === 1 ? `slides/${files[0]}` : undefined;
  } catch {
    return undefined;
  }
}

async function loadMain() {
  // DECK_SOURCE=1 runs the sources even when the compiled CLI is fresh (tests compare the two).
  if (process.env.DECK_SOURCE !== '1' && compiledIsFresh()) {
    const [command, named] = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
    if (BUILDS_A_DECK.has(command)) (await import(`${BUILD}/build/compile-thread.js`)).warmUp(guessArticle(named));
    return import(COMPILED);
  }
  const { register } = await import('tsx/esm/api');
  // Vite and the pipeline's parsers are plain JavaScript: loaded before tsx's hooks are in place,
  // they skip them. That saves about 1 s and 130 MB on every build (measured by `npm run bench`).
  const PLAIN_JS = ['vite', 'commander', 'unified', 'remark-parse', 'remark-gfm', 'remark-frontmatter', 'rehype-parse', 'hast-util-to-mdast', 'hast-util-to-html', 'hastscript', 'yaml'];
  await Promise.all(PLAIN_JS.map((name) => import(name)));
  register();
  return import('./run.ts');
}

const { run } = await loadMain();
process.exitCode = await run(process.argv.slice(2));
