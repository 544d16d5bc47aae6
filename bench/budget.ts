/**
 * The performance budget (issue 6), checked against one run's figures. Sizes are deterministic and
 * are what CI enforces; times and ratios are checked and printed, never asserted in CI.
 */
import type { Check, Results } from './results.ts';

export const BUDGET = {
  /** Everything the page fetches until the deck is ready, gzip, fonts included. */
  firstLoadGzip: 70_000,
  /** The document and the render-blocking CSS: what must arrive before the first slide can paint. */
  beforePaintGzip: 20_000,
  /**
   * Throttled phone, ours / baseline: the first slide painted (first contentful paint), and the deck
   * ready. (The Element Timing figure of the first heading is reported, not budgeted: on a phone,
   * reveal.js moves the slide into its scroll page, and Chromium then reports the heading's paint
   * after that move rather than its first one, for both decks.)
   */
  phoneFirstSlideRatio: 0.45,
  phoneReadyRatio: 0.6,
  buildRatio: 1.2,
  /** Layout shift after the first paint: none (a little slack for float noise). */
  cls: 0.001,
  scaleSeconds2000: 10,
  scaleMB2000: 500,
  /** Marginal cost of 2,000 sections over that of 1,000: 2 if linear, 4 if quadratic. */
  scaleMarginalRatio: 2.5,
} as const;

const check = (name: string, actual: number | undefined, limit: number, unit: string): Check => ({
  name,
  actual,
  limit,
  unit,
  ok: actual !== undefined && Number.isFinite(actual) && actual <= limit,
});

/** The size checks: deterministic, enforced by CI. */
export function sizeChecks(r: Pick<Results, 'ours'>): Check[] {
  return [
    check('first load, gzip', r.ours.transfer.gzip, BUDGET.firstLoadGzip, 'B'),
    check('before first paint, gzip', r.ours.transfer.beforePaintGzip, BUDGET.beforePaintGzip, 'B'),
  ];
}

/** Every check the figures allow; a missing figure leaves its check out. */
export function allChecks(r: Omit<Results, 'budget'>): Check[] {
  const checks = sizeChecks(r);
  const { ours, baseline } = r;
  const over = (a?: number, b?: number) => (a !== undefined && b ? a / b : undefined);
  if (ours.phone && baseline?.phone) {
    checks.push(check('phone: FCP, ours/baseline', over(ours.phone.fcp.median, baseline.phone.fcp.median), BUDGET.phoneFirstSlideRatio, '×'));
    checks.push(check('phone: deck ready, ours/baseline', over(ours.phone.ready.median, baseline.phone.ready.median), BUDGET.phoneReadyRatio, '×'));
  }
  for (const profile of ['desktop', 'phone'] as const) {
    const load = ours[profile];
    if (load) checks.push(check(`${profile}: layout shift (CLS)`, load.cls, BUDGET.cls, ''));
  }
  if (ours.build && baseline?.build) {
    checks.push(check('build time, ours/baseline', over(ours.build.seconds.median, baseline.build.seconds.median), BUDGET.buildRatio, '×'));
  }
  if (ours.buildFirst && baseline?.buildFirst) {
    // An article's first build (its sentences tagged afresh) keeps to the same budget.
    checks.push(check("an article's first build, ours/baseline", over(ours.buildFirst.seconds.median, baseline.buildFirst.seconds.median), BUDGET.buildRatio, '×'));
  }
  for (const series of r.scaling ?? []) {
    const big = series.points.find((p) => p.sections === 2000);
    if (!big) continue;
    checks.push(check(`2,000 sections (${series.format}): build time`, big.seconds.median, BUDGET.scaleSeconds2000, 's'));
    if (big.peakMB !== undefined) checks.push(check(`2,000 sections (${series.format}): peak memory`, big.peakMB, BUDGET.scaleMB2000, 'MB'));
    checks.push(check(`scaling (${series.format}): marginal cost 2,000 / 1,000`, series.marginalRatio, BUDGET.scaleMarginalRatio, '×'));
  }
  return checks;
}
