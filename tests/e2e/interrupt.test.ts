/**
 * Interrupted builds: Ctrl+C (SIGINT), a hard kill or an exception part-way through `deck build`
 * leave the previous output exactly as it was, and an interrupted build leaves no temporary folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build/deck.ts';
import { writeDirAtomically } from '../../src/build/atomic.ts';
import { ARTICLE, FIXTURES, ROOT, tempDir } from '../helpers/build.ts';

/** Every file under `dir` with a hash of its bytes. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = createHash('sha256').update(await readFile(file)).digest('hex');
  }
  return out;
}

const leftovers = async (parent: string) => (await readdir(parent)).filter((name) => name.startsWith('.deck-'));

/** Runs `deck build` in a child process and sends `signal` after `delay` ms; resolves with how it ended. */
function buildAndInterrupt(article: string, out: string, signal: NodeJS.Signals, delay: number) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; elapsed: number }>((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['src/cli/bin.mjs', 'build', article, '--out', out], { cwd: ROOT, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill(signal), delay);
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      resolve({ code, signal: sig, elapsed: Date.now() - started });
    });
  });
}

describe('deck build interrupted part-way', () => {
  let parent: string;
  let out: string;
  let before: Record<string, string>;
  let fullBuild: number;

  beforeAll(async () => {
    parent = await tempDir('interrupt');
    out = path.join(parent, 'deck');
    // The previous output comes from another article, so a finished new build would show.
    await buildDeck(path.join(FIXTURES, 'remote-work.txt'), out);
    before = await snapshot(out);
    // Timed as the builds below run: the article's tags and the page are kept by the first of these two.
    await buildAndInterrupt(ARTICLE, path.join(parent, 'timing'), 'SIGINT', 600_000);
    const timed = await buildAndInterrupt(ARTICLE, path.join(parent, 'timing'), 'SIGINT', 600_000);
    fullBuild = timed.elapsed;
    expect(timed.code).toBe(0);
  }, 180_000);

  /**
   * What a reader finds after the build ended however it ended: exactly the previous deck, or the
   * whole new one (the swap can finish before a late signal does). A new deck becomes the previous one.
   */
  async function expectPreviousOrWholeNew(): Promise<'previous' | 'new'> {
    const now = await snapshot(out);
    if (JSON.stringify(now) === JSON.stringify(before)) return 'previous';
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain("<title>The Dynamics of Microsoft's Collaboration with OpenAI</title>");
    for (const ref of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) expect(existsSync(path.join(out, ref[1]!))).toBe(true);
    await buildDeck(path.join(FIXTURES, 'remote-work.txt'), out);
    before = await snapshot(out);
    return 'new';
  }

  // Early, middle and late in the build: wherever Ctrl+C lands, the old deck stays or the new one is whole.
  for (const share of [0.3, 0.6, 0.9]) {
    it(`SIGINT at ${share * 100}% of a build: the previous deck stays exactly as it was or the new one is whole, and no temporary folder is left`, async () => {
      const result = await buildAndInterrupt(ARTICLE, out, 'SIGINT', Math.round(fullBuild * share));
      const interrupted = result.code !== 0;
      if (interrupted) expect(result.code === 130 || result.signal === 'SIGINT').toBe(true);
      const found = await expectPreviousOrWholeNew();
      console.log(`interrupt: SIGINT at ${Math.round(fullBuild * share)} ms of a ${fullBuild} ms build → ${interrupted ? `stopped (exit ${result.code ?? result.signal})` : 'had finished'}, ${found} deck in place`);
      // Finished without the signal mattering: then it is the new deck.
      if (!interrupted) expect(found).toBe('new');
      // Early on, the build is always stopped before its output is swapped in.
      if (share === 0.3) expect([interrupted, found]).toEqual([true, 'previous']);
      expect(await leftovers(parent)).toEqual([]);
    }, 120_000);
  }

  it('a hard kill (SIGKILL) mid-build cannot clean up, but the previous deck is still intact', async () => {
    // Half-way through a build, or earlier when a build runs faster than the one timed: the kill must land mid-build.
    let killed = false;
    for (const share of [0.5, 0.3, 0.15, 0.05]) {
      const result = await buildAndInterrupt(ARTICLE, out, 'SIGKILL', Math.round(fullBuild * share));
      if (result.signal !== 'SIGKILL') {
        expect(result.code).toBe(0);
        await expectPreviousOrWholeNew();
        continue;
      }
      killed = true;
      expect(await snapshot(out)).toEqual(before);
      break;
    }
    expect(killed).toBe(true);
  }, 120_000);
});

describe('a build step that throws', () => {
  it('after writing part of the new deck, leaves the previous one as it was and removes the partial one', async () => {
    const parent = await tempDir('crash');
    const out = path.join(parent, 'deck');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'previous deck');
    const crash = writeDirAtomically(out, async (tmp) => {
      await mkdir(path.join(tmp, 'assets'), { recursive: true });
      await writeFile(path.join(tmp, 'index.html'), 'half a new deck');
      throw new Error('the bundler crashed');
    });
    await expect(crash).rejects.toThrow('the bundler crashed');
    expect(await snapshot(out)).toEqual({ 'index.html': createHash('sha256').update('previous deck').digest('hex') });
    expect(await leftovers(parent)).toEqual([]);
  });
});
