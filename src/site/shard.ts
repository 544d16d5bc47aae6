/**
 * `--shard i/n`: a deterministic share of a site's articles, as CI matrices spread test suites. An
 * article belongs to shard (hash of its relative path mod n) + 1, so a share depends only on the
 * article's path, never on the machine, the order of the files or the other articles.
 */
import { createHash } from 'node:crypto';
import { DeckError } from '../errors.ts';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) {
    throw new DeckError('usage', `--shard ${text}: give i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  }
  return { index, count };
}

export function shardOf(rel: string, count: number): number {
  return (createHash('sha256').update(rel).digest().readUInt32BE(0) % count) + 1;
}

export function inShard(rel: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(rel, shard.count) === shard.index;
}
