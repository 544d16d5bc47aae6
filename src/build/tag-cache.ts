/**
 * The English tagger's results kept between builds, as Vite keeps its pre-bundled dependencies:
 * `node_modules/.cache/article-deck/english-tags.json` in the project the deck is built from.
 * Starting the tagger (loading it, then its first sentences, which run cold) takes a few tenths of
 * a second; a rebuild of an article whose sentences are all here never starts it. The planner gives the same points with or without the cache (it stores the
 * tagger's own output). No node_modules folder, or DECK_CACHE=0: no cache. A cache that cannot be
 * read is ignored, and one that cannot be written is left as it was: it never fails a build.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SentenceTags, TagStore } from '../plan/points/english.ts';

const VERSION = 1;
/** Sentences kept at most; the oldest go first. */
const MAX_SENTENCES = 20_000;
const MAX_ARTICLES = 200;

interface CacheFile {
  version: number;
  /** Articles (path, size, time) whose every tagged sentence is in `sentences`. */
  articles: string[];
  sentences: [string, SentenceTags][];
}

export interface TagCache extends TagStore {
  /** True when this article was built with the cache before and has not changed since. */
  knows(article: string): boolean;
  /** Writes the cache when this build added to it, marking `article` as known. */
  save(article: string): void;
}

export function cacheFile(root = process.cwd()): string | undefined {
  if (process.env.DECK_CACHE === '0') return undefined;
  const modules = path.join(root, 'node_modules');
  try {
    if (!statSync(modules).isDirectory()) return undefined;
  } catch {
    return undefined;
  }
  return path.join(modules, '.cache', 'article-deck', 'english-tags.json');
}

export function openTagCache(file = cacheFile()): TagCache | undefined {
  if (!file) return undefined;
  let data: CacheFile = { version: VERSION, articles: [], sentences: [] };
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as CacheFile;
    if (read.version === VERSION && Array.isArray(read.sentences) && Array.isArray(read.articles)) data = read;
  } catch {
    // No cache yet, or one from another version: start afresh.
  }
  const sentences = new Map(data.sentences);
  const articles = new Set(data.articles);
  let added = false;
  return {
    get: (sentence) => sentences.get(sentence),
    set(sentence, tags) {
      sentences.set(sentence, tags);
      added = true;
    },
    knows: (article) => articles.has(fingerprint(article) ?? ''),
    save(article) {
      const key = fingerprint(article);
      if (!added && (!key || articles.has(key))) return;
      if (key) articles.add(key);
      const out: CacheFile = {
        version: VERSION,
        articles: [...articles].slice(-MAX_ARTICLES),
        sentences: [...sentences].slice(-MAX_SENTENCES),
      };
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
        writeFileSync(temp, JSON.stringify(out));
        renameSync(temp, file);
      } catch {
        // A read-only project, a full disk: the next build tags again.
      }
    },
  };
}

/**
 * Whether the cache names this article as built unchanged, by a look at the file's text rather
 * than parsing it (milliseconds even when full): such a build needs no tagger thread.
 */
export function cacheNames(article: string, file = cacheFile()): boolean {
  const key = fingerprint(article);
  if (!file || !key) return false;
  try {
    return readFileSync(file, 'utf8').includes(JSON.stringify(key));
  } catch {
    return false;
  }
}

function fingerprint(article: string): string | undefined {
  try {
    const stat = statSync(article);
    return `${path.resolve(article)}:${stat.size}:${stat.mtimeMs}`;
  } catch {
    return undefined;
  }
}
