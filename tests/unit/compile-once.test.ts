/**
 * One compile per build: the article is read, outlined, planned and rendered once, and that
 * result is handed to the Vite plugin, whether the build writes a folder or one offline file.
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDeck } from '../../src/build/deck.ts';
import * as pipeline from '../../src/pipeline.ts';
import { buildSingleFile } from '../../src/single/build.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

vi.mock('../../src/pipeline.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/pipeline.ts')>();
  return { ...original, compileFile: vi.fn(original.compileFile) };
});

const ARTICLE = path.join(FIXTURES, 'markdown-talk.md');
const compiles = () => vi.mocked(pipeline.compileFile).mock.calls.filter(([file]) => path.resolve(file) === ARTICLE).length;

afterEach(() => vi.mocked(pipeline.compileFile).mockClear());

describe('each build compiles its article once', () => {
  it('deck build', async () => {
    await buildDeck(ARTICLE, path.join(await tempDir('compile-once'), 'deck'));
    expect(compiles()).toBe(1);
  });

  it('deck build --single-file', async () => {
    const { file } = await buildSingleFile(ARTICLE, path.join(await tempDir('compile-once'), 'talk.html'));
    expect(path.basename(file)).toBe('talk.html');
    expect(compiles()).toBe(1);
  });
});
