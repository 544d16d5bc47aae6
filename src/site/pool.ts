/**
 * The site's compile pool: one thread per core (os.availableParallelism(), at most one per
 * article; started as articles arrive), each compiling article after article (compile-worker.ts). An article that fails is
 * answered with its error and the thread goes on with the next; a thread that dies is replaced and
 * only its article fails. Run from the TypeScript sources (tests, after an edit), the articles are
 * compiled on this thread instead, one after another, with the same results.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import { toJobError, type JobError, type PoolReply, type PoolRequest } from './job.ts';

export type CompileOutcome = { ok: true; compiled: CompiledDeck } | { ok: false; error: JobError };

export interface CompilePool {
  compile(file: string): Promise<CompileOutcome>;
  close(): Promise<void>;
}

const COMPILED = import.meta.url.endsWith('.js');
const WORKER = new URL('./compile-worker.js', import.meta.url);

export function poolSize(jobs: number, cores = os.availableParallelism()): number {
  return Math.max(1, Math.min(cores, jobs));
}

export function openCompilePool(options: UserOptions, jobs: number): CompilePool {
  return COMPILED ? threadPool(options, poolSize(jobs)) : inlinePool(options);
}

function inlinePool(options: UserOptions): CompilePool {
  return {
    async compile(file) {
      try {
        const { compileFile } = await import('../pipeline.ts');
        const { deck, rendered } = await compileFile(file, options);
        return { ok: true, compiled: { deck, rendered } };
      } catch (error) {
        return { ok: false, error: toJobError(error) };
      }
    },
    close: async () => undefined,
  };
}

/** node's flags for the threads, without those that belong to the main script only (`node -e …`, `--input-type`). */
export function threadFlags(flags: string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i]!;
    if (['-e', '--eval', '-p', '--print'].includes(flag)) i++;
    else if (!/^--(input-type|eval|print)=/.test(flag)) kept.push(flag);
  }
  return kept;
}

interface Job {
  id: number;
  file: string;
  resolve: (outcome: CompileOutcome) => void;
}

/** Threads that may die before the pool gives up on the articles still waiting (a thread that cannot even start). */
const MAX_DEATHS = 8;

function threadPool(options: UserOptions, size: number): CompilePool {
  const queue: Job[] = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Job>();
  const alive = new Set<Worker>();
  let nextId = 0;
  let deaths = 0;
  let closing = false;

  const settle = (worker: Worker, outcome: CompileOutcome) => {
    const job = running.get(worker);
    running.delete(worker);
    job?.resolve(outcome);
  };

  const start = () => {
    const worker = new Worker(WORKER, { execArgv: threadFlags(process.execArgv) });
    alive.add(worker);
    worker.on('message', (reply: PoolReply) => {
      settle(worker, reply.ok ? { ok: true, compiled: reply.compiled } : { ok: false, error: reply.error });
      dispatch(worker);
    });
    worker.on('error', (error) => settle(worker, { ok: false, error: toJobError(error) }));
    worker.on('exit', () => {
      settle(worker, { ok: false, error: { message: 'the compile thread stopped' } });
      alive.delete(worker);
      if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
      if (closing) return;
      if (++deaths > MAX_DEATHS) {
        for (const job of queue.splice(0)) job.resolve({ ok: false, error: { message: 'the compile threads keep stopping' } });
      } else if (queue.length) dispatch(start());
    });
    return worker;
  };

  const dispatch = (worker: Worker) => {
    const job = queue.shift();
    if (!job) return void idle.push(worker);
    running.set(worker, job);
    worker.postMessage({ type: 'compile', id: job.id, file: job.file, options } satisfies PoolRequest);
  };

  return {
    compile(file) {
      return new Promise((resolve) => {
        queue.push({ id: nextId++, file, resolve });
        const worker = idle.shift() ?? (alive.size < size && deaths <= MAX_DEATHS ? start() : undefined);
        if (worker) dispatch(worker);
      });
    },
    async close() {
      closing = true;
      await Promise.all(
        [...alive].map(
          (worker) =>
            new Promise<void>((resolve) => {
              worker.once('exit', () => resolve());
              worker.postMessage({ type: 'finish' } satisfies PoolRequest);
            }),
        ),
      );
    },
  };
}
