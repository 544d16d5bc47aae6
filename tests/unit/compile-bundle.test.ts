/**
 * The compile thread's code bundled by `npm ci` (src/build/compile-bundle.ts): used while it is
 * newer than the compiled pipeline it was made from, never after a later compile left it stale
 * (the thread would run old code). That the bundled thread compiles what the main thread compiles
 * is tests/unit/threads.test.ts's.
 */
import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshBundle } from '../../src/build/compile-bundle.ts';

function fakeBuild(): { dir: string; touch: (file: string, seconds: number) => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'bundle-'));
  for (const sub of ['build', 'bundle']) mkdirSync(path.join(dir, sub));
  const touch = (file: string, seconds: number) => {
    writeFileSync(path.join(dir, file), '');
    utimesSync(path.join(dir, file), seconds, seconds);
  };
  return { dir, touch };
}

describe('the compile thread bundle', () => {
  it('is used when it is newer than the compiled pipeline', () => {
    const { dir, touch } = fakeBuild();
    touch('pipeline.js', 1000);
    touch('build/compile-worker.js', 1000);
    touch('bundle/compile-worker.mjs', 1001);
    expect(freshBundle(dir)?.pathname).toBe(path.join(dir, 'bundle', 'compile-worker.mjs'));
  });

  it('is not used once the pipeline is compiled again after it, nor when it is missing', () => {
    const { dir, touch } = fakeBuild();
    touch('bundle/compile-worker.mjs', 1000);
    touch('build/compile-worker.js', 1000);
    touch('pipeline.js', 1001);
    expect(freshBundle(dir)).toBeUndefined();
    touch('pipeline.js', 999);
    touch('build/compile-worker.js', 1002);
    expect(freshBundle(dir)).toBeUndefined();
    expect(freshBundle(path.join(dir, 'nowhere'))).toBeUndefined();
  });

  it('is there after npm ci, made from this compile', () => {
    expect(freshBundle()).toBeDefined();
  });
});
