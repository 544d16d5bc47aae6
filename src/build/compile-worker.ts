/** The compile thread (compile-thread.ts): compiles the one article it is sent, answers, and ends. */
import { isDeckError } from '../errors.ts';
import type { UserOptions } from '../options.ts';
import { compileFile, type CompiledDeck } from '../pipeline.ts';
import { useTagStore } from '../plan/points/english.ts';
import { openTagCache } from './tag-cache.ts';
import type { CompileReply, CompileRequest, CompileThreadData } from './compile-thread.ts';
import { taggerStore } from './tagger-thread.ts';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort!;

const { article: guess, tagger } = (workerData ?? {}) as CompileThreadData;
const cache = openTagCache();
// With a tagger thread, a sentence the cache does not know is asked of it (tagger-thread.ts).
useTagStore(tagger ? taggerStore(tagger, cache) : cache);

/**
 * The article bin.mjs guessed from the command line (the one in slides/ when none is named) is
 * compiled at once, with no options set, while the main thread loads the command line and Vite.
 * A request for that article with no options set (a plain `deck build article`) takes this result;
 * any other request compiles afresh, so a wrong guess only costs the time spent on it.
 */
const ahead = guess ? compileFile(path.resolve(guess), {}).then(({ deck, rendered }): CompiledDeck => ({ deck, rendered }), () => undefined) : undefined;

const noOptions = (options: UserOptions) => Object.values(options).every((value) => value === undefined);

const answer = (reply: CompileReply) => port.postMessage(reply);

port.once('message', async ({ file, options }: CompileRequest) => {
  try {
    // Only what the page needs crosses over (as a copy): the article's tree and outline stay here.
    const early = ahead && guess && path.resolve(guess) === file && noOptions(options) ? await ahead : undefined;
    const { deck, rendered } = early ?? (await compileFile(file, options));
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
