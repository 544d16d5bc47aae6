import type { Position } from './types.ts';

export type DeckErrorCode =
  | 'not-found'
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'front-matter'
  | 'no-sections'
  | 'unsupported'
  | 'usage'
  | 'browser'
  | 'build';

/** A problem with the user's input or environment: printed as one line, never with a stack trace. */
export class DeckError extends Error {
  readonly code: DeckErrorCode;
  readonly position?: Position;

  constructor(code: DeckErrorCode, message: string, position?: Position, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeckError';
    this.code = code;
    this.position = position;
  }

  /** `deck: file:line: message` */
  format(): string {
    const where = this.position
      ? `${this.position.file}${this.position.line ? `:${this.position.line}` : ''}: `
      : '';
    return `deck: ${where}${this.message}`;
  }
}

export function isDeckError(error: unknown): error is DeckError {
  return error instanceof DeckError;
}
