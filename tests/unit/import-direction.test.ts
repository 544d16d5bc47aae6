/**
 * The pipeline runs one way: each stage imports only from itself and the stages before it, so that
 * any stage can be read, tested and replaced without the ones after it. The browser runtime is a
 * world apart: it imports nothing from the build side, and the build side never imports it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';

/** In pipeline order; a file may import from its own stage and earlier ones. Paths are relative to src/. */
const STAGES: { name: string; holds: (file: string) => boolean }[] = [
  { name: 'shared (types, errors, options, vocabulary)', holds: (f) => ['types.ts', 'errors.ts', 'options.ts', 'mime.ts'].includes(f) || f.startsWith('vocab/') },
  { name: 'read', holds: (f) => f.startsWith('read/') },
  { name: 'outline', holds: (f) => f.startsWith('outline/') },
  { name: 'plan', holds: (f) => f.startsWith('plan/') },
  { name: 'render', holds: (f) => f.startsWith('render/') },
  { name: 'pipeline', holds: (f) => f === 'pipeline.ts' || f === 'pipeline-in-memory.ts' },
  { name: 'build', holds: (f) => f.startsWith('build/') || f.startsWith('vite/') },
  { name: 'export', holds: (f) => f.startsWith('export/') || f.startsWith('single/') || f.startsWith('check/') },
  { name: 'site', holds: (f) => f.startsWith('site/') },
  { name: 'present', holds: (f) => f.startsWith('present/') },
  { name: 'cli', holds: (f) => f.startsWith('cli/') || f === 'index.ts' },
];
const RUNTIME = (f: string) => f.startsWith('runtime/');

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`: the specifiers a file names. */
export function specifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [
    ...code.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((m) => m[1]!);
}

export interface Edge {
  from: string;
  to: string;
}

/** Every import between files under src/ (paths relative to src/) that goes against the direction. */
export function violations(edges: Edge[]): string[] {
  const stageOf = (file: string) => STAGES.findIndex((s) => s.holds(file));
  const found: string[] = [];
  for (const { from, to } of edges) {
    if (RUNTIME(from) || RUNTIME(to)) {
      if (RUNTIME(from) !== RUNTIME(to)) found.push(`${from} → ${to}: the browser runtime and the build side never import each other`);
      continue;
    }
    const [a, b] = [stageOf(from), stageOf(to)];
    if (a < 0) found.push(`${from}: in no stage; add it to STAGES in tests/unit/import-direction.test.ts`);
    else if (b < 0) found.push(`${to} (imported by ${from}): in no stage; add it to STAGES`);
    else if (b > a) found.push(`${from} (${STAGES[a]!.name}) → ${to} (${STAGES[b]!.name}): imports from a later stage`);
  }
  return [...new Set(found)];
}

/** The import graph of src/: one edge per relative import of a file that exists. */
function importGraph(srcDir: string): Edge[] {
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs)$/.test(f));
  return files.flatMap((file) =>
    specifiers(readFileSync(path.join(srcDir, file), 'utf8'))
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => ({ from: file, to: path.relative(srcDir, path.resolve(srcDir, path.dirname(file), spec)) }))
      .filter(({ to }) => !to.startsWith('..')), // assets/, index.html: not code of a stage
  );
}

describe('imports flow one way: shared → read → outline → plan → render → pipeline → build/vite → export/single/check → site → cli', () => {
  it('no file under src/ imports from a later stage, and the runtime stays apart', () => {
    const edges = importGraph(path.join(ROOT, 'src'));
    expect(edges.length).toBeGreaterThan(100);
    expect(violations(edges), 'imports against the direction').toEqual([]);
  });

  it('finds a back-edge, a file outside every stage, and the runtime reaching into the build', () => {
    const source = `import type { A } from './a.ts';\nexport { b } from "../b.ts";\nimport '../../assets/x.css';\nconst c = await import('./c.ts');\n// import { no } from './comment.ts';\n`;
    expect(specifiers(source)).toEqual(['./a.ts', '../b.ts', '../../assets/x.css', './c.ts']);
    expect(
      violations([
        { from: 'read/text.ts', to: 'outline/cues.ts' },
        { from: 'plan/index.ts', to: 'read/text.ts' },
        { from: 'stray.ts', to: 'types.ts' },
        { from: 'runtime/main.ts', to: 'render/index.ts' },
      ]),
    ).toEqual([
      'read/text.ts (read) → outline/cues.ts (outline): imports from a later stage',
      'stray.ts: in no stage; add it to STAGES in tests/unit/import-direction.test.ts',
      'runtime/main.ts → render/index.ts: the browser runtime and the build side never import each other',
    ]);
  });
});
