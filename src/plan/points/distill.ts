/**
 * Distils a section's sentences into a few slide points: the sentences that carry the section
 * (choose.ts), each shortened by compression (compress.ts) and opening on a name rather than a
 * bare pronoun (pronouns.ts). A point is the sentence's own words in their own order, except an
 * opening pronoun replaced by the name it stands for and a spelled-out name by its acronym.
 */
import type { Point, Sentence } from '../../types.ts';
import { wrappedLines } from '../split.ts';
import { rate } from './choose.ts';
import { compress } from './compress.ts';
import { tagEnglish } from './english.ts';
import { finish } from './finish.ts';
import { baseLang, lexiconFor, type Lexicon } from './lexicon/index.ts';
import { nameReferent, opensOnPronoun } from './pronouns.ts';
import { tokenize, UNSPACED, wordCount, type Token } from './tokens.ts';

/** A point's words; a sentence that no compression brings this short is used whole up to LONG_WORDS. */
export const MAX_WORDS = 12;
/** A point runs past MAX_WORDS, over two lines, rather than lose its claim; never past this. */
export const LONG_WORDS = 20;
/** Points this many words over MAX_WORDS count as fitting; a section shows at most LONG_POINTS longer ones. */
const NEARLY = 2;
const LONG_POINTS = 2;
/** Characters on a line of a point: the theme's measure, as src/plan/split.ts estimates it. */
const LINE_CHARS = 56;
/** Sentences of one section shortened at most, so a huge section costs no more than a few dozen. */
const EVALUATED_MAX = 40;

/** Tokens of a sentence, tagged when English and when the tags can change the point. */
function parse(text: string, lang: string, lex: Lexicon, max: number): Token[] {
  const tokens = tokenize(text, lang);
  if (baseLang(lang) !== 'en') return tokens;
  // Tags can change a point only where there is something to leave out or a pronoun to name:
  // a long sentence with inner punctuation or an attribution verb, or a pronoun near its start.
  const long = wordCount(tokens, lang) > max;
  const shaped = tokens.some((t, i) => (i < tokens.length - 1 && /[,;:)\]—–-]/u.test(t.post)) || lex.attribution.has(t.norm) || lex.clauseOpeners.has(t.norm));
  const pronoun = tokens.slice(0, 8).some((t) => lex.pronouns.has(t.norm) || t.norm.includes("'"));
  return (long && shaped) || pronoun ? tagEnglish(tokens) : tokens;
}

interface Candidate {
  text: string;
  /** Words past MAX_WORDS. */
  over: number;
  bare: boolean;
  lost: number;
  rest: Token[];
}

function pointOf(tokens: Token[], context: () => Token[][], lex: Lexicon, lang: string, max = MAX_WORDS, hardMax = LONG_WORDS, lines = 2): Candidate | undefined {
  const open = (kept: Token[]) => (tokens[0]?.tags ? nameReferent(kept, lex, context) : { tokens: kept, bare: opensOnPronoun(kept, lex) });
  let c = compress(tokens, max, hardMax, lex, lang);
  if (!c?.fits) return undefined;
  let opening = open(c.tokens);
  if (opening.bare && c.tokens[0]?.text !== tokens[0]?.text) {
    // Leaving out the opening words exposed a pronoun: keep them ("As technology evolves, their partnership…").
    const whole = compress(tokens, max, hardMax, lex, lang, true);
    if (whole?.fits && !opensOnPronoun(whole.tokens, lex)) [c, opening] = [whole, { tokens: whole.tokens, bare: false }];
  }
  if (opening.tokens.every((t) => lex.function.has(t.norm))) return undefined; // "The.": nothing to say
  const text = finish(opening.tokens, lang);
  if (text && c.words > max && wrappedLines(text, UNSPACED.test(text) ? 26 : LINE_CHARS) > lines) return undefined;
  return text === undefined ? undefined : { text, over: Math.max(0, c.words - max), bare: opening.bare, lost: c.lost, rest: c.rest };
}

/** Shortens one sentence to a whole phrase of at most `maxWords` words, or undefined when none fits. */
export function toPhrase(sentence: string, maxWords = MAX_WORDS, lang = 'en'): string | undefined {
  const lex = lexiconFor(lang);
  return pointOf(parse(sentence, lang, lex, maxWords), () => [], lex, lang, maxWords, maxWords)?.text;
}

const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Distils sentences into `min`–`max` (default 2–4) points, chosen by content and kept in
 * document order. Points never repeat the heading or each other; no sentences give [].
 */
export function distillPoints(sentences: Sentence[], options: { heading: string; lang: string; max?: number; min?: number }): Point[] {
  // Points of at most two lines; a section none of whose sentences fits them gets one of three lines.
  const points = distill(sentences, options, 2);
  return points.length ? points : distill(sentences, { ...options, max: Math.min(1, options.max ?? 1) }, 3);
}

