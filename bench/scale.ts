/**
 * Scaling: articles of 10 to 2,000 sections, generated here as plain text or Markdown, each built
 * cold as `deck build` in a fresh process. A straight line through (sections, seconds) is the expected shape; the ratio of the
 * marginal costs of the 2,000- and 1,000-section builds tells it apart from a curve (≈2 linear, ≈4 quadratic).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ourBuild, timeRun } from './build.ts';
import { leastSquares, summarize, type Line, type Summary } from './stats.ts';

export const SIZES = [10, 100, 1000, 2000];

const WORDS = (
  'market team budget design release customer latency model partner research policy privacy ' +
  'platform growth network training hardware pricing feedback roadmap security cloud mobile search'
).split(' ');

export type ArticleFormat = 'text' | 'markdown';

/**
 * An article of n sections, as plain text (the bundled article's format) or Markdown; deterministic,
 * every section distinct, with two paragraphs and a list of three points each.
 */
export function generateArticle(n: number, format: ArticleFormat = 'markdown'): string {
  const word = (i: number) => WORDS[i % WORDS.length]!;
  const h = (level: 1 | 2, text: string) => (format === 'markdown' ? `${'#'.repeat(level)} ${text}` : text);
  const bullet = format === 'markdown' ? '-' : '•';
  const out = [h(1, `A generated article of ${n} sections`), '', `This article has ${n} sections. It exists to measure how the build scales.`, ''];
  for (let i = 1; i <= n; i++) {
    const [a, b, c] = [word(i), word(i * 7 + 3), word(i * 13 + 5)];
    out.push(
      h(2, `Section ${i}: the ${a} of ${b}`),
      '',
      `The ${a} question came up in section ${i}. Teams weighed the ${b} against the ${c}, and ${i % 3 ? 'most' : 'few'} agreed. The numbers moved by ${(i * 37) % 100} percent in a year.`,
      '',
      `A second paragraph explains the ${c} in more depth. It names the trade-off of ${a} and ${b} plainly. Readers should leave with one idea about part ${i}.`,
      '',
      `${bullet} Measure the ${a} before changing it`,
      `${bullet} Share the ${b} results with the team`,
      `${bullet} Revisit the ${c} plan in quarter ${(i % 4) + 1}`,
      '',
    );
  }
  out.push(h(2, 'Conclusion'), '', 'Everything above was generated. The build should take time in proportion to its length.', '');
  return out.join('\n');
}

export interface ScalePoint {
  sections: number;
  seconds: Summary;
  peakMB?: number;
}

export interface Scaling {
  format: ArticleFormat;
  points: ScalePoint[];
  /** Seconds per section and fixed cost, from the medians. */
  fit: Line;
  /** time(2000) / time(1000), raw. */
  ratio2000to1000: number;
  /** (time(2000) − time(10)) / (time(1000) − time(10)): ≈2 when the work per section is constant. */
  marginalRatio: number;
}

export async function measureScaling(dir: string, format: ArticleFormat, runs: number, log: (line: string) => void): Promise<Scaling> {
  const points: ScalePoint[] = [];
  for (const sections of SIZES) {
    const article = path.join(dir, `scale-${sections}.${format === 'markdown' ? 'md' : 'txt'}`);
    await writeFile(article, generateArticle(sections, format));
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await timeRun(ourBuild(article, path.join(dir, `scale-${sections}-out`))));
    const peaks = results.map((r) => r.peakMB).filter((m): m is number => m !== undefined);
    const point = { sections, seconds: summarize(results.map((r) => r.seconds)), peakMB: peaks.length ? Math.max(...peaks) : undefined };
    log(`  ${format}, ${sections} sections: ${point.seconds.median.toFixed(2)} s, ${point.peakMB?.toFixed(0) ?? '?'} MB`);
    points.push(point);
  }
  const t = (n: number) => points.find((p) => p.sections === n)!.seconds.median;
  return {
    format,
    points,
    fit: leastSquares(points.map((p) => ({ x: p.sections, y: p.seconds.median }))),
    ratio2000to1000: t(2000) / t(1000),
    marginalRatio: (t(2000) - t(10)) / (t(1000) - t(10)),
  };
}
