/**
 * The ready-made English tagger `npm ci` keeps in .build/tagger/ (src/plan/points/tagger-snapshot.ts):
 * it must tag every sentence exactly as `compromise/two` does, or the points of a first build
 * would differ from those of a build from source; and a snapshot of another compromise is not used.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaggerSnapshot, type Tagger, writeTaggerSnapshot } from '../../src/plan/points/tagger-snapshot.ts';

const compromiseTwo = createRequire(import.meta.url)('compromise/two') as Tagger;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return filesUnder(file);
    return /\.(txt|md|html?)$/i.test(name) ? [file] : [];
  });
}

/** English-looking sentences of the fixtures and the shared corpus, of every style they hold. */
function sentences(): string[] {
  const dirs = ['tests/fixtures', '../shared/corpus', '../shared/articles'].filter((dir) => statSync(dir, { throwIfNoEntry: false })?.isDirectory());
  const all = dirs
    .flatMap(filesUnder)
    .flatMap((file) => readFileSync(file, 'utf8').replace(/<[^>]+>/g, ' ').split(/(?<=[.!?])\s+|\n+/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 30 && s.length <= 500 && /^[\x20-\x7e’‘“”—–…]+$/.test(s));
  return [...new Set(all)];
}

const tagsOf = (tagger: Tagger, sentence: string) =>
  tagger(sentence)
    .json({ offset: true, terms: { offset: true } })
    .flatMap((s) => s.terms)
    .map((term) => [term.offset.start, term.tags]);

describe('the tagger snapshot', () => {
  let dir: string;
  beforeAll(async () => {
    dir = path.join(mkdtempSync(path.join(tmpdir(), 'tagger-')), 'tagger');
    await writeTaggerSnapshot(dir);
  }, 60_000);

  it('tags over a thousand sentences of the fixtures exactly as compromise/two does', () => {
    const snapshot = loadTaggerSnapshot(dir);
    expect(snapshot).toBeDefined();
    const sample = sentences();
    expect(sample.length).toBeGreaterThan(1000);
    const differing = sample.filter((s) => JSON.stringify(tagsOf(snapshot!, s)) !== JSON.stringify(tagsOf(compromiseTwo, s)));
    expect(differing).toEqual([]);
  });

  it('is not used when it was made from another version of compromise, or is missing', () => {
    const stamp = path.join(dir, 'stamp.json');
    const kept = readFileSync(stamp, 'utf8');
    writeFileSync(stamp, JSON.stringify({ compromise: '0.0.1' }));
    try {
      expect(loadTaggerSnapshot(dir)).toBeUndefined();
    } finally {
      writeFileSync(stamp, kept);
    }
    expect(loadTaggerSnapshot(path.join(dir, 'nowhere'))).toBeUndefined();
  });
});
