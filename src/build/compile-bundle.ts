/**
 * The compile thread's code as one file. The thread starts on every build and its first work is
 * loading the pipeline: some 150 modules of ours and of the HTML serializer, each resolved, read
 * and linked apart (about 0.13 s alone, twice that beside the main thread and the tagger thread).
 * `npm ci` (src/cli/prepare.ts) bundles them with Vite into .build/bundle/compile-worker.mjs,
 * which loads in about half the time. The parsers a format needs stay chunks of their own, loaded
 * as before only for that format; the packages loaded with `require` (the tagger, franc) stay
 * outside. The bundle is used only while it is newer than the compiled CLI it was made from
 * (`npm run prepare` makes both); otherwise the thread runs .build/build/compile-worker.js.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** .build/ at the package's root (this module is two folders below it, in src/ and in .build/ alike). */
const BUILD = fileURLToPath(new URL('../../.build', import.meta.url));
const BUNDLE = 'compile-worker.mjs';

/** The bundle when it is there and newer than the compiled pipeline it was made from. */
export function freshBundle(build = BUILD): URL | undefined {
  try {
    const bundle = path.join(build, 'bundle', BUNDLE);
    if (statSync(bundle).mtimeMs < statSync(path.join(build, 'build', 'compile-worker.js')).mtimeMs) return undefined;
    if (statSync(bundle).mtimeMs < statSync(path.join(build, 'pipeline.js')).mtimeMs) return undefined;
    return pathToFileURL(bundle);
  } catch {
    return undefined;
  }
}

/** Bundles .build/build/compile-worker.js and what it imports into .build/bundle/ (run by `npm ci`). */
export async function bundleCompileWorker(build = BUILD): Promise<void> {
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    root: path.dirname(build),
    build: {
      ssr: path.join(build, 'build', 'compile-worker.js'),
      outDir: path.join(build, 'bundle'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: BUNDLE, chunkFileNames: '[name]-[hash].mjs' } },
    },
    // The HTML serializer's small ES modules go in; everything else stays a package of its own.
    ssr: { noExternal: [/^hast/, /^property-information/, /^stringify-entities/, /^(space|comma)-separated-tokens/, /^html-void-elements/, /^zwitch/, /^ccount/, /^character-entities/] },
  });
}