function distill(sentences: Sentence[], options: { heading: string; lang: string; max?: number; min?: number }, lines: number): Point[] {
  const { heading, lang } = options;
  const max = Math.max(0, options.max ?? 4);
  const min = Math.min(options.min ?? 2, max);
  const lex = lexiconFor(lang);
  const units = sentences.filter((s) => s.text.trim() !== '');
  if (!units.length || !max) return [];

  const keys: string[] = [];
  const headingKey = key(heading);
  const accept = (text: string) => {
    const k = key(text);
    const dup = (other: string) => ` ${other} `.includes(` ${k} `) || ` ${k} `.includes(` ${other} `);
    if (!k || (!k.includes(' ') && !UNSPACED.test(k)) || ` ${headingKey} `.includes(` ${k} `) || keys.some(dup)) return false;
    keys.push(k);
    return true;
  };
  const parsed = new Map<number, Token[]>();
  const tokensOf = (i: number) => {
    if (!parsed.has(i)) parsed.set(i, parse(units[i]!.text, lang, lex, MAX_WORDS));
    return parsed.get(i)!;
  };
  const context = (i: number) => () => [tokensOf(i), ...(i > 0 ? [tagged(tokensOf(i - 1), lang)] : [])];

  if (units.length === 1) return clausePoints(units[0]!, tokensOf(0), lex, lang, lines).filter((p) => accept(p.text)).slice(0, max);

  const target = Math.min(max, Math.max(min, Math.ceil(units.length / 2) + 1));
  const ranked = rate(units, heading, lex, lang).sort((a, b) => Number(a.weak) - Number(b.weak) || b.score - a.score || a.index - b.index);
  const evaluated: { index: number; point: Candidate; value: number; weak: boolean }[] = [];
  let next = 0;
  const seen = new Set<string>();
  const evaluate = (count: number) => {
    for (let done = 0; done < count && next < ranked.length; next++) {
      const r = ranked[next]!;
      const gist = key(units[r.index]!.text.replace(/\([^)]*\)|\[[^\]]*\]/g, ''));
      if (seen.has(gist)) continue; // a repeated sentence
      seen.add(gist);
      done++;
      const point = pointOf(tokensOf(r.index), context(r.index), lex, lang, MAX_WORDS, LONG_WORDS, lines);
      if (point) evaluated.push({ index: r.index, point, weak: r.weak, value: r.score - 0.3 * point.lost - 0.2 * point.over - (point.bare ? 3 : 0) - (r.weak ? 2 : 0) });
    }
  };
  const chosen: { index: number; text: string; long: boolean }[] = [];
  const pick = (limit: number, good: boolean) => {
    // Filling up to the minimum takes long points and filler, but a bare pronoun only for a first point.
    const fits = (e: (typeof evaluated)[number]) => !good || (!e.point.bare && !e.weak);
    const pool = evaluated.filter((e) => !chosen.some((c) => c.index === e.index) && fits(e));
    for (const e of pool.sort((a, b) => b.value - a.value || a.index - b.index)) {
      if (chosen.length >= limit) break;
      if (e.point.bare && chosen.length > 0) continue;
      if (good && e.point.over > NEARLY && chosen.filter((c) => c.long).length >= LONG_POINTS) continue;
      if (accept(e.point.text)) chosen.push({ index: e.index, text: e.point.text, long: e.point.over > NEARLY });
    }
  };
  evaluate(target + 1);
  pick(target, true);
  // Too few good points among the first candidates (repeats, bare pronouns): look further, within a bound.
  while (chosen.length < target && next < ranked.length && seen.size < EVALUATED_MAX) {
    evaluate(target);
    pick(target, true);
  }
  if (chosen.length < min) pick(min, false);
  return chosen.sort((a, b) => a.index - b.index).map((c) => ({ text: c.text, source: units[c.index] }));
}

/** Tags the sentence before a point's own, for naming a pronoun's referent. */
function tagged(tokens: Token[], lang: string): Token[] {
  return baseLang(lang) === 'en' ? tagEnglish(tokens) : tokens;
}

/** Up to two points from the clauses of a single sentence: its first clause and the one after a "but" or semicolon. */
function clausePoints(source: Sentence, tokens: Token[], lex: Lexicon, lang: string, lines: number): Point[] {
  const first = pointOf(tokens, () => [tokens], lex, lang, MAX_WORDS, LONG_WORDS, lines);
  if (!first) return [];
  const points = [first];
  let rest = first.rest;
  if (rest.length && lex.coordinators.has(rest[0]!.norm)) rest = rest.slice(1);
  const opener = first.rest[0];
  const joins = opener && (lex.coordinators.has(opener.norm) || /[;:]/.test(tokens[tokens.indexOf(opener) - 1]?.post ?? ';'));
  if (joins && rest.length >= 3) {
    const second = pointOf(rest, () => [tokens], lex, lang, MAX_WORDS, LONG_WORDS, lines);
    if (second && !second.bare) points.push(second);
  }
  return points.map((p) => ({ text: p.text, source }));
}
