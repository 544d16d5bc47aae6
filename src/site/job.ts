/** What the site's compile pool sends its threads and what they answer; errors cross as plain data. */
import path from 'node:path';
import { DeckError, isDeckError, type DeckErrorCode } from '../errors.ts';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import type { Position } from '../types.ts';

export type PoolRequest = { type: 'compile'; id: number; file: string; options: UserOptions } | { type: 'finish' };

export type PoolReply = { id: number; ok: true; compiled: CompiledDeck } | { id: number; ok: false; error: JobError };

export interface JobError {
  code?: DeckErrorCode;
  message: string;
  position?: Position;
}

export function toJobError(error: unknown): JobError {
  if (isDeckError(error)) return { code: error.code, message: error.message, position: error.position };
  return { message: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error) };
}

/** The one line a failed article gets: `deck: file:line: what is wrong`, as `deck build` prints it for one article. */
export function errorLine(error: JobError, file: string): string {
  const position = error.position ?? { file };
  return new DeckError(error.code ?? 'build', error.message, { ...position, file: shown(position.file) }).format();
}

/** A path under the working folder as a relative one, as the user would type it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
