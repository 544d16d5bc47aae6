/**
 * compromise's English tagger ("two"), ready-made. Loading `compromise/two` unpacks and expands its
 * lexicon on every start (about a third of a second, most of a first build's planning time).
 * `npm ci` (package.json "prepare", src/cli/prepare.ts) runs that expansion once and keeps its
 * result in .build/tagger/: the expanded model as JSON, and compromise's own tagger modules bundled
 * without their model. Loading both takes about a quarter of the time and tags exactly as
 * `compromise/two` does (tests/unit/tagger-snapshot.test.ts compares the two over the fixtures).
 *
 * The snapshot is used only when it was made from the compromise installed now; otherwise, or when
 * it is missing (sources run before `npm ci`), the tagger is `compromise/two` itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The tagger as the planner calls it. */
export type Tagger = (text: string) => { json(options: object): { terms: { tags: string[]; offset: { start: number; length: number } }[] }[] };

/** Where `npm ci` keeps the snapshot: .build/tagger/ at the package's root (the folder this module's package.json is in). */
export const SNAPSHOT_DIR = path.join(packageRoot(fileURLToPath(new URL('.', import.meta.url))), '.build', 'tagger');

/** The nearest folder at or above dir holding a package.json: found the same from src/, .build/ and the compile thread's bundle. */
function packageRoot(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, 'package.json'))) return at;
    if (path.dirname(at) === at) return dir;
  }
}

const BUNDLE = 'compromise-two.cjs';
const MODEL = 'model.json';
const STAMP = 'stamp.json';

/** The installed compromise: its version and its source folder (its package.json is not exported). */
function compromise(): { version: string; src: string } {
  const root = path.resolve(path.dirname(require.resolve('compromise/one')), '../..');
  const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  return { version, src: path.join(root, 'src') };
}

/**
 * The parts of the model the expansion writes: the expanded lexicon and the data models the
 * preTagger plugin brings. Its patterns holding regular expressions (which JSON cannot carry) are
 * cheap to load and come from compromise's own modules instead (see ENTRY).
 */
const FROM_SOURCE = new Set(['endsWith', 'regexNormal', 'regexText', 'regexNumbers']);
/** Models that the plugins applied after the preTagger bring themselves. */
const FROM_PLUGINS = new Set(['matches']);

interface ModelData {
  one: { lexicon: object; frozenLex: object; _multiCache: object };
  two: Record<string, unknown>;
}

function expandedModel(): ModelData {
  const nlp = require('compromise/two') as { world(): { model: { one: ModelData['one']; two: Record<string, unknown> } } };
  const { one, two } = nlp.world().model;
  const kept = Object.entries(two).filter(([key]) => !FROM_SOURCE.has(key) && !FROM_PLUGINS.has(key));
  return { one: { lexicon: one.lexicon, frozenLex: one.frozenLex, _multiCache: one._multiCache }, two: Object.fromEntries(kept) };
}

/**
 * The bundle's entry: compromise/one with the plugins `compromise/two` adds, in its order, the
 * preTagger's model excepted; `build(model)` puts the expanded model in place before the later
 * plugins are applied, as `compromise/two` has it when they run.
 */
const ENTRY = (src: string) => {
  const at = (file: string) => JSON.stringify(path.join(src, file));
  return `import nlp from ${at('one.js')};
import compute from ${at('2-two/preTagger/compute/index.js')};
import methods from ${at('2-two/preTagger/methods/index.js')};
import tags from ${at('2-two/preTagger/tagSet/index.js')};
import endsWith from ${at('2-two/preTagger/model/patterns/endsWith.js')};
import regexNormal from ${at('2-two/preTagger/model/regex/regex-normal.js')};
import regexText from ${at('2-two/preTagger/model/regex/regex-text.js')};
import regexNumbers from ${at('2-two/preTagger/model/regex/regex-numbers.js')};
import contractionTwo from ${at('2-two/contraction-two/plugin.js')};
import postTag from ${at('2-two/postTagger/plugin.js')};
import lazy from ${at('2-two/lazy/plugin.js')};
import swap from ${at('2-two/swap/plugin.js')};

export function build(data) {
  nlp.plugin({ compute, methods, tags, model: { two: { endsWith, regexNormal, regexText, regexNumbers } }, hooks: ['preTagger'] });
  const model = nlp.world().model;
  model.one.lexicon = data.one.lexicon;
  model.one.frozenLex = data.one.frozenLex;
  model.one._multiCache = data.one._multiCache;
  Object.assign(model.two, data.two);
  nlp.plugin(contractionTwo);
  nlp.plugin(postTag);
  nlp.plugin(lazy);
  nlp.plugin(swap);
  return nlp;
}
`;
};

/** Makes the snapshot in dir (replacing one made from another compromise); run by `npm ci`. */
export async function writeTaggerSnapshot(dir: string = SNAPSHOT_DIR): Promise<void> {
  const { version, src } = compromise();
  await mkdir(path.dirname(dir), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(dir), '.tagger-'));
  await chmod(work, 0o755);
  try {
    const entry = path.join(work, 'entry.mjs');
    await writeFile(entry, ENTRY(src));
    const { build } = await import('vite');
    await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        outDir: work,
        emptyOutDir: false,
        minify: true,
        lib: { entry, formats: ['cjs'], fileName: () => BUNDLE },
      },
    });
    await writeFile(path.join(work, MODEL), JSON.stringify(expandedModel()));
    await writeFile(path.join(work, STAMP), JSON.stringify({ compromise: version }));
    await rm(path.join(work, 'entry.mjs'));
    await rm(dir, { recursive: true, force: true });
    await rename(work, dir);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The tagger from the snapshot in dir, or undefined when there is none for the installed compromise. */
export function loadTaggerSnapshot(dir: string = SNAPSHOT_DIR): Tagger | undefined {
  try {
    if (!existsSync(path.join(dir, STAMP))) return undefined;
    const stamp = JSON.parse(readFileSync(path.join(dir, STAMP), 'utf8')) as { compromise?: string };
    if (stamp.compromise !== compromise().version) return undefined;
    const { build } = require(path.join(dir, BUNDLE)) as { build(data: ModelData): Tagger };
    return build(JSON.parse(readFileSync(path.join(dir, MODEL), 'utf8')) as ModelData);
  } catch {
    return undefined;
  }
}
