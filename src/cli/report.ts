/** How the build commands word what they did: talk time, and one line per warning. */
import path from 'node:path';
import type { Diagnostic } from '../types.ts';
import { displayPath } from './io.ts';

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes ? `${minutes} min ${String(rest).padStart(2, '0')} s` : `${rest} s`;
}

/** `deck: file:line: warning: message`; the article's own file when the warning names none. */
export function warningLine(article: string, message: string, position?: Diagnostic['position']): string {
  const file = displayPath(path.resolve(position?.file ?? article));
  return `deck: ${file}${position?.line ? `:${position.line}` : ''}: warning: ${message}`;
}
