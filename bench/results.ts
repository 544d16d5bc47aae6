/** The shape of bench/results.json: every figure of one run of the benchmark. */
import type { Summary } from './stats.ts';
import type { Transfer } from './load.ts';
import type { Scaling } from './scale.ts';

export interface BuildFigures {
  seconds: Summary;
  /** Largest peak resident memory over the runs, MB. */
  peakMB?: number;
}

export interface LoadFigures {
  fcp: Summary;
  firstSlide: Summary;
  ready: Summary;
  /** Largest cumulative layout shift seen over the runs. */
  cls: number;
}

export interface DeckFigures {
  /** Straight under node: `node src/cli/bin.mjs build`, `node …/vite.js build`. */
  build?: BuildFigures;
  /** As `build`, the English tag cache emptied before each run: an article's first build, the tagger starting. */
  buildFirst?: BuildFigures;
  /** As `build` with nothing kept (DECK_CACHE=0): no kept page (Vite bundles) and no tags. */
  buildNothingKept?: BuildFigures;
  /** As a user types it: `npx deck build`, `npx vite build` (npx's own start-up included). */
  buildNpx?: BuildFigures;
  transfer: {
    requests: number;
    bytes: number;
    gzip: number;
    beforePaintBytes: number;
    beforePaintGzip: number;
    files: Transfer[];
  };
  desktop?: LoadFigures;
  phone?: LoadFigures;
}

export interface Results {
  date: string;
  mode: 'full' | 'quick' | 'check';
  machine: { cpus: number; node: string; chromium: string };
  article: string;
  slides: number;
  ours: DeckFigures;
  baseline?: DeckFigures;
  devUpdateMs?: Summary;
  pdf?: unknown;
  lighthouse?: unknown;
  /** One series per article format. */
  scaling?: Scaling[];
  budget: Check[];
}

export interface Check {
  name: string;
  actual: number | undefined;
  limit: number;
  unit: string;
  ok: boolean;
}
