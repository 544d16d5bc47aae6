/**
 * Judges a slide point against the sentence it came from (issue 14):
 * - mid-clause: the point ends where its sentence goes on inside the same clause — the next word
 *   of the sentence is neither punctuation nor the start of a new clause;
 * - bare pronoun: the point opens on a pronoun ("It has…") whose referent is not on the slide;
 * - object dropped (English): a verb or preposition in the point lost the words that completed it;
 * - lost main clause (main-clause.ts): the point is not the sentence's main clause.
 * It aligns the point's words with the sentence's in order (leaving out words is compression;
 * up to three opening words may differ, for a pronoun replaced by its name).
 */
import { createRequire } from 'node:module';
import { lostMainClause } from './main-clause.ts';
import { CLAUSE_STARTS, COORDINATORS, DEMONSTRATIVES, IMPERSONAL, NOT_ONLY, PHRASE_WORDS, PRONOUNS, SUBJECTS } from './vocabulary.ts';

export interface Verdict {
  /** The point's words were found, in order, in the sentence. */
  aligned: boolean;
  midClause: boolean;
  barePronoun: boolean;
  objectDropped: boolean;
  /** The point lost its sentence's main clause (main-clause.ts), and why. */
  lostMain: boolean;
  lostWhy?: string;
  /** The sentence's word right after the point's end, when it goes on. */
  next?: string;
  /** Opening words of the point not found in the sentence (a pronoun's name), and gaps left by compression. */
  skipped: number;
  gaps: number;
}

