/**
 * `deck build` reads, outlines, plans and renders the article on a thread of its own while the main
 * thread loads Vite (about a fifth of a second each, side by side on a two-core machine). bin.mjs
 * starts the thread before the command line is parsed (`warmUp`), so that its modules load
 * meanwhile; it ends once it has answered, freeing the compile's memory before Vite bundles.
 *
 * It runs the CLI compiled to JavaScript (.build/, see bin.mjs). From the TypeScript sources
 * (tests, or after an edit) the same work runs on the main thread, with the same results.
 */
import { Worker } from 'node:worker_threads';
import { DeckError, type DeckErrorCode } from '../errors.ts';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import type { Position } from '../types.ts';
import { freshBundle } from './compile-bundle.ts';
import { cacheNames } from './tag-cache.ts';
import { startTaggerThread, type TaggerLink } from './tagger-thread.ts';

/** @internal What the compile thread starts with: the article guessed, and its link to the tagger thread. */
export interface CompileThreadData {
  article?: string;
  tagger?: TaggerLink;
}

/** @internal What the compile thread is sent, and what it answers. */
export interface CompileRequest {
  file: string;
  options: UserOptions;
}
export type CompileReply = { type: 'compiled'; compiled: CompiledDeck } | { type: 'failed'; error: ThreadError };
export interface ThreadError {
  code?: DeckErrorCode;
  message: string;
  position?: Position;
  stack?: string;
}

const COMPILED = import.meta.url.endsWith('.js');
// The bundle `npm ci` makes of the thread's code when it is fresh (compile-bundle.ts), else the compiled module.
const COMPILE_WORKER = (COMPILED && freshBundle()) || new URL('./compile-worker.js', import.meta.url);
/**
 * A larger young generation than V8's default: a compile allocates a lot of short-lived objects
 * (the tagger's model, the article's trees), and fewer scavenges save about 3 % of a first build
 * (interleaved runs, `deck build` of the bundled article) for a few more megabytes.
 */
const THREAD_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 64 } };

/** A compile thread started ahead of its article, and the tagger thread beside it when there is one. */
let warm: { worker: Worker; failed: boolean; tagger?: Worker } | undefined;

/**
 * Starts the compile thread before the command line is parsed; left unused, it does not keep the
 * process alive. `article` is bin.mjs's guess at the article, for the thread to warm up for it.
 * Unless the tags of every sentence of that article are kept from an earlier build, the English
 * tagger starts on a thread of its own too (tagger-thread.ts).
 */
export function warmUp(article?: string): void {
  if (!COMPILED || warm) return;
  const tagger = article && !cacheNames(article) ? startTaggerThread() : undefined;
  const workerData: CompileThreadData = { article, tagger: tagger?.link };
  const transferList = tagger ? [tagger.link.port] : [];
  const entry = { worker: new Worker(COMPILE_WORKER, { ...THREAD_OPTIONS, workerData, transferList }), failed: false, tagger: tagger?.worker };
  entry.worker.unref();
  // A thread that fails before it is used is not used: the build starts its own and reports why that one fails.
  entry.worker.once('error', () => (entry.failed = true)).once('exit', () => (entry.failed = true));
  warm = entry;
}

/** The article compiled on the compile thread; rejects with the pipeline's error (a DeckError keeps its code and position). */
export async function compileOffThread(file: string, options: UserOptions): Promise<CompiledDeck> {
  if (!COMPILED) {
    const { compileFile } = await import('../pipeline.ts');
    const { deck, rendered } = await compileFile(file, options);
    return { deck, rendered };
  }
  const worker = warm && !warm.failed ? warm.worker : new Worker(COMPILE_WORKER, THREAD_OPTIONS);
  const tagger = warm?.tagger;
  warm = undefined;
  worker.ref();
  return new Promise<CompiledDeck>((resolve, reject) => {
    worker.once('message', (reply: CompileReply) => (reply.type === 'compiled' ? resolve(reply.compiled) : reject(rebuildError(reply.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the compile thread stopped (exit code ${code})`)));
    worker.postMessage({ file, options } satisfies CompileRequest);
  }).finally(() => void tagger?.terminate());
}

function rebuildError(error: ThreadError): Error {
  const rebuilt = error.code ? new DeckError(error.code, error.message, error.position) : new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
