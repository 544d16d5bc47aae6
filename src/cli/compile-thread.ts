/**
 * `deck build` reads, outlines, plans and renders the article on a thread of its own while the main
 * thread loads Vite (about a fifth of a second each, side by side on a two-core machine), and the
 * same thread audits the built page (vite/page-audit.ts) while Vite writes the files.
 *
 * The thread runs the CLI compiled to JavaScript (.build/, see src/cli/bin.mjs). From the TypeScript
 * sources (tests, or after an edit) everything runs here on the main thread, with the same results.
 */
import { Worker } from 'node:worker_threads';
import { DeckError, type DeckErrorCode } from '../errors.ts';
import type { UserOptions } from '../options.ts';
import type { Compiled } from '../pipeline.ts';
import type { Position } from '../types.ts';

export interface CompileThread {
  /** The compiled article; rejects with the pipeline's error (a DeckError keeps its code and position). */
  compiled: Promise<Compiled>;
  /** The built page's problems (empty when it is safe). */
  audit(html: string): Promise<string[]>;
  close(): Promise<void>;
}

/** @internal The messages between the two threads: one CompileRequest, then AuditRequests. */
export interface CompileRequest {
  file: string;
  options: UserOptions;
}
export interface AuditRequest {
  id: number;
  html: string;
}
export type ThreadReply =
  | { type: 'compiled'; compiled: Compiled }
  | { type: 'failed'; error: { code?: DeckErrorCode; message: string; position?: Position; stack?: string } }
  | { type: 'audited'; id: number; problems: string[] };

const WORKER = new URL('./compile-worker.js', import.meta.url);
const COMPILED = import.meta.url.endsWith('.js');

/** A thread started ahead of its article, loading the pipeline meanwhile. */
let warm: { worker: Worker; failed: boolean } | undefined;

/**
 * Starts the thread before the command line is parsed (src/cli/bin.mjs does, for the commands that
 * build a deck), so that the pipeline's modules load meanwhile. Left unused, it does not keep the
 * process alive.
 */
export function warmUp(): void {
  if (!COMPILED || warm) return;
  const entry = { worker: new Worker(WORKER), failed: false };
  entry.worker.unref();
  // A thread that fails before it is used is not used: the build starts its own and reports why that one fails.
  entry.worker.once('error', () => (entry.failed = true)).once('exit', () => (entry.failed = true));
  warm = entry;
}

export function startCompileThread(file: string, options: UserOptions): CompileThread {
  return COMPILED ? workerThread(file, options) : mainThread(file, options);
}

function mainThread(file: string, options: UserOptions): CompileThread {
  return {
    compiled: import('../pipeline.ts').then(({ compileFile }) => compileFile(file, options)),
    audit: async (html) => (await import('../vite/page-audit.ts')).auditPage(html),
    close: async () => {},
  };
}

function workerThread(file: string, options: UserOptions): CompileThread {
  const worker = warm && !warm.failed ? warm.worker : new Worker(WORKER);
  warm = undefined;
  worker.ref();
  worker.postMessage({ file, options } satisfies CompileRequest);
  const audits = new Map<number, { resolve: (problems: string[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let settle!: { resolve: (compiled: Compiled) => void; reject: (error: Error) => void };
  const compiled = new Promise<Compiled>((resolve, reject) => (settle = { resolve, reject }));
  // Without a listener a failed compile would be an unhandled rejection until the caller awaits it.
  compiled.catch(() => {});

  const failAll = (error: Error) => {
    settle.reject(error);
    for (const pending of audits.values()) pending.reject(error);
    audits.clear();
  };
  worker.on('message', (reply: ThreadReply) => {
    if (reply.type === 'compiled') settle.resolve(reply.compiled);
    else if (reply.type === 'failed') settle.reject(rebuildError(reply.error));
    else {
      audits.get(reply.id)?.resolve(reply.problems);
      audits.delete(reply.id);
    }
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the compile thread stopped (exit code ${code})`)));

  return {
    compiled,
    audit(html) {
      const id = nextId++;
      const reply = new Promise<string[]>((resolve, reject) => audits.set(id, { resolve, reject }));
      worker.postMessage({ id, html } satisfies AuditRequest);
      return reply;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

function rebuildError(error: Extract<ThreadReply, { type: 'failed' }>['error']): Error {
  const rebuilt = error.code ? new DeckError(error.code, error.message, error.position) : new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
