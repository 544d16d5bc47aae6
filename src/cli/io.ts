import path from 'node:path';

/** Where the CLI writes: the terminal by default, arrays in tests. */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  /** True when stdout is a terminal (progress lines are shown only then). */
  tty?: boolean;
}

export const stdio: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  tty: Boolean(process.stdout.isTTY),
};

/** A path relative to the working folder when it is inside it, else absolute. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}
