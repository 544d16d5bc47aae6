/**
 * What the shared runtime is made from, as a cheap key: the tool's version, the options that change
 * the page, the versions of reveal.js and Vite, and the size and time of every file the runtime is
 * bundled from (index.html, assets/, src/runtime/, src/vite/). When it matches the manifest's and
 * no article changed, a site build does not run Vite at all; `deck build` keeps pages under it (kept-pages.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The package's version: part of every site deck's manifest key and of every kept page's. */
export const TOOL_VERSION: string = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SOURCES = ['index.html', 'assets', 'src/runtime', 'src/vite'];

export function runtimeInputsKey(options: unknown, toolVersion: string): string {
  const hash = createHash('sha256').update(JSON.stringify({ options, toolVersion, versions: ['reveal.js', 'vite'].map(versionOf) }));
  for (const source of SOURCES) for (const [file, stamp] of stamps(path.join(ROOT, source))) hash.update(`${file}\0${stamp}\0`);
  return hash.digest('hex').slice(0, 32);
}

function* stamps(file: string): Generator<[string, string]> {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return;
  }
  if (!stat.isDirectory()) return void (yield [path.relative(ROOT, file), `${stat.size}:${stat.mtimeMs}`]);
  for (const name of readdirSync(file).sort()) if (!name.startsWith('.')) yield* stamps(path.join(file, name));
}

function versionOf(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    const main = require.resolve(name);
    let dir = path.dirname(main);
    while (dir !== path.dirname(dir)) {
      try {
        const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (json.name === name) return json.version ?? '';
      } catch {
        // no package.json at this level
      }
      dir = path.dirname(dir);
    }
  } catch {
    // not installed: the build will say so
  }
  return '';
}
