/** `deck pptx <article|built-dir> [--out file.pptx] [--theme light|dark]`: an editable PowerPoint file with the notes. */
import { stat } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { ThemeName } from '../../types.ts';
import { displayPath, type Io } from '../io.ts';
import { statusLine } from './pdf.ts';

interface PptxFlags {
  out?: string;
  theme?: ThemeName;
}

/** Rewrites one line of the terminal (`io.status` when a test provides one). */
type StatusIo = Io & { status?: (line: string) => void };

export function registerPptx(program: Command, io: StatusIo): void {
  program
    .command('pptx')
    .description('export the deck to PowerPoint: editable slides, every sentence in the notes pane')
    .argument('<input>', 'article file, or a folder made by "deck build"')
    .option('-o, --out <file>', 'PowerPoint file (default: dist/<article>.pptx)')
    .addOption(new Option('--theme <name>', "light or dark (default: the article's, else light)").choices(['light', 'dark']))
    .action(async (input: string, flags: PptxFlags) => {
      const started = performance.now();
      const { exportPptx, defaultPptxPath } = await import('../../export/pptx/index.ts');
      const isDir = await stat(input).then((s) => s.isDirectory(), () => false);
      const out = flags.out ?? (await defaultPptxPath(input, isDir));
      const status = statusLine(io);
      try {
        const result = await exportPptx(input, out, {
          theme: flags.theme,
          onStage: (stage) => status?.(stage === 'read' ? (isDir ? 'reading the deck…' : 'reading the article…') : 'writing the file…'),
          onProgress: (done, total) => status?.(`slide ${done} of ${total}`),
        });
        status?.('');
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        io.out(`deck: ${displayPath(result.file)}: ${result.slides} slides in ${seconds} s`);
      } catch (error) {
        status?.('');
        throw error;
      }
    });
}
