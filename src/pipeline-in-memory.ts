/**
 * The pipeline on article text already in memory, any format (tests and tools). Kept apart from
 * src/pipeline.ts, which reads files and loads only the reader a file needs.
 */
import { compileSource, type Compiled } from './pipeline.ts';
import type { UserOptions } from './options.ts';
import { parseArticle } from './read/index.ts';

export function compileText(text: string, file: string, options: UserOptions = {}): Compiled {
  return compileSource(parseArticle(text, file), options);
}
