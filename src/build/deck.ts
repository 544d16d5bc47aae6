/**
 * The build: an article → a static deck folder (index.html, assets, deck.json), all or nothing.
 * `deck build`, the PDF export and the pre-talk check all build through here.
 */
import path from 'node:path';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import { writeDirAtomically } from './atomic.ts';
import { compileOffThread } from './compile-thread.ts';

export interface BuildResult {
  outDir: string;
  compiled: CompiledDeck;
}

export async function buildDeck(article: string, outDir: string, options: UserOptions = {}): Promise<BuildResult> {
  const file = path.resolve(article);
  // Read, outline, plan and render first (while Vite loads): a bad article fails here, before anything is written.
  const [compiled, { build }, { deckViteConfig }] = await Promise.all([compileOffThread(file, options), import('vite'), import('../vite/config.ts')]);
  await writeDirAtomically(outDir, async (tmp) => {
    await build({ ...deckViteConfig({ ...options, article: file, outDir: tmp, compiled }), configFile: false, logLevel: 'warn' });
  });
  return { outDir: path.resolve(outDir), compiled };
}