interface Word {
  norm: string;
  /** Written with a capital (a German noun, a name). */
  upper?: boolean;
  /** Opens a bracket: a parenthetical starts here. */
  bracket?: boolean;
  /** Punctuation right after the word (or a free-standing dash after it). */
  after: string;
  tags?: Set<string>;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
/** A word as compared: lower case, edge punctuation off, a footnote number after its full stop off ("decades.1"). */
const norm = (w: string) => w.replace(/(?<=\p{L})[.!?]["”’)]*(?:\d{1,3}|[¹²³⁴-⁹⁰]+)$/u, '').toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const base = (lang: string) => (lang.split(/[-_]/)[0] ?? '').toLowerCase();
const set = (list = '') => new Set(list.split(' ').filter(Boolean));

/** The words of `text`; `unspaced` segments it as Chinese, Japanese or Thai (point and sentence alike). */
function words(text: string, lang: string, unspaced = UNSPACED.test(text)): Word[] {
  const out: Word[] = [];
  if (unspaced) {
    for (const { segment, isWordLike } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
      if (isWordLike) out.push({ norm: norm(segment), after: '' });
      else if (out.length) out.at(-1)!.after += segment.trim();
    }
    return out;
  }
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    const n = norm(raw);
    if (!n) {
      if (out.length) out.at(-1)!.after += raw;
      continue;
    }
    out.push({ norm: n, bracket: /^[(\[]/.test(raw), upper: /^[^\p{L}\p{N}]*\p{Lu}/u.test(raw), after: /[^\p{L}\p{N}%]*$/u.exec(raw)?.[0] ?? '' });
  }
  return out;
}

type Tagger = (text: string) => { json(o: object): { terms: { tags: string[]; offset: { start: number } }[] }[] };
let tagger: Tagger | undefined;

/** English tags from compromise, one set per whitespace word of `text`. */
function tagWords(text: string, ws: Word[]): void {
  tagger ??= createRequire(import.meta.url)('compromise/two') as Tagger;
  const pieces = text.split(/\s+/).filter(Boolean);
  const joined = pieces.join(' ');
  const starts: number[] = [];
  let at = 0;
  for (const p of pieces) {
    starts.push(at);
    at += p.length + 1;
  }
  const owner: number[] = []; // whitespace piece → word index
  let w = -1;
  for (const p of pieces) owner.push(norm(p) ? ++w : w);
  for (const term of tagger(joined).json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms)) {
    let piece = 0;
    while (piece + 1 < starts.length && starts[piece + 1]! <= term.offset.start) piece++;
    const word = ws[owner[piece]!];
    if (word) for (const tag of term.tags) (word.tags ??= new Set()).add(tag);
  }
}

/** Indices in `s` of the point's words from `skip` on, in order with the fewest gaps, or undefined. */
function align(p: Word[], s: Word[], skip: number): number[] | undefined {
  const n = p.length - skip;
  if (n <= 0) return undefined;
  // best[i][j]: fewest gaps matching p[skip..skip+i] with p[skip+i] at s[j].
  let prev: { gaps: number; path: number[] }[] = s.map((w, j) => (w.norm === p[skip]!.norm ? { gaps: 0, path: [j] } : undefined)) as never;
  for (let i = 1; i < n; i++) {
    const cur: ({ gaps: number; path: number[] } | undefined)[] = s.map(() => undefined);
    let bestBefore: { gaps: number; path: number[]; j: number } | undefined;
    for (let j = 0; j < s.length; j++) {
      const before = j > 0 ? prev[j - 1] : undefined;
      if (s[j]!.norm === p[skip + i]!.norm) {
        const options = [before && { gaps: before.gaps, path: before.path }, bestBefore && bestBefore.j < j - 1 ? { gaps: bestBefore.gaps + 1, path: bestBefore.path } : undefined].filter(Boolean) as { gaps: number; path: number[] }[];
        const best = options.sort((a, b) => a.gaps - b.gaps)[0];
        if (best) cur[j] = { gaps: best.gaps, path: [...best.path, j] };
      }
      if (before && (!bestBefore || before.gaps < bestBefore.gaps)) bestBefore = { ...before, j: j - 1 };
    }
    prev = cur as never;
  }
  const ends = prev.filter(Boolean) as { gaps: number; path: number[] }[];
  return ends.sort((a, b) => a.gaps - b.gaps)[0]?.path;
}

const ENDS_PHRASE = /[,;:.!?)\]—–…、，。；：！？]|^\s*-+/u;

export function checkPoint(point: string, sentence: string, lang: string): Verdict {
  const l = base(lang);
  const unspaced = UNSPACED.test(sentence) || UNSPACED.test(point);
  const p = words(point, lang, unspaced);
  const s = words(sentence, lang, unspaced);
  let path: number[] | undefined;
  let skip = 0;
  for (; skip <= Math.min(3, p.length - 1) && !path; skip++) path = align(p, s, skip);
  skip--;
  const gaps = path ? path.slice(1).filter((j, k) => j > path![k]! + 1).length : 0;
  const verdict: Verdict = { aligned: Boolean(path), midClause: false, barePronoun: barePronoun(point, p, lang), objectDropped: false, lostMain: false, skipped: skip, gaps };
  if (!path) return verdict;
  const english = l === 'en';
  if (english) tagWords(sentence, s);
  const end = path.at(-1)!;
  verdict.lostWhy = lostMainClause(s, path, skip, l, sentence);
  verdict.lostMain = verdict.lostWhy !== undefined;
  const starts = set(CLAUSE_STARTS[l]);
  if (end < s.length - 1 && NOT_ONLY.test(point) && !/\b(but|sino|sondern|mais|ma|mas)\b/iu.test(point.split(NOT_ONLY).at(-1) ?? '')) {
    verdict.midClause = true; // "not just X" without its "but Y"
    verdict.next = s[end + 1]!.norm;
  } else if (end < s.length - 1 && !ENDS_PHRASE.test(s[end]!.after)) {
    const next = s[end + 1]!;
    verdict.midClause = !(next.bracket || starts.has(next.norm) || coordinatedClause(s, end + 1, l));
    verdict.next = next.norm;
    if (english && verdict.midClause && completes(s, end)) verdict.objectDropped = true;
  }
  if (english) {
    for (let k = 1; k < path.length; k++) {
      const a = path[k - 1]!;
      if (path[k]! > a + 1 && !ENDS_PHRASE.test(s[a]!.after) && !s[a + 1]!.bracket && completes(s, a)) verdict.objectDropped = true;
    }
  }
  return verdict;
}

/** True when s[at] is a coordinator opening a clause or predicate: a subject or a verb follows, not a noun phrase. */
function coordinatedClause(s: Word[], at: number, l: string): boolean {
  const after = s[at + 1];
  if (!set(COORDINATORS[l]).has(s[at]!.norm) || !after) return false;
  if (set(SUBJECTS[l]).has(after.norm)) return true;
  if (after.tags) return after.tags.has('Verb') && !after.tags.has('Gerund');
  return !set(PHRASE_WORDS[l]).has(after.norm) && !/\p{N}/u.test(after.norm) && !(l === 'de' && after.upper);
}

/** True when s[a] is a verb or preposition and s[a + 1] begins the phrase that completes it. */
function completes(s: Word[], a: number): boolean {
  const head = s[a]!.tags;
  const next = s[a + 1]?.tags;
  if (!head || !next) return false;
  const verb = head.has('Verb') && !head.has('Auxiliary') && !head.has('Copula') && !head.has('Gerund');
  const prep = head.has('Preposition');
  const phrase = ['Noun', 'Determiner', 'Adjective', 'Value', 'Pronoun'].some((t) => next.has(t));
  return (verb || prep) && phrase;
}

function barePronoun(point: string, p: Word[], lang: string): boolean {
  const l = base(lang);
  const [first, second] = p;
  if (!first || !set(PRONOUNS[l]).has(first.norm)) return false;
  if (second && IMPERSONAL.test(`${first.norm} ${second.norm}`)) return false;
  if (l === 'en' && DEMONSTRATIVES.has(first.norm)) {
    if (!second) return true;
    const ws = words(point, lang);
    tagWords(point, ws);
    const tags = ws[1]?.tags;
    return Boolean(tags && (tags.has('Verb') || tags.has('Adverb') || tags.has('Preposition')));
  }
  if (l === 'en' && (first.norm === 'it' || first.norm === "it's")) {
    const window = p.slice(1, 6).map((w) => w.norm);
    if (window.includes('to') || window.includes('that')) return false; // "It is hard to…": a dummy subject
  }
  return true;
}
