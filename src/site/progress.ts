/** The site build's progress line on a terminal: `[########--------] 120/500 · 2 failed · 12.3 s`. */
export interface ProgressCounts {
  done: number;
  total: number;
  failed: number;
}

export function progressLine({ done, total, failed }: ProgressCounts, elapsedMs: number, width = 24): string {
  const filled = total ? Math.round((done / total) * width) : width;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
  return `${bar} ${done}/${total}${failed ? ` · ${failed} failed` : ''} · ${(elapsedMs / 1000).toFixed(1)} s`;
}
