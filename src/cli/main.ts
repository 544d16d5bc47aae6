/**
 * `deck`: the command line. `main(argv)` returns the exit code; a DeckError prints as one line
 * (`deck: file:line: what is wrong`), with its stack only under `--debug`.
 * Each command lives in commands/ and registers itself here.
 */
import { Command, CommanderError } from 'commander';
import { DeckError, isDeckError } from '../errors.ts';
import { registerBuild } from './commands/build.ts';
import { registerCheck } from './commands/check.ts';
import { registerIndex } from './commands/index.ts';
import { registerOutline } from './commands/outline.ts';
import { registerPdf } from './commands/pdf.ts';
import { registerPlan } from './commands/plan.ts';
import { registerPptx } from './commands/pptx.ts';
import { registerPresent } from './commands/present.ts';
import { stdio, type Io } from './io.ts';

const COMMANDS: ((program: Command, io: Io) => void)[] = [registerBuild, registerOutline, registerPlan, registerPdf, registerPptx, registerCheck, registerIndex, registerPresent];

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const debug = argv.includes('--debug');
  const program = new Command('deck')
    .description('Turn an article (text, Markdown or HTML) into a Reveal.js talk whose speaker notes keep every sentence.')
    .option('--debug', 'show stack traces')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  for (const register of COMMANDS) register(program, io);

  try {
    await program.parseAsync(argv.filter((a) => a !== '--debug'), { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    const deckError = isDeckError(error)
      ? error
      : new DeckError('build', error instanceof Error ? error.message.split('\n')[0]! : String(error));
    io.err(deckError.format());
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}
