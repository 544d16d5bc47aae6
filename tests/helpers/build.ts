/** Builds fixture articles once per test file into tests/.output/. */
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { buildDeck } from '../../src/build/deck.ts';
import type { UserOptions } from '../../src/options.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const ARTICLE = path.join(ROOT, 'slides/microsoft-openai.txt');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');

export async function tempDir(prefix: string): Promise<string> {
  const base = path.join(ROOT, 'tests/.output');
  await mkdir(base, { recursive: true });
  return mkdtemp(path.join(base, `${prefix}-`));
}

export async function buildTo(article: string, options: UserOptions = {}) {
  const out = path.join(await tempDir(path.basename(article).replace(/\W+/g, '-')), 'deck');
  return buildDeck(article, out, options);
}
