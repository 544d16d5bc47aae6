/**
 * English part-of-speech tags from `compromise` (its tagger, no lexicon of ours). The library is
 * loaded on first use, so articles in other languages and builds without points never load it;
 * it runs at build time only.
 */
import { createRequire } from 'node:module';
import { loadTaggerSnapshot, type Tagger } from './tagger-snapshot.ts';
import type { Token } from './tokens.ts';

let tagger: Tagger | undefined;

/** Tags of a sentence as the tagger gives them: each term's offset in the sentence and its tags. */
export type SentenceTags = [start: number, tags: string[]][];

/**
 * Where tags already computed may be kept between builds (the build keeps them on disk, see
 * src/build/tag-cache.ts); planning itself stays pure, and gives the same points with or without.
 */
export interface TagStore {
  get(sentence: string): SentenceTags | undefined;
  set(sentence: string, tags: SentenceTags): void;
}

let store: TagStore | undefined;

export function useTagStore(next: TagStore | undefined): void {
  store = next;
}

function load(): Tagger {
  // Synchronous, so that planning stays so: the snapshot `npm ci` made (tagger-snapshot.ts), else
  // compromise's CommonJS build of its tagger ("two"), which tags the same.
  tagger ??= loadTaggerSnapshot() ?? (createRequire(import.meta.url)('compromise/two') as Tagger);
  return tagger;
}

/**
 * Sentences tagged per planning run (one synchronous pass over an article; the count starts again
 * on the next turn of the event loop). About 1 ms each: a 2,000-section article tags its first
 * sections and shortens the rest by punctuation alone, as other languages are.
 */
const BUDGET = 400;
let left = BUDGET;
let refill = false;

function spend(): boolean {
  if (!refill) {
    refill = true;
    setImmediate(() => {
      left = BUDGET;
      refill = false;
    }).unref();
  }
  return left-- > 0;
}

/** Adds compromise's tags to each token of an English sentence, within the budget; returns the tokens. */
export function tagEnglish(tokens: Token[]): Token[] {
  if (!tokens.length || tokens[0]!.tags || !spend()) return tokens;
  const starts: number[] = [];
  let text = '';
  for (const t of tokens) {
    if (text) text += ' ';
    starts.push(text.length);
    text += t.pre + t.text + t.post;
  }
  for (const t of tokens) t.tags = new Set();
  let terms = store?.get(text);
  if (!terms) {
    terms = tagSentence(text);
    store?.set(text, terms);
  }
  let at = 0;
  for (const [start, tags] of terms) {
    while (at + 1 < tokens.length && starts[at + 1]! <= start) at++;
    for (const tag of tags) tokens[at]!.tags!.add(tag);
  }
  return tokens;
}

/** compromise's tags of one sentence, by this thread's tagger (loaded on first use). */
export function tagSentence(text: string): SentenceTags {
  return load()(text)
    .json({ offset: true, terms: { offset: true } })
    .flatMap((s) => s.terms)
    .map((term): [number, string[]] => [term.offset.start, term.tags]);
}

export const has = (t: Token | undefined, tag: string) => t?.tags?.has(tag) ?? false;
