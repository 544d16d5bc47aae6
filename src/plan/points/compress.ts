/**
 * Shortens one sentence to a point by leaving out what does not carry its claim (spans.ts) and,
 * when that is not enough, by keeping its first whole clause. It never cuts inside a clause: a
 * sentence that no compression brings within the limit comes back whole, marked as not fitting.
 */
import { has } from './english.ts';
import { keepTokens, preferAcronyms } from './drop.ts';
import type { Lexicon } from './lexicon/index.ts';
import { opensMainClause } from './main-clause.ts';
import { content, findSpans, type Span } from './spans.ts';
import { breaksAfter, endsWithComma, wordCount, type Token } from './tokens.ts';

export interface Compressed {
  tokens: Token[];
  /** The clauses after the one kept, when the point is the sentence's first clause only. */
  rest: Token[];
  words: number;
  /** Within the word limit. */
  fits: boolean;
  /** Content left out (numbers and names weigh most), for choosing between sentences. */
  lost: number;
}

const MAX_OPTIONAL = 6;
/** What each word over the limit costs, in content units (spans.ts: a number 2, a name 1, a noun 0.4). */
const OVER = 0.8;

const matches = (tokens: Token[], at: number, phrase: string[]) => phrase.every((w, k) => tokens[at + k]?.norm === w);

/** True when a "not only X" in tokens before `end` is still waiting for its "but Y". */
function openNotOnly(tokens: Token[], end: number, lex: Lexicon): boolean {
  for (let i = 0; i < end; i++) {
    const phrase = lex.notOnly.find((p) => matches(tokens, i, p));
    if (phrase) return !tokens.slice(i + phrase.length, end).some((t) => lex.clauseOpeners.has(t.norm) || lex.coordinators.has(t.norm));
  }
  return false;
}

/** Places where a whole clause ends: after ; : or a dash, or before a clause-opening word. */
function clauseEnds(tokens: Token[], lex: Lexicon, spans: Span[]): number[] {
  const ends: number[] = [];
  const english = Boolean(tokens[0]?.tags);
  for (let k = 3; k < tokens.length - 1; k++) {
    const before = tokens[k - 1]!;
    const next = tokens[k]!;
    let clause = /[;:；：]|\s[—–-]+$/u.test(before.post);
    if (!clause && endsWithComma(before)) {
      // A comma ends a clause unless it separates items of a list ("a, b and c").
      const listBefore = tokens.slice(Math.max(0, k - (lex.coordinators.has(next.norm) ? 8 : 4)), k - 1).some(endsWithComma);
      const listAfter = tokens.slice(k, k + 3).some((t, j) => endsWithComma(t) && lex.coordinators.has(tokens[k + j + 1]?.norm ?? ''));
      const opener = lex.clauseOpeners.has(next.norm) || lex.coordinators.has(next.norm);
      // English needs an opening word after the comma (tags tell a clause from an appositive); other
      // languages may end at any comma past the fourth word that does not close an aside.
      const aside = spans.some((sp) => sp.end === k && (sp.kind === 'appositive' || sp.kind === 'intro' || sp.kind === 'aside'));
      clause = !listBefore && !listAfter && (english ? opener && tokens.slice(k + 1).some((t) => has(t, 'Verb')) : (opener || (k >= 4 && !closesRelative(tokens, k, lex) && !insertedAt(tokens, k, lex) && !afterSubjectAside(tokens, k, lex))) && !aside);
    }
    if (!clause && !breaksAfter(before) && lex.clauseOpeners.has(next.norm) && !lex.appositive.has(next.norm)) {
      clause = !english || !has(next, 'Preposition');
    }
    if (clause && !openNotOnly(tokens, k, lex)) ends.push(k);
  }
  return ends;
}

/**
 * True when the comma before token `k` closes a relative clause or appositive opened after an
 * earlier comma ("Le thé, ce liquide qui s'écoule au fond, | fait…"): the main clause goes on after it.
 */
function closesRelative(tokens: Token[], k: number, lex: Lexicon): boolean {
  for (let j = k - 1; j > 0; j--) if (lex.clauseOpeners.has(tokens[j]!.norm)) return tokens.slice(0, j).some(endsWithComma);
  return false;
}

/**
 * True when the stretch from token `k` to the next comma is inserted between a subject and its
 * verb: it opens on an appositive word or holds a relative pronoun, and the sentence goes on
 * after it with no clause-opening word ("Le thé, | ce liquide qui coule au fond, | fait…").
 */
