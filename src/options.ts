/** What users may set, and the defaults, in one place. */
import type { BrandField, ThemeName } from './types.ts';

/** The brand from the command line (`--accent`, `--background`, `--font`, `--logo`, `--theme-css`): wins over the front matter's. */
export type BrandOptions = Partial<Record<BrandField, string>>;

export interface UserOptions {
  /** Overrides the article's `theme`; default: the article's, else follows the reader's system. */
  theme?: ThemeName;
  /** Points appear one at a time (default false: all at once). */
  fragments?: boolean;
  /** Most points a slide shows before a continuation slide (default 4). */
  maxPoints?: number;
  /**
   * Show images from other sites (default false: the deck must work offline, so a remote image is
   * left out with a warning; its alt text stays in the notes).
   */
  allowRemote?: boolean;
  /** Number the lines of code slides (default false; front matter `lineNumbers: true` too). */
  lineNumbers?: boolean;
  /** Brand colours and files; paths relative to the working directory. */
  brand?: BrandOptions;
}

export type ResolvedOptions = Readonly<Required<Omit<UserOptions, 'theme' | 'brand'>> & Pick<UserOptions, 'theme' | 'brand'>>;

export const DEFAULTS = { fragments: false, maxPoints: 4, allowRemote: false, lineNumbers: false } as const;

export function resolveOptions(user: UserOptions = {}): ResolvedOptions {
  return Object.freeze({
    theme: user.theme,
    fragments: user.fragments ?? DEFAULTS.fragments,
    maxPoints: Math.min(6, Math.max(2, user.maxPoints ?? DEFAULTS.maxPoints)),
    allowRemote: user.allowRemote ?? DEFAULTS.allowRemote,
    lineNumbers: user.lineNumbers ?? DEFAULTS.lineNumbers,
    brand: user.brand,
  });
}
