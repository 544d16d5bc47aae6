/**
 * A compile thread of the site's pool (pool.ts): compiles every article it is sent, one at a time,
 * and answers each with the planned deck and its HTML, or with the article's error. Unlike the
 * single build's thread it stays until the pool closes it, and keeps the English tagger's results
 * in memory between articles (saved to the cache once, when it is told to finish).
 */
import { parentPort } from 'node:worker_threads';
import { openTagCache } from '../build/tag-cache.ts';
import { compileFile } from '../pipeline.ts';
import { useTagStore } from '../plan/points/english.ts';
import { toJobError, type PoolReply, type PoolRequest } from './job.ts';

const port = parentPort!;
const cache = openTagCache();
useTagStore(cache);
let last: string | undefined;

port.on('message', async (request: PoolRequest) => {
  if (request.type === 'finish') {
    if (last) cache?.save(last);
    process.exit(0);
    return;
  }
  const { id, file, options } = request;
  try {
    const { deck, rendered } = await compileFile(file, options);
    last = file;
    port.postMessage({ id, ok: true, compiled: { deck, rendered } } satisfies PoolReply);
  } catch (error) {
    port.postMessage({ id, ok: false, error: toJobError(error) } satisfies PoolReply);
  }
});