function insertedAt(tokens: Token[], k: number, lex: Lexicon): boolean {
  let m = k;
  while (m < tokens.length - 1 && !breaksAfter(tokens[m]!)) m++;
  const next = tokens[m + 1];
  if (!next || !endsWithComma(tokens[m]!) || lex.clauseOpeners.has(next.norm) || lex.coordinators.has(next.norm)) return false;
  return lex.appositive.has(tokens[k]!.norm) || lex.subjectStarts.has(tokens[k]!.norm) || tokens.slice(k, m + 1).some((t) => lex.clauseOpeners.has(t.norm));
}

/**
 * True when the sentence opens on a short noun phrase and a comma ("Las bisagras, oxidadas y
 * pegadas, | salieron…", "Las hortalizas de fruto, | como el tomate, necesitan…"): up to the
 * comma before `k` the point would hold the subject (and its aside), and the verb comes after.
 */
function afterSubjectAside(tokens: Token[], k: number, lex: Lexicon): boolean {
  const comma = tokens.findIndex((t) => breaksAfter(t));
  return comma >= 0 && comma < k && comma < 5 && lex.appositive.has(tokens[0]!.norm) && !lex.clauseOpeners.has(tokens[0]!.norm);
}

const verbIn = (tokens: Token[]) => !tokens[0]?.tags || tokens.some((t) => has(t, 'Verb') && !has(t, 'Gerund'));

/**
 * The best shortening of `input` within `max` words: the variant that leaves out the least
 * content, preferring the whole sentence to its first clause. Each word over `max` costs about
 * two nouns' worth of content, up to `hardMax`: a long whole sentence beats one that lost its
 * names and numbers. `keepOpening` keeps the sentence's first words (when leaving them out would
 * open the point on a pronoun). `undefined` for an empty sentence.
 */
export function compress(input: Token[], max: number, hardMax: number, lex: Lexicon, lang: string, keepOpening = false): Compressed | undefined {
  const tokens = preferAcronyms(input);
  if (!tokens.length) return undefined;
  const spans = findSpans(tokens, lex);
  const always = spans.filter((s) => s.always);
  const optional = spans
    .filter((s) => !s.always)
    .sort((a, b) => a.cost - b.cost)
    .slice(0, MAX_OPTIONAL);
  const ends = [tokens.length, ...clauseEnds(tokens, lex, spans)];
  const clause = verbIn(tokens);
  let best: (Compressed & { score: number }) | undefined;
  let longest: (Compressed & { score: number }) | undefined;
  for (const end of ends) {
    const rest = end < tokens.length ? content(tokens, end, tokens.length, lex) + 1.5 : 0;
    const inside = optional.filter((s) => s.end <= end);
    for (let mask = 0; mask < 1 << inside.length; mask++) {
      const dropped: Span[] = [...always.filter((s) => s.end <= end), ...inside.filter((_, k) => mask & (1 << k))];
      if (dropped.some((a, i) => dropped.some((b, j) => i < j && a.start < b.end && b.start < a.end && !(a.always && b.always)))) continue;
      // A point cut after a clause never also loses the words right before the cut: it would end inside it.
      if (end < tokens.length && dropped.some((s) => !s.always && s.end === end)) continue;
      if (keepOpening && dropped.some((s) => s.start === 0)) continue;
      const keep = tokens.map((_, i) => i < end && !dropped.some((s) => i >= s.start && i < s.end));
      const kept = keepTokens(tokens, keep);
      if (kept.length < Math.min(3, tokens.length) || (clause && !verbIn(kept))) continue;
      if (!opensMainClause(tokens, keep, dropped, lex)) continue;
      // A subordinate clause is no point on its own ("Because X", "Nadat X plaatste").
      if (lex.clauseOpeners.has(kept[0]!.norm) && (keep[0] === false || end < tokens.length)) continue;
      const words = wordCount(kept, lang);
      const lost = rest + dropped.filter((s) => !s.always).reduce((sum, s) => sum + s.cost, 0);
      const score = -lost - 0.02 * words - OVER * Math.max(0, words - max);
      const candidate = { tokens: kept, rest: tokens.slice(end), words, fits: words <= hardMax, lost, score };
      if (candidate.fits && (!best || candidate.score > best.score)) best = candidate;
      if (!candidate.fits && end === tokens.length && (!longest || words < longest.words)) longest = candidate;
    }
  }
  const chosen = best ?? longest;
  return chosen && { tokens: chosen.tokens, rest: chosen.rest, words: chosen.words, fits: chosen.fits, lost: chosen.lost };
}
