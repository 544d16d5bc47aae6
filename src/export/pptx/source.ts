/**
 * The planned deck a PPTX is drawn from: an article is compiled (no browser, no Vite); a
 * built folder gives the `deck-plan.json` its build wrote beside deck.json.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DeckError } from '../../errors.ts';
import type { Deck, ThemeName } from '../../types.ts';
import { readDeckJson, readDeckPlan } from '../../vite/deck-json.ts';

export interface DeckSource {
  deck: Deck;
  /** The built folder the deck's image addresses are relative to (absent for an article). */
  deckDir?: string;
}

export async function loadDeck(input: string, theme?: ThemeName): Promise<DeckSource> {
  const source = path.resolve(input);
  const isDir = await stat(source).then((s) => s.isDirectory(), () => {
    throw new DeckError('not-found', 'no such file or folder: give an article file or a folder made by "deck build"', { file: input });
  });
  if (!isDir) {
    // On the compile thread, with the English tagger's cache, as `deck build` compiles.
    const { compileOffThread } = await import('../../build/compile-thread.ts');
    return { deck: (await compileOffThread(source, { theme })).deck };
  }
  await readDeckJson(source); // a folder that is not a built deck is refused as deck pdf refuses it
  const deck = await readDeckPlan(source);
  if (!deck) {
    throw new DeckError('usage', 'this deck was built without deck-plan.json (an older version): rebuild it with "deck build", or give the article file', { file: input });
  }
  return { deck, deckDir: source };
}
