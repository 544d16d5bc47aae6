/**
 * The English tagger's cache between builds (src/build/tag-cache.ts): a rebuild finds every
 * sentence's tags there, and the deck is the same with the cache, without it, and from it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openTagCache } from '../../src/build/tag-cache.ts';
import { compileFile } from '../../src/pipeline.ts';
import { useTagStore } from '../../src/plan/points/english.ts';

const ARTICLE = path.resolve('slides/microsoft-openai.txt');
const points = async () => (await compileFile(ARTICLE)).deck.slides.map((slide) => slide.points);

afterEach(() => useTagStore(undefined));

describe('the tag cache', () => {
  it('is filled by the first build and answers every sentence of the next, with the same points', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tags-')), 'english-tags.json');
    const without = await points();

    const first = openTagCache(file)!;
    useTagStore(first);
    expect(await points()).toEqual(without);
    first.save(ARTICLE);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { sentences: unknown[] };
    expect(stored.sentences.length).toBeGreaterThan(10);

    const second = openTagCache(file)!;
    expect(second.knows(ARTICLE)).toBe(true);
    let misses = 0;
    useTagStore({ get: (s) => second.get(s), set: () => void misses++ });
    expect(await points()).toEqual(without);
    expect(misses).toBe(0);
  });

  it('ignores a cache it cannot read and never fails the build for it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tags-')), 'english-tags.json');
    writeFileSync(file, '{ not json');
    const cache = openTagCache(file)!;
    expect(cache.knows(ARTICLE)).toBe(false);
    useTagStore(cache);
    const cached = await points();
    useTagStore(undefined);
    expect(cached).toEqual(await points());
  });
});
