/** `deck outline <article> [--json | --markdown [--out file]]` */
import type { Command } from 'commander';
import { DeckError } from '../../errors.ts';
import { displayPath, type Io } from '../io.ts';
import { warningLine } from '../report.ts';

interface OutlineOptions {
  json?: boolean;
  markdown?: boolean;
  out?: string;
}

export function registerOutline(program: Command, io: Io): void {
  program
    .command('outline')
    .description('show how the article was read: title, sections, FAQ, conclusion, and what was dropped')
    .argument('<article>', 'article file')
    .option('--json', 'print the outline as JSON')
    .option('--markdown', 'write the article as Markdown that builds the same deck, to edit where it was misread')
    .option('-o, --out <file>', 'with --markdown: the file to write (default: print it)')
    .action(async (article: string, opts: OutlineOptions) => {
      if (opts.json && opts.markdown) throw new DeckError('usage', 'choose --json or --markdown, not both');
      if (opts.out && !opts.markdown) throw new DeckError('usage', '--out writes the Markdown: add --markdown');
      // Loaded here, not with the command line: the other commands compile on a thread of their own.
      const [{ buildOutline }, { readArticle }] = await Promise.all([import('../../outline/index.ts'), import('../../read/file.ts')]);
      const outline = buildOutline(await readArticle(article));
      if (!opts.markdown) {
        const { printOutline } = await import('../outline.ts');
        printOutline(outline, Boolean(opts.json), io.out);
        return;
      }
      const { markdownFor, writeMarkdownFile } = await import('../outline-markdown.ts');
      const { text, warnings } = markdownFor(outline, opts.out);
      for (const message of warnings) io.err(warningLine(opts.out ?? article, message));
      if (!opts.out) {
        io.out(text.trimEnd());
        return;
      }
      await writeMarkdownFile(opts.out, text, article);
      io.out(`deck: ${displayPath(opts.out)}: the article as Markdown; fix what was misread, then: deck build ${displayPath(opts.out)}`);
    });
}
