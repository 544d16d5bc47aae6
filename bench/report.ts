/** The printed table: each figure for our deck and the baseline, and ours/baseline beside them. */
import type { Check, DeckFigures, Results } from './results.ts';
import type { Summary } from './stats.ts';

type Cell = number | Summary | undefined;
type Format = (value: number) => string;

const kb: Format = (b) => `${(b / 1000).toFixed(1)} KB`;
const ms: Format = (v) => `${Math.round(v)} ms`;
const s: Format = (v) => `${v.toFixed(2)} s`;
const mb: Format = (v) => `${Math.round(v)} MB`;
const plain: Format = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(4));

const value = (c: Cell) => (typeof c === 'number' ? c : c?.median);
const show = (c: Cell, f: Format) =>
  c === undefined ? '–' : typeof c === 'number' ? f(c) : c.runs > 1 ? `${f(c.median)} (${f(c.min)}–${f(c.max)})` : f(c.median);

function row(label: string, ours: Cell, base: Cell, f: Format): string[] {
  const o = value(ours);
  const b = value(base);
  const ratio = o !== undefined && b ? `${(o / b).toFixed(2)}×` : '';
  return [label, show(ours, f), show(base, f), ratio];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

function loadRows(name: string, o: DeckFigures, b: DeckFigures | undefined): string[][] {
  const p = name as 'desktop' | 'phone';
  if (!o[p]) return [];
  const label = p === 'phone' ? 'phone 390×844, 4× CPU' : 'desktop 1280×720';
  return [
    row(`${label}: first slide painted (FCP)`, o[p]!.fcp, b?.[p]?.fcp, ms),
    row(`${label}: first heading, Element Timing`, o[p]!.firstSlide, b?.[p]?.firstSlide, ms),
    row(`${label}: deck ready`, o[p]!.ready, b?.[p]?.ready, ms),
    row(`${label}: layout shift (CLS)`, o[p]!.cls, b?.[p]?.cls, plain),
  ];
}

export function formatResults(r: Results): string {
  const o = r.ours;
  const b = r.baseline;
  const rows = [
    ['', 'ours', 'baseline', 'ours/baseline'],
    row('build, cold, whole process (node)', o.build?.seconds, b?.build?.seconds, s),
    row('build, cold, first build of an article (tag cache empty)', o.buildFirst?.seconds, b?.buildFirst?.seconds, s),
    row('build, cold, nothing kept (DECK_CACHE=0: Vite runs)', o.buildNothingKept?.seconds, b?.buildNothingKept?.seconds, s),
    row('build, cold, as typed (npx)', o.buildNpx?.seconds, b?.buildNpx?.seconds, s),
    row('build, peak memory', o.build?.peakMB, b?.build?.peakMB, mb),
    row('first load: requests', o.transfer.requests, b?.transfer.requests, plain),
    row('first load: bytes', o.transfer.bytes, b?.transfer.bytes, kb),
    row('first load: gzip', o.transfer.gzip, b?.transfer.gzip, kb),
    row('before first paint: gzip', o.transfer.beforePaintGzip, b?.transfer.beforePaintGzip, kb),
    ...loadRows('desktop', o, b),
    ...loadRows('phone', o, b),
    row('dev server: save → slide updated', r.devUpdateMs, undefined, ms),
  ];
  const lines = [`${r.article}: ${r.slides} slides, ${r.mode} run, ${r.date}, ${r.machine.cpus} CPUs, Node ${r.machine.node}, Chromium ${r.machine.chromium}`, '', table(rows)];
  lines.push('', 'first load, ours:', ...formatFiles(o));
  if (r.pdf !== undefined) lines.push('', `PDF export: ${JSON.stringify(r.pdf)}`);
  if (r.lighthouse !== undefined) lines.push('', `Lighthouse: ${JSON.stringify(r.lighthouse)}`);
  for (const { format, points, fit, ratio2000to1000, marginalRatio } of r.scaling ?? []) {
    lines.push('', table([[`scaling, ${format}: sections`, 'build', 'peak memory'], ...points.map((p) => [String(p.sections), show(p.seconds, s), p.peakMB ? mb(p.peakMB) : '–'])]));
    lines.push(
      `  least squares: ${(fit.slope * 1000).toFixed(2)} ms per section + ${fit.intercept.toFixed(2)} s, R² ${fit.r2.toFixed(4)}; ` +
        `time(2000)/time(1000) ${ratio2000to1000.toFixed(2)}, marginal ${marginalRatio.toFixed(2)} (2 = linear)`,
    );
  }
  lines.push('', 'budget:', ...r.budget.map(formatCheck));
  return lines.join('\n');
}

export function formatCheck(c: Check): string {
  const f = c.unit === 'B' ? kb : (v: number) => `${c.unit === '' ? v.toFixed(4) : v.toFixed(2)}${c.unit === '×' ? '×' : c.unit ? ` ${c.unit}` : ''}`;
  return `  ${c.ok ? 'ok  ' : 'OVER'} ${c.name}: ${c.actual === undefined ? '–' : f(c.actual)} (limit ${f(c.limit)})`;
}

/** Every file of our deck's first load; * marks what must arrive before the first paint. */
export function formatFiles(deck: DeckFigures): string[] {
  return [
    ...deck.transfer.files.map((f) => `  ${f.beforePaint ? '*' : ' '} ${f.type.padEnd(10)} ${kb(f.bytes).padStart(9)} ${kb(f.gzip).padStart(9)} gzip  ${f.url}`),
    '  (* = arrives before the first paint: the document and render-blocking files)',
  ];
}
