/** The compile thread (compile-thread.ts): compiles the one article it is sent, answers, and ends. */
import { parentPort } from 'node:worker_threads';
import { isDeckError } from '../errors.ts';
import { compileFile } from '../pipeline.ts';
import type { CompileReply, CompileRequest } from './compile-thread.ts';

const port = parentPort!;
const answer = (reply: CompileReply) => port.postMessage(reply);

port.once('message', async ({ file, options }: CompileRequest) => {
  try {
    // Only what the page needs crosses over (as a copy): the article's tree and outline stay here.
    const { deck, rendered } = await compileFile(file, options);
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
