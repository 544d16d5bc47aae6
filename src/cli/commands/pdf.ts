/** `deck pdf <article|built-dir> [--out file.pdf] [--notes] [--fragments] [--size 1280x720]` */
import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { DeckError } from '../../errors.ts';
import type { ThemeName } from '../../types.ts';
import { addBrandOptions, brandOf, type BrandFlags } from '../brand-options.ts';
import { displayPath, type Io } from '../io.ts';

interface PdfFlags {
  out?: string;
  notes?: boolean;
  fragments?: boolean;
  size: string;
  theme?: ThemeName;
}

/** Rewrites one line of the terminal (`io.status` when a test provides one). */
type StatusIo = Io & { status?: (line: string) => void };

export function registerPdf(program: Command, io: StatusIo): void {
  addBrandOptions(program
    .command('pdf'))
    .description('export the deck to PDF: one page per slide, or a handout with the speaker notes')
    .argument('<input>', 'article file, or a folder made by "deck build"')
    .option('-o, --out <file>', 'PDF file (default: dist/<article>.pdf)')
    .option('--notes', 'a handout: each slide beside its full speaker notes, over as many pages as they need')
    .option('--fragments', 'one page per fragment step (points appearing one by one)')
    .option('--size <WxH>', 'page size in pixels; slides keep their proportions', '1280x720')
    .addOption(new Option('--theme <name>', "light or dark, for an article (default: the article's, else light)").choices(['light', 'dark']))
    .action(async (input: string, flags: PdfFlags & BrandFlags) => {
      const started = performance.now();
      if (flags.notes && flags.fragments) throw new DeckError('usage', 'choose --notes (a handout) or --fragments (a page per step), not both');
      const { exportPdf, parseSize, defaultPdfPath } = await import('../../export/index.ts');
      const size = parseSize(flags.size);
      const isDir = await stat(input).then((s) => s.isDirectory(), () => false);
      const out = flags.out ?? (await defaultPdfPath(input, isDir));
      const status = statusLine(io);
      try {
        const result = await exportPdf(input, out, {
          notes: flags.notes,
          fragments: flags.fragments,
          size,
          theme: flags.theme,
          brand: brandOf(flags),
          onStage: (stage) => status?.(stage === 'build' ? 'building the deck…' : 'starting Chromium…'),
          onProgress: (done, total) => status?.(`slide ${done} of ${total}`),
        });
        status?.('');
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        io.out(`deck: ${displayPath(result.file)}: ${result.pages} pages in ${seconds} s`);
      } catch (error) {
        status?.('');
        throw error;
      }
    });
}

/** On a terminal, a line rewritten in place; elsewhere nothing, so logs stay clean. */
export function statusLine(io: StatusIo): ((line: string) => void) | undefined {
  if (!io.tty) return undefined;
  return io.status ?? ((line) => process.stdout.write(`\r\x1b[2K${line}`));
}
