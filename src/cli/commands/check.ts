/** `deck check [article|built-dir]`: one line per problem a speaker should fix before the talk; exit 1 when any. */
import type { Command } from 'commander';
import type { ThemeName } from '../../types.ts';
import { resolveArticle } from '../../vite/article.ts';
import { addBrandOptions, brandOf, type BrandFlags } from '../brand-options.ts';
import { displayPath, type Io } from '../io.ts';
import { themeOption } from './build.ts';

export function registerCheck(program: Command, io: Io): void {
  addBrandOptions(program
    .command('check'))
    .description('open the deck in Chromium and report slides that overflow, lack notes, have long points or low contrast')
    .argument('[article]', 'article file or built deck folder (default: the article in slides/)')
    .addOption(themeOption())
    .action(async (target: string | undefined, opts: { theme?: ThemeName } & BrandFlags, command: Command) => {
      const { checkDeck } = await import('../../check/run.ts');
      const { formatProblem } = await import('../../check/problems.ts');
      const result = await checkDeck(target ?? resolveArticle(process.cwd()), { theme: opts.theme, brand: brandOf(opts) });
      const file = displayPath(result.file);
      for (const problem of result.problems) io.out(formatProblem(problem, file));
      const slides = new Set(result.problems.flatMap((p) => p.slide ?? [])).size;
      if (result.problems.length) {
        const count = `${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`;
        command.error(`deck: ${file}: ${count}${slides ? ` on ${slides} of ${result.slides} slides` : ''}; fix them before the talk`, { exitCode: 1, code: 'deck.check' });
      }
      io.out(`deck: ${file}: ${result.slides} slides checked at 1280×720 in light and dark: no problems`);
    });
}
