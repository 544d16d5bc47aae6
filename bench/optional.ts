/**
 * Figures measured by modules other issues provide: PDF export time (bench/pdf-timing.ts) and a
 * Lighthouse run (bench/lighthouse.ts). Each is called only when its file exists.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

interface Context {
  article: string;
  dir: string;
  /** Our deck's URL, then the baseline's. */
  urls: string[];
  quick: boolean;
}

export async function optionalFigures(ctx: Context): Promise<{ pdf?: unknown; lighthouse?: unknown }> {
  const found: { pdf?: unknown; lighthouse?: unknown } = {};
  const here = import.meta.dirname;
  if (existsSync(path.join(here, 'pdf-timing.ts'))) {
    const { measurePdf } = (await import('./pdf-timing.ts' as string)) as { measurePdf: (options?: unknown) => Promise<unknown> };
    found.pdf = await measurePdf({ article: ctx.article, dir: ctx.dir, quick: ctx.quick });
  }
  if (existsSync(path.join(here, 'lighthouse.ts'))) {
    const { runLighthouse } = (await import('./lighthouse.ts' as string)) as { runLighthouse: (url: string) => Promise<unknown> };
    const [ours, baseline] = ctx.urls;
    found.lighthouse = { ours: await runLighthouse(ours!), baseline: baseline ? await runLighthouse(baseline) : undefined };
  }
  return found;
}
