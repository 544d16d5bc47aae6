/** `deck outline <article> [--json]` */
import type { Command } from 'commander';
import type { Io } from '../io.ts';

export function registerOutline(program: Command, io: Io): void {
  program
    .command('outline')
    .description('show how the article was read: title, sections, FAQ, conclusion')
    .argument('<article>', 'article file')
    .option('--json', 'print the outline as JSON')
    .action(async (article: string, opts: { json?: boolean }) => {
      // Loaded here, not with the command line: the other commands compile on a thread of their own.
      const [{ buildOutline }, { readArticle }, { printOutline }] = await Promise.all([
        import('../../outline/index.ts'),
        import('../../read/file.ts'),
        import('../outline.ts'),
      ]);
      printOutline(buildOutline(await readArticle(article)), Boolean(opts.json), io.out);
    });
}
