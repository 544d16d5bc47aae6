/**
 * The tagger thread (src/build/tagger-thread.ts), run compiled (.build/, made by `npm ci`) as
 * `deck build` runs it: its answers are the tagger's own, the tags kept between builds are asked
 * first and get its answers, a thread that is gone leaves the compile thread to tag by itself, and
 * a first build through it (the tag cache off) gives the deck the main thread compiles.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { SentenceTags, TagStore } from '../../src/plan/points/english.ts';
import { tagSentence } from '../../src/plan/points/english.ts';
import { compileFile } from '../../src/pipeline.ts';
import { ARTICLE, ROOT, tempDir } from '../helpers/build.ts';

type TaggerThread = typeof import('../../src/build/tagger-thread.ts');
const compiled = async (): Promise<TaggerThread> => import(pathToFileURL(path.join(ROOT, '.build/build/tagger-thread.js')).href);

const SENTENCES = [
  'Some argue that such collaborations could lead to a monopolization of AI research.',
  'It has always been at the forefront of innovation.',
  'The partnership between Microsoft and OpenAI is not just a strategic move; it is a harmonious blend of strengths.',
];

function memory(): TagStore & { kept: Map<string, SentenceTags> } {
  const kept = new Map<string, SentenceTags>();
  return { kept, get: (s) => kept.get(s), set: (s, t) => void kept.set(s, t) };
}

describe('the tagger thread', () => {
  it("answers with the tagger's own tags, after the tags already kept, and keeps its answers", async () => {
    const { startTaggerThread, taggerStore } = await compiled();
    const { worker, link } = startTaggerThread();
    try {
      const kept = memory();
      const known: SentenceTags = [[0, ['Noun']]];
      kept.set('Kept already.', known);
      const store = taggerStore(link, kept);
      expect(store.get('Kept already.')).toBe(known);
      for (const sentence of SENTENCES) {
        expect(store.get(sentence)).toEqual(tagSentence(sentence));
        expect(kept.kept.get(sentence)).toEqual(tagSentence(sentence));
      }
    } finally {
      await worker.terminate();
    }
  });

  it('gone, is asked no more: the compile thread tags by itself', async () => {
    const { startTaggerThread, taggerStore } = await compiled();
    const { worker, link } = startTaggerThread();
    await worker.terminate();
    const store = taggerStore(link, memory());
    expect(store.get(SENTENCES[0]!)).toBeUndefined();
    const started = performance.now();
    expect(store.get(SENTENCES[1]!)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(100);
  }, 20_000);

  it('gives a first build the points the main thread compiles', async () => {
    const out = path.join(await tempDir('tagger-thread'), 'deck');
    // DECK_CACHE=0: no tags kept, so `deck build` starts the tagger thread and asks it every sentence.
    await promisify(execFile)(process.execPath, [path.join(ROOT, 'src/cli/bin.mjs'), 'build', ARTICLE, '--out', out], { cwd: ROOT, env: { ...process.env, DECK_CACHE: '0', DECK_SOURCE: '' } });
    const plan = JSON.parse(await readFile(path.join(out, 'deck-plan.json'), 'utf8')) as { slides: { points: string[] }[] };
    const here = await compileFile(ARTICLE);
    expect(plan.slides.map((s) => s.points)).toEqual(here.deck.slides.map((s) => s.points));
    expect(here.deck.slides.flatMap((s) => s.points).length).toBeGreaterThan(20);
  }, 60_000);
});
