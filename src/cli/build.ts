/** `deck build <article> [--out dir]`: the article → a static deck folder, all or nothing. */
import path from 'node:path';
import type { UserOptions } from '../options.ts';
import type { CompiledDeck } from '../pipeline.ts';
import { unsafePageError } from '../vite/csp.ts';
import { writeDirAtomically } from './atomic.ts';
import { compileOffThread, startAuditThread } from './threads.ts';

export interface BuildResult {
  outDir: string;
  compiled: CompiledDeck;
}

/** Enough of the slides to warm the audit's parser up, whatever the article's length. */
const WARM_UP_SAMPLE = 32_000;

export async function buildDeck(article: string, outDir: string, options: UserOptions = {}): Promise<BuildResult> {
  const file = path.resolve(article);
  // Read, outline, plan and render first (while Vite loads): a bad article fails here, before anything is written.
  const [compiled, { build }, { deckViteConfig }] = await Promise.all([compileOffThread(file, options), import('vite'), import('../vite/config.ts')]);
  const auditor = startAuditThread(compiled.rendered.body.slice(0, WARM_UP_SAMPLE));
  try {
    await writeDirAtomically(outDir, async (tmp) => {
      const audits: Promise<string[]>[] = [];
      const audit = (html: string) => void audits.push(auditor.audit(html));
      await build({ ...deckViteConfig({ ...options, article: file, outDir: tmp, compiled, audit }), configFile: false, logLevel: 'warn' });
      // The page is swapped in only once audited: a problem leaves the previous deck as it was.
      if (!audits.length) throw new Error('the built page was not audited');
      const problems = (await Promise.all(audits)).flat();
      if (problems.length) throw unsafePageError(problems);
    });
    return { outDir: path.resolve(outDir), compiled };
  } finally {
    await auditor.close();
  }
}

export function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return minutes ? `${minutes} min ${String(rest).padStart(2, '0')} s` : `${rest} s`;
}
