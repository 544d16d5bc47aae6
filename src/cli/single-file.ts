/** `deck build <article> --single-file [--out talk.html]`: builds the file and says what it wrote. */
import type { UserOptions } from '../options.ts';
import { buildSingleFile } from '../single/build.ts';
import { displayPath, type Io } from './io.ts';
import { formatDuration, warningLine } from './report.ts';

/** `out`: a file, or a folder to put `<article>.html` in; default `dist/<article>.html`. */
export async function runSingleFileBuild(article: string, out: string | undefined, options: UserOptions, io: Io): Promise<void> {
  const started = performance.now();
  if (options.allowRemote) {
    io.err(warningLine(article, '--allow-remote is ignored with --single-file: the file opens offline, so remote images stay out'));
  }
  const { file, bytes, compiled, warnings } = await buildSingleFile(article, out ?? 'dist/', { ...options, allowRemote: false });
  const { deck } = compiled;
  for (const w of deck.warnings ?? []) io.err(warningLine(article, w.message, w.position));
  for (const warning of warnings) io.err(warningLine(article, warning));
  io.out(
    `deck: ${displayPath(file)}: one file, ${(bytes / 1024).toFixed(0)} KB, ${deck.slides.length} slides, ` +
      `talk time ${formatDuration(deck.totalSeconds)} (built in ${((performance.now() - started) / 1000).toFixed(2)} s)`,
  );
}
