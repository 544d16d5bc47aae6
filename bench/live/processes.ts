/** Child processes for bench/live.ts: started with tsx, answered over IPC, never outliving it. */
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface Child {
  process: ChildProcess;
  /** Sends a message and resolves with the child's next message. */
  ask<T>(message: object): Promise<T>;
  stop(): Promise<void>;
}

export function start(script: string, env: Record<string, string> = {}): Child {
  const child = fork(path.join(import.meta.dirname, script), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code}`));
      child.once('exit', onExit);
      child.once('message', (m: T) => {
        child.off('exit', onExit);
        resolve(m);
      });
    });
  return {
    process: child,
    ask: <T>(message: object) => {
      const reply = next<T>();
      child.send(message);
      return reply;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill();
      await exited;
    },
  };
}

/** The first message a child sends by itself (the hub's port). */
export function first<T>(child: Child): Promise<T> {
  return new Promise((resolve) => child.process.once('message', (m: T) => resolve(m)));
}
