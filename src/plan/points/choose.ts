/**
 * Ranks a section's sentences by what they carry: centrality among the section's sentences, words
 * shared with the heading, numbers, names, being a list item the author wrote; questions and
 * rhetorical filler rank last.
 */
import type { Lexicon } from './lexicon/index.ts';
import { centrality } from './centrality.ts';
import { UNSPACED, wordSegmenter } from './tokens.ts';

/** Content words of a text, reduced to a crude stem (the first six letters), so "partners" meets "partnership". */
export function contentTerms(text: string, lex: Lexicon, lang: string): Set<string> {
  const terms = new Set<string>();
  const lower = text.toLowerCase();
  if (UNSPACED.test(text)) {
    for (const { segment, isWordLike } of wordSegmenter(lang).segment(lower)) if (isWordLike && !/^\p{N}+$/u.test(segment)) terms.add(segment);
    return terms;
  }
  for (const word of lower.split(/[^\p{L}\p{N}'’]+/u)) {
    if (word.length < 3 || lex.function.has(word) || /^\p{N}+$/u.test(word)) continue;
    terms.add(word.length > 6 ? word.slice(0, 6) : word);
  }
  return terms;
}

export interface Rated {
  index: number;
  score: number;
  /** A question or filler: a point only when nothing better exists. */
  weak: boolean;
}

const MONEY_OR_DATE = /[$€£¥]\s?\d|\d\s?%|\b(1[5-9]|20)\d\d\b|\d\s?(million|billion|trillion|percent|millones|milliards?|Millionen|Milliarden)/iu;

export function rate(sentences: { text: string; list?: boolean }[], heading: string, lex: Lexicon, lang: string): Rated[] {
  const terms = sentences.map((s) => contentTerms(s.text, lex, lang));
  const central = centrality(terms);
  const head = contentTerms(heading, lex, lang);
  const n = sentences.length;
  return sentences.map((s, index) => {
    const words = s.text.split(/\s+/);
    let score = 3 * central[index]! + 0.8 * (1 - index / n) + (index === 0 ? 0.5 : 0) + (s.list ? 1 : 0);
    let shared = 0;
    for (const t of terms[index]!) if (head.has(t)) shared++;
    score += Math.min(2, shared);
    if (/\p{N}/u.test(s.text)) score += 1.5;
    if (MONEY_OR_DATE.test(s.text)) score += 1;
    score += 0.4 * Math.min(3, words.slice(1).filter((w) => /^["“(]?\p{Lu}/u.test(w)).length);
    const weak = /[?？؟]["”’»)]*$/u.test(s.text) || lex.fluff.some((re) => re.test(s.text));
    return { index, score, weak };
  });
}
