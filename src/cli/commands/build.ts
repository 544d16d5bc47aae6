/** `deck build [article | folder | glob…] [--out dir]`: one deck, or a site of decks. */
import path from 'node:path';
import { Option, type Command } from 'commander';
import { DeckError } from '../../errors.ts';
import type { ThemeName } from '../../types.ts';
import { resolveArticle } from '../../vite/article.ts';
import { addBrandOptions, brandOf, type BrandFlags } from '../brand-options.ts';
import { displayPath, type Io } from '../io.ts';
import { formatDuration, warningLine } from '../report.ts';

export const themeOption = () =>
  new Option('--theme <name>', "light or dark (default: the article's, else the viewer's system)").choices(['light', 'dark']);

interface BuildFlags {
  out: string;
  theme?: ThemeName;
  fragments?: boolean;
  singleFile?: boolean;
  allowRemote?: boolean;
  pdf?: boolean;
  shard?: string;
}
type BuildOpts = BuildFlags & BrandFlags;

export function registerBuild(program: Command, io: Io): void {
  addBrandOptions(program
    .command('build'))
    .description('build a deck folder (index.html + assets) from an article, or a site of decks from a folder or glob of articles')
    .argument('[inputs...]', 'article file, or a folder / glob / several files for a site (default: slides/)')
    .option('-o, --out <dir>', 'output folder', 'dist')
    .addOption(themeOption())
    .option('--fragments', 'reveal points one at a time')
    .option('--allow-remote', 'show images from other sites (default: left out, so the deck works offline)')
    .option('--single-file', 'write one self-contained HTML file that opens offline from file:// (--out names the file; default dist/<article>.html); for a site, one beside each deck')
    .option('--pdf', 'site: also print each deck to PDF, beside it (needs Chromium)')
    .option('--shard <i/n>', 'site: build only the i-th of n deterministic shares of the articles; merge with "deck index"')
    .action(async (inputs: string[], opts: BuildOpts, command: Command) => {
      const { isSiteInput } = await import('../../site/discover.ts');
      const site = inputs.length ? isSiteInput(inputs) : slidesHoldSeveral();
      if (site) {
        return runSiteBuild(inputs.length ? inputs : ['slides'], opts, io);
      }
      if (opts.pdf || opts.shard) throw new DeckError('usage', `--${opts.pdf ? 'pdf' : 'shard'} is for a site (a folder or glob of articles); for one article's PDF use "deck pdf"`);
      const file = inputs[0] ?? resolveArticle(process.cwd());
      if (opts.singleFile) {
        const { runSingleFileBuild } = await import('../single-file.ts');
        const out = command.getOptionValueSource('out') === 'default' ? undefined : opts.out;
        return runSingleFileBuild(file, out, { theme: opts.theme, fragments: opts.fragments, allowRemote: opts.allowRemote, brand: brandOf(opts) }, io);
      }
      const started = performance.now();
      const { buildDeck } = await import('../../build/deck.ts');
      const { outDir, compiled } = await buildDeck(file, opts.out, { theme: opts.theme, fragments: opts.fragments, allowRemote: opts.allowRemote, brand: brandOf(opts) });
      const { deck } = compiled;
      for (const w of deck.warnings ?? []) io.err(warningLine(file, w.message, w.position));
      io.out(
        `deck: ${displayPath(path.join(outDir, 'index.html'))}: ${deck.slides.length} slides, ` +
          `talk time ${formatDuration(deck.totalSeconds)} (built in ${((performance.now() - started) / 1000).toFixed(2)} s)`,
      );
    });
}

/** `npm start` with several articles in slides/ (and no DECK_ARTICLE) builds them all as a site. */
function slidesHoldSeveral(): boolean {
  if (process.env.DECK_ARTICLE) return false;
  try {
    resolveArticle(process.cwd());
    return false;
  } catch (error) {
    return error instanceof DeckError && error.code === 'usage';
  }
}

/**
 * A site: a progress bar on a terminal, then one line for the site and one per failed article;
 * exit 1 when any failed (the others are built, and each failed article's previous deck is kept).
 */
async function runSiteBuild(inputs: string[], opts: BuildOpts, io: Io): Promise<void> {
  const started = performance.now();
  const { buildSite } = await import('../../site/build.ts');
  const { progressLine } = await import('../../site/progress.ts');
  let shown = 0;
  const status = (line: string) => process.stdout.write(`\r\x1b[2K${line}`);
  const result = await buildSite(inputs, opts.out, {
    theme: opts.theme,
    fragments: opts.fragments,
    allowRemote: opts.allowRemote,
    brand: brandOf(opts),
    singleFile: opts.singleFile,
    pdf: opts.pdf,
    shard: opts.shard,
    onProgress: io.tty
      ? (progress) => {
          const now = performance.now();
          if (now - shown < 100 && progress.done < progress.total) return;
          shown = now;
          status(progressLine(progress, now - started));
        }
      : undefined,
  });
  if (io.tty) status('');
  const { built, unchanged, failed, removed, articles, index } = result;
  const parts = [`${built.length} built`, `${unchanged.length} unchanged`, ...(removed.length ? [`${removed.length} removed`] : []), ...(failed.length ? [`${failed.length} failed`] : [])];
  io.out(
    `deck: ${displayPath(index.file)}: ${index.decks.length} ${index.decks.length === 1 ? 'deck' : 'decks'}` +
      `${opts.shard ? ` (shard ${opts.shard}: ${articles.length} articles)` : ''}; ${parts.join(', ')} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
  );
  for (const failure of failed) io.err(failure.line);
  if (failed.length) {
    throw new DeckError('build', `${failed.length} of ${articles.length} ${articles.length === 1 ? 'article' : 'articles'} failed (listed above); their previous decks were kept`);
  }
}
