/**
 * `deck build` runs beside Vite on two threads of its own, one after the other, each ending when
 * its job is done (the compile's memory is freed before the page is audited):
 * - the compile thread reads, outlines, plans and renders the article while the main thread loads
 *   Vite (about a fifth of a second each, side by side on a two-core machine). src/cli/bin.mjs
 *   starts it before the command line is parsed (`warmUp`), so that its modules load meanwhile;
 * - the audit thread, started once the deck is compiled, loads the HTML parser while Vite bundles
 *   and audits the built page (vite/page-audit.ts) while Vite writes the files.
 *
 * Both run the CLI compiled to JavaScript (.build/, see bin.mjs). From the TypeScript sources
 * (tests, or after an edit) the same work runs on the main thread, with the same results.
 */
import { Worker } from 'node:worker_threads';
import { DeckError, type DeckErrorCode } from '../errors.ts';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import type { Position } from '../types.ts';

/** @internal What the threads are sent and answer. */
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
export interface AuditRequest {
  id: number;
  html: string;
}
export interface AuditReply {
  id: number;
  problems: string[];
}

export interface Auditor {
  /** The built page's problems (none when it is safe). */
  audit(html: string): Promise<string[]>;
  close(): Promise<void>;
}

const COMPILED = import.meta.url.endsWith('.js');
const COMPILE_WORKER = new URL('./compile-worker.js', import.meta.url);
const AUDIT_WORKER = new URL('./audit-worker.js', import.meta.url);

/** A compile thread started ahead of its article. */
let warm: { worker: Worker; failed: boolean } | undefined;

/** Starts the compile thread before its article is known; left unused, it does not keep the process alive. */
export function warmUp(): void {
  if (!COMPILED || warm) return;
  const entry = { worker: new Worker(COMPILE_WORKER), failed: false };
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
  const worker = warm && !warm.failed ? warm.worker : new Worker(COMPILE_WORKER);
  warm = undefined;
  worker.ref();
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: CompileReply) => (reply.type === 'compiled' ? resolve(reply.compiled) : reject(rebuildError(reply.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the compile thread stopped (exit code ${code})`)));
    worker.postMessage({ file, options } satisfies CompileRequest);
  });
}

/** Starts the audit thread; `sample` (some of the page) warms its parser up while it waits for the page. */
export function startAuditThread(sample: string): Auditor {
  if (!COMPILED) {
    return { audit: async (html) => (await import('../vite/page-audit.ts')).auditPage(html), close: async () => {} };
  }
  const worker = new Worker(AUDIT_WORKER, { workerData: sample });
  const pending = new Map<number, { resolve: (problems: string[]) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, problems }: AuditReply) => {
    pending.get(id)?.resolve(problems);
    pending.delete(id);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`the audit thread stopped (exit code ${code})`)));
  return {
    audit(html) {
      const id = nextId++;
      const reply = new Promise<string[]>((resolve, reject) => pending.set(id, { resolve, reject }));
      worker.postMessage({ id, html } satisfies AuditRequest);
      return reply;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

function rebuildError(error: ThreadError): Error {
  const rebuilt = error.code ? new DeckError(error.code, error.message, error.position) : new Error(error.message);
  if (error.stack) rebuilt.stack = error.stack;
  return rebuilt;
}
