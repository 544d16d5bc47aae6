/** `deck outline <article> [--json]` */
import type { Command } from 'commander';
import { buildOutline } from '../../outline/index.ts';
import { readArticle } from '../../read/file.ts';
import type { Io } from '../io.ts';
import { printOutline } from '../outline.ts';

export function registerOutline(program: Command, io: Io): void {
  program
    .command('outline')
    .description('show how the article was read: title, sections, FAQ, conclusion')
    .argument('<article>', 'article file')
    .option('--json', 'print the outline as JSON')
    .action(async (article: string, opts: { json?: boolean }) => {
      const outline = buildOutline(await readArticle(article));
      printOutline(outline, Boolean(opts.json), io.out);
    });
}
