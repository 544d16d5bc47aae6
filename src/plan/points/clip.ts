/**
 * A heading too long for the agenda, clipped to its first words for an item the caller marks
 * with "…": a whole phrase when one fits, else the first words up to one that is not a function
 * word. Only for labels that point at a slide holding the full text, never for slide points.
 */
import { toPhrase } from './distill.ts';
import { finish } from './finish.ts';
import { lexiconFor } from './lexicon/index.ts';
import { tokenize } from './tokens.ts';

export function clipPhrase(text: string, maxWords: number, lang: string): string | undefined {
  const phrase = toPhrase(text, maxWords, lang);
  if (phrase) return phrase;
  const lex = lexiconFor(lang);
  const tokens = tokenize(text, lang).slice(0, maxWords);
  while (tokens.length > 1 && lex.function.has(tokens.at(-1)!.norm)) tokens.pop();
  return finish(tokens, lang);
}
