/**
 * What an interrupted build must undo. Library code never exits the process: a build, an export or
 * a check registers how to remove what it has half-written while it runs, and the program around it
 * decides what Ctrl+C does. The `deck` command (src/cli/run.ts) runs `cleanUpInterrupted()` on
 * SIGINT or SIGTERM and then exits; another program embedding the library may do the same.
 * The steps are synchronous, because a process about to exit runs no more callbacks.
 */
import { rmSync } from 'node:fs';

const pending = new Set<() => void>();

/** Registers `undo` until the returned function is called (when the work has finished or failed). */
export function undoOnInterrupt(undo: () => void): () => void {
  pending.add(undo);
  return () => {
    pending.delete(undo);
  };
}

/** Registers removing `paths` (files or folders; empty strings are skipped) when interrupted. */
export function removeOnInterrupt(paths: () => string[]): () => void {
  return undoOnInterrupt(() => {
    for (const p of paths()) if (p) rmSync(p, { recursive: true, force: true });
  });
}

/** Undoes every registered piece of unfinished work, newest first; one that fails does not stop the rest. */
export function cleanUpInterrupted(): void {
  for (const undo of [...pending].reverse()) {
    pending.delete(undo);
    try {
      undo();
    } catch {
      // Nothing more can be done while exiting; the output itself is never partial (it is swapped in whole).
    }
  }
}
