/** `deck present <article|built-dir> [--port 8080] [--host 127.0.0.1] [--save-questions file.jsonl]` */
import { appendFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DeckError } from '../../errors.ts';
import type { Io } from '../io.ts';

interface PresentFlags {
  port: string;
  host: string;
  saveQuestions?: string;
}

export function registerPresent(program: Command, io: Io): void {
  program
    .command('present')
    .description("present live: the audience's phones follow your slides and can send you questions")
    .argument('<input>', 'article file, or a folder made by "deck build"')
    .option('--port <n>', 'port for the deck and its live connection', '8080')
    .option('--host <address>', 'address to listen on; 0.0.0.0 lets phones on your network join', '127.0.0.1')
    .option('--save-questions <file.jsonl>', "append the audience's questions to this file (otherwise nothing is written)")
    .action(async (input: string, flags: PresentFlags) => {
      const port = Number(flags.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DeckError('usage', `--port ${flags.port}: give a port number between 0 and 65535`);
      // A questions file that cannot be written is found now, not at the first question.
      if (flags.saveQuestions) {
        await appendFile(flags.saveQuestions, '').catch((error: NodeJS.ErrnoException) => {
          throw new DeckError('usage', `--save-questions ${flags.saveQuestions}: cannot write there (${error.code ?? error.message})`);
        });
      }
      const { present, terminalQr } = await import('../../present/index.ts');
      const room = await present(input, { port, host: flags.host, saveQuestions: flags.saveQuestions, onBuild: () => io.tty && io.out('building the deck…') }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE') throw new DeckError('usage', `port ${port} is in use: choose another with --port`);
          if (error.code === 'EADDRNOTAVAIL') throw new DeckError('usage', `--host ${flags.host}: this machine has no such address`);
          throw error;
        },
      );
      io.out(`deck: presenting live on ${room.audienceUrl}`);
      io.out(`  You (keep this private):  ${room.speakerUrl}`);
      io.out(`  Questions:                ${room.speakerPageUrl}`);
      io.out(`  Audience:                 ${room.audienceUrl}`);
      io.out(`  Join page with QR code:   ${room.joinUrl}`);
      if (room.loopbackOnly) io.out('  Only this computer can open these; --host 0.0.0.0 lets phones on your network join.');
      io.out((await terminalQr(room.audienceUrl)).trimEnd());
      io.out(flags.saveQuestions ? `  Questions are appended to ${flags.saveQuestions}.` : '  Questions stay in memory; nothing is written to disk.');
      io.out('  Press Ctrl+C to stop.');
      // Runs until Ctrl+C: src/cli/run.ts cleans up (the temporary build) and exits.
      await new Promise<never>(() => {});
    });
}
