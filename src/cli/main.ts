/**
 * `deck`: the command line. `main(argv)` returns the exit code; a DeckError prints as one line
 * (`deck: file:line: what is wrong`), with its stack only under `--debug`.
 */
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { DeckError, isDeckError } from '../errors.ts';
import { buildOutline } from '../outline/index.ts';
import { readArticle } from '../read/index.ts';
import type { ThemeName } from '../types.ts';
import { resolveArticle } from '../vite/article.ts';
import { printOutline } from './outline.ts';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const stdio: Io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const debug = argv.includes('--debug');
  const program = new Command('deck')
    .description('Turn an article (text, Markdown or HTML) into a Reveal.js talk whose speaker notes keep every sentence.')
    .option('--debug', 'show stack traces')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) })
    .showHelpAfterError(false);

  const theme = () => new Option('--theme <name>', 'light or dark (default: the article\'s, else the viewer\'s system)').choices(['light', 'dark']);

  program
    .command('build')
    .description('build a deck folder (index.html + assets) from an article')
    .argument('[article]', 'article file (default: the article in slides/)')
    .option('-o, --out <dir>', 'output folder', 'dist')
    .addOption(theme())
    .option('--fragments', 'reveal points one at a time')
    .action(async (article: string | undefined, opts: { out: string; theme?: ThemeName; fragments?: boolean }) => {
      const file = article ?? resolveArticle(process.cwd());
      const started = performance.now();
      const { buildDeck, formatDuration } = await import('./build.ts');
      const { outDir, compiled } = await buildDeck(file, opts.out, { theme: opts.theme, fragments: opts.fragments });
      const { deck } = compiled;
      io.out(
        `deck: ${displayPath(path.join(outDir, 'index.html'))}: ${deck.slides.length} slides, ` +
          `talk time ${formatDuration(deck.totalSeconds)} (built in ${((performance.now() - started) / 1000).toFixed(2)} s)`,
      );
    });

  program
    .command('outline')
    .description('show how the article was read: title, sections, FAQ, conclusion')
    .argument('<article>', 'article file')
    .option('--json', 'print the outline as JSON')
    .action(async (article: string, opts: { json?: boolean }) => {
      const outline = buildOutline(await readArticle(article));
      printOutline(outline, Boolean(opts.json), io.out);
    });

  try {
    await program.parseAsync(argv.filter((a) => a !== '--debug'), { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 1;
    if (isDeckError(error)) {
      io.err(error.format());
      if (debug && error.stack) io.err(error.stack);
      return 1;
    }
    const wrapped = new DeckError('build', error instanceof Error ? error.message.split('\n')[0]! : String(error));
    io.err(wrapped.format());
    if (debug && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  }
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
