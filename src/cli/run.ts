/**
 * The `deck` process around `main`: the one place that decides to exit. Ctrl+C (SIGINT) or SIGTERM
 * first undoes what a build, export or check had half-written (src/build/interrupt.ts), so an
 * interrupted command leaves the previous output as it was and no temporary files, then exits
 * with 128 + the signal's number.
 */
import { cleanUpInterrupted } from '../build/interrupt.ts';
import { main } from './main.ts';

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

export async function run(argv: string[]): Promise<number> {
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUpInterrupted();
    process.exit(EXIT_CODES[signal] ?? 1);
  };
  for (const signal of Object.keys(EXIT_CODES)) process.on(signal, onSignal);
  try {
    return await main(argv);
  } finally {
    for (const signal of Object.keys(EXIT_CODES)) process.off(signal, onSignal);
  }
}
