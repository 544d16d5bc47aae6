/** `deck build <article> [--out dir]`: the article → a static deck folder, all or nothing. */
import path from 'node:path';
import { build } from 'vite';
import type { UserOptions } from '../options.ts';
import { compileFile, type Compiled } from '../pipeline.ts';
import { deckViteConfig } from '../vite/config.ts';
import { writeDirAtomically } from './atomic.ts';

export interface BuildResult {
  outDir: string;
  compiled: Compiled;
}

export async function buildDeck(article: string, outDir: string, options: UserOptions = {}): Promise<BuildResult> {
  const file = path.resolve(article);
  // Read, outline, plan and render first: a bad article fails here, before anything is written.
  const compiled = await compileFile(file, options);
  await writeDirAtomically(outDir, async (tmp) => {
    await build({ ...deckViteConfig({ ...options, article: file, outDir: tmp, compiled }), configFile: false, logLevel: 'warn' });
  });
  return { outDir: path.resolve(outDir), compiled };
}

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes ? `${minutes} min ${String(rest).padStart(2, '0')} s` : `${rest} s`;
}
