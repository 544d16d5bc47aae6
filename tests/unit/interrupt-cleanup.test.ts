/**
 * What Ctrl+C means is the program's choice, not the library's: a build, an export or a check never
 * ends the process. While it runs it keeps a way to remove what it has half-written, which the
 * `deck` command runs on SIGINT before it exits (tests/e2e/interrupt.test.ts runs that end to end).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanUpInterrupted } from '../../src/build/interrupt.ts';
import { exportPdf } from '../../src/export/pdf.ts';
import { buildSingleFile } from '../../src/single/build.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

const ARTICLE = path.join(FIXTURES, 'markdown-talk.md');
let tmp: string;
let savedTmp: string | undefined;

// The library's temporary folders go to os.tmpdir(): a folder of this test's own, to look into.
beforeAll(async () => {
  savedTmp = process.env.TMPDIR;
  tmp = path.join(await tempDir('interrupt-tmp'), 'tmp');
  await mkdir(tmp);
  process.env.TMPDIR = tmp;
});
afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
});

/**
 * Runs `work`, giving it `interrupt()`: what Ctrl+C does in the `deck` command, less the exit. It
 * runs every SIGINT listener the library added (an exit there is recorded, not done), then the
 * registered clean-up. Resolves with the exits asked for and how the work ended.
 */
async function interrupted(work: (interrupt: () => void) => Promise<unknown>) {
  const exits: unknown[] = [];
  const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
    exits.push(code);
    return undefined as never;
  }) as typeof process.exit);
  const ours = new Set(process.listeners('SIGINT'));
  const interrupt = () => {
    for (const listener of process.listeners('SIGINT').filter((l) => !ours.has(l))) listener('SIGINT');
    cleanUpInterrupted();
  };
  try {
    const ended = await work(interrupt).then(() => 'finished', (error: Error) => error.message);
    await new Promise((resolve) => setTimeout(resolve, 200)); // an exit asked for after a last await
    return { exits, ended };
  } finally {
    exit.mockRestore();
  }
}

const leftovers = async () => (await readdir(tmp)).filter((name) => name.startsWith('deck-'));

describe('Ctrl+C during library work', () => {
  it('deck pdf: stops printing, removes its temporary deck, writes no PDF, and leaves exiting to the program', async () => {
    const out = path.join(await tempDir('interrupt-pdf'), 'talk.pdf');
    const { exits, ended } = await interrupted((interrupt) =>
      exportPdf(ARTICLE, out, { onStage: (stage) => stage === 'print' && interrupt() }),
    );
    expect(exits).toEqual([]);
    expect(ended).not.toBe('finished');
    expect(existsSync(out)).toBe(false);
    expect(await leftovers()).toEqual([]);
  }, 60_000);

  it('deck build --single-file: removes its temporary folder and leaves exiting to the program', async () => {
    const out = path.join(await tempDir('interrupt-single'), 'talk.html');
    const { exits } = await interrupted(async (interrupt) => {
      const build = buildSingleFile(ARTICLE, out);
      // As soon as the build has a temporary folder of its own.
      while (!(await leftovers()).length) await new Promise((resolve) => setTimeout(resolve, 5));
      interrupt();
      await build;
    });
    expect(exits).toEqual([]);
    expect(await leftovers()).toEqual([]);
  }, 60_000);
});
