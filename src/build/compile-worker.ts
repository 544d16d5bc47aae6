/** The compile thread (compile-thread.ts): compiles the one article it is sent, answers, and ends. */
import { openSync, readSync, closeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { isDeckError } from '../errors.ts';
import { compileFile } from '../pipeline.ts';
import { useTagStore, warmEnglishTagger } from '../plan/points/english.ts';
import { openTagCache } from './tag-cache.ts';
import type { CompileReply, CompileRequest } from './compile-thread.ts';

const port = parentPort!;

/**
 * The article bin.mjs guessed from the command line (the one in slides/ when none is named): when it
 * reads as English and its sentences' tags are not in the cache yet (tag-cache.ts), the points'
 * tagger loads now, while the main thread loads Vite and before the article's request arrives.
 * A wrong guess only costs that warm-up.
 */
const cache = openTagCache();
useTagStore(cache);
const guess = (workerData as { article?: string } | undefined)?.article;
if (guess && !cache?.knows(guess)) {
  try {
    warmEnglishTagger(head(guess));
  } catch {
    // The build reads the article again and reports any problem with it.
  }
}

function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}
const answer = (reply: CompileReply) => port.postMessage(reply);

port.once('message', async ({ file, options }: CompileRequest) => {
  try {
    // Only what the page needs crosses over (as a copy): the article's tree and outline stay here.
    const { deck, rendered } = await compileFile(file, options);
    cache?.save(file);
    answer({ type: 'compiled', compiled: { deck, rendered } });
  } catch (error) {
    answer({
      type: 'failed',
      error: isDeckError(error)
        ? { code: error.code, message: error.message, position: error.position, stack: error.stack }
        : { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined },
    });
  }
});
