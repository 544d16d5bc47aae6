/** `deck build [article] [--out dir]` */
import path from 'node:path';
import { Option, type Command } from 'commander';
import type { ThemeName } from '../../types.ts';
import { resolveArticle } from '../../vite/article.ts';
import { displayPath, type Io } from '../io.ts';
import { formatDuration, warningLine } from '../report.ts';

export const themeOption = () =>
  new Option('--theme <name>', "light or dark (default: the article's, else the viewer's system)").choices(['light', 'dark']);

export function registerBuild(program: Command, io: Io): void {
  program
    .command('build')
    .description('build a deck folder (index.html + assets) from an article')
    .argument('[article]', 'article file (default: the article in slides/)')
    .option('-o, --out <dir>', 'output folder', 'dist')
    .addOption(themeOption())
    .option('--fragments', 'reveal points one at a time')
    .option('--allow-remote', 'show images from other sites (default: left out, so the deck works offline)')
    .option('--single-file', 'write one self-contained HTML file that opens offline from file:// (--out names the file; default dist/<article>.html)')
    .action(async (article: string | undefined, opts: { out: string; theme?: ThemeName; fragments?: boolean; singleFile?: boolean; allowRemote?: boolean }, command: Command) => {
      const file = article ?? resolveArticle(process.cwd());
      if (opts.singleFile) {
        const { runSingleFileBuild } = await import('../single-file.ts');
        const out = command.getOptionValueSource('out') === 'default' ? undefined : opts.out;
        return runSingleFileBuild(file, out, { theme: opts.theme, fragments: opts.fragments, allowRemote: opts.allowRemote }, io);
      }
      const started = performance.now();
      const { buildDeck } = await import('../../build/deck.ts');
      const { outDir, compiled } = await buildDeck(file, opts.out, { theme: opts.theme, fragments: opts.fragments, allowRemote: opts.allowRemote });
      const { deck } = compiled;
      for (const w of deck.warnings ?? []) io.err(warningLine(file, w.message, w.position));
      io.out(
        `deck: ${displayPath(path.join(outDir, 'index.html'))}: ${deck.slides.length} slides, ` +
          `talk time ${formatDuration(deck.totalSeconds)} (built in ${((performance.now() - started) / 1000).toFixed(2)} s)`,
      );
    });
}
