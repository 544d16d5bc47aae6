/**
 * The whole pipeline, in order: read → outline → plan → render.
 * Building the page (Vite) and exporting (PDF) take the rendered deck from here.
 */
import { buildOutline } from './outline/index.ts';
import { resolveOptions, type UserOptions } from './options.ts';
import { planDeck } from './plan/index.ts';
import { readArticle } from './read/file.ts';
import { renderDeck, type RenderedDeck } from './render/index.ts';
import type { Deck, Outline, Source } from './types.ts';

export interface Compiled {
  source: Source;
  outline: Outline;
  deck: Deck;
  rendered: RenderedDeck;
}

/** What building a page needs of a compiled article: the planned deck and its HTML. */
export type CompiledDeck = Pick<Compiled, 'deck' | 'rendered'>;

export function compileSource(source: Source, options: UserOptions = {}): Compiled {
  const resolved = resolveOptions(options);
  const outline = buildOutline(source);
  const deck = planDeck(outline, resolved);
  return { source, outline, deck, rendered: renderDeck(deck) };
}

/** Compiles an article file on disk. */
export async function compileFile(file: string, options: UserOptions = {}): Promise<Compiled> {
  return compileSource(await readArticle(file, options.brand), options);
}
