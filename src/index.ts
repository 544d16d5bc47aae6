/**
 * article-deck as a library: the same API the `deck` command uses.
 *
 *   import { compile, buildDeck, buildSite } from 'article-deck';
 *   import articleDeck from 'article-deck/vite';
 *
 * Re-exports only; each function is documented where it lives.
 */
export { compileFile as compile, compileSource, type Compiled, type CompiledDeck } from './pipeline.ts';
export { compileText } from './pipeline-in-memory.ts';
export { buildDeck, type BuildResult } from './build/deck.ts';
export { cleanUpInterrupted } from './build/interrupt.ts';
export { buildSingleFile, type SingleFileResult } from './single/build.ts';
export { exportPdf, type PdfOptions, type PdfResult } from './export/index.ts';
export { buildSite, type SiteOptions, type SiteProgress, type SiteResult } from './site/build.ts';
export { writeSiteIndex, type SiteIndex } from './site/write-index.ts';
export type { SiteArticle } from './site/discover.ts';
export type { Failure } from './site/write-decks.ts';
export type { Shard } from './site/shard.ts';
export { readDeckJson, type DeckJson } from './vite/deck-json.ts';
export { DeckError, isDeckError, type DeckErrorCode } from './errors.ts';
export { DEFAULTS, resolveOptions, type ResolvedOptions, type UserOptions } from './options.ts';
export type { Deck, Diagnostic, Outline, Position, Slide, SlideKind, ThemeName } from './types.ts';
export type { RenderedDeck } from './render/index.ts';
