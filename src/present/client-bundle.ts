/**
 * The browser side of `deck present` (src/runtime/present/), bundled with Vite the first time it
 * is needed and kept in node_modules/.cache/article-deck/ under a hash of its sources, so a later
 * run starts at once. Two self-contained scripts: the live client added to the deck's page, and
 * the speaker page's script.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// From src/present/ or its compiled twin .build/present/ alike: the browser code stays in src/.
const RUNTIME = fileURLToPath(new URL('../../src/runtime/present', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ENTRIES = { client: 'client.ts', speaker: 'speaker-page.ts' } as const;

export type ClientScripts = Record<keyof typeof ENTRIES, string>;

export async function clientScripts(): Promise<ClientScripts> {
  const names = (await readdir(RUNTIME)).filter((n) => n.endsWith('.ts')).sort();
  const hash = createHash('sha256');
  for (const name of names) hash.update(name).update(await readFile(path.join(RUNTIME, name)));
  const cacheDir = path.join(ROOT, 'node_modules/.cache/article-deck');
  const cacheFile = path.join(cacheDir, `present-${hash.digest('hex').slice(0, 16)}.json`);
  const cached = await readFile(cacheFile, 'utf8').then((s) => JSON.parse(s) as ClientScripts, () => undefined);
  if (cached) return cached;
  const [client, speaker] = await Promise.all([bundle(ENTRIES.client), bundle(ENTRIES.speaker)]);
  const scripts = { client, speaker };
  // A cache that cannot be written (a read-only install) only means bundling again next time.
  await mkdir(cacheDir, { recursive: true })
    .then(() => writeFile(cacheFile, JSON.stringify(scripts)))
    .catch(() => {});
  return scripts;
}

async function bundle(entry: string): Promise<string> {
  const { build } = await import('vite');
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: RUNTIME,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: path.join(RUNTIME, entry), output: { format: 'es', codeSplitting: false } as object },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((r) => r.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error(`could not bundle ${entry}`);
  return chunk.code;
}
