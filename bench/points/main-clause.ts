/**
 * "Lost the main clause": a point must keep its sentence's main clause (subject, finite verb and
 * what completes it). It is lost when
 * - the point opens after a prefix that is not one introductory element (a marker, a phrase or
 *   subordinate clause ending at a comma, an attribution ending at its verb or "that"), or opens
 *   on a word that cannot start a clause (a coordinator, "then", a verb or participle, a span after
 *   a list comma);
 * - the point stops after the subject and its appositive, before the verb;
 * - a filler adverb was left out after another adverb or before an adjective ("almost certainly");
 * - cells of a table row were left out.
 */
import { CLAUSE_STARTS, CONTINUERS, COORDINATORS, PHRASE_WORDS, SUBJECT_STARTS, SUBJECTS, SUBORDINATING_PREPOSITIONS, THAT } from './vocabulary.ts';

export interface ClauseWord {
  norm: string;
  upper?: boolean;
  after: string;
  tags?: Set<string>;
}

const set = (list = '') => new Set(list.split(' ').filter(Boolean));
const has = (w: ClauseWord | undefined, ...tags: string[]) => tags.some((t) => w?.tags?.has(t));
/** A verb that can head a clause: not a gerund, not an infinitive after "to". */
const finite = (s: ClauseWord[], j: number) => has(s[j], 'Verb') && !has(s[j], 'Gerund') && !(has(s[j], 'Infinitive') && s[j - 1]?.norm === 'to');
const BREAK = /[,;:—–]/u;
/** A prepositional phrase this long or longer holds a clause of its own, in a language we cannot tag. */
const SHORT_INTRO = 5;

/** True when `w` can open a clause's subject in language `l`. */
function subjectStart(s: ClauseWord[], at: number, l: string): boolean {
  const w = s[at]!;
  const starts = set(SUBJECT_STARTS[l]);
  const elided = /^(\p{L}+')/u.exec(w.norm)?.[1];
  if (w.tags) {
    if (starts.has(w.norm)) return true;
    if ((has(w, 'Verb') && !has(w, 'Gerund')) || has(w, 'Conjunction', 'Preposition', 'Adverb')) return false;
    if (has(w, 'Adjective') && !has(w, 'Noun')) return has(s[at + 1], 'Noun', 'Value', 'Determiner');
    return has(w, 'Noun', 'Pronoun', 'Determiner', 'Value', 'Gerund');
  }
  return starts.has(w.norm) || Boolean(elided && starts.has(elided)) || Boolean(w.upper) || /^\p{N}/u.test(w.norm);
}

/** Why the point (its words at `path` in sentence `s`) lost the sentence's main clause, or undefined. */
export function lostMainClause(s: ClauseWord[], path: number[], skip: number, l: string, sentence: string): string | undefined {
  const english = Boolean(s[0]?.tags);
  const first = path[0]!;
  const end = path.at(-1)!;
  // Table rows (cells joined by " — ", no final stop): a row keeps every cell.
  const row = /\s—\s/u.test(sentence) && !/[.!?…。！？]["”’»)]*\s*$/u.test(sentence) && !/[.!?…]["”’»)]*\s—\s/u.test(sentence);
  if (row && (first > 0 || end < s.length - 1 || path.some((j, k) => k > 0 && j > path[k - 1]! + 1))) return 'table row lost cells';
  // A sentence without a verb (English: "Yes, for a catalogue of our size.") has no main clause to lose.
  if (first > 0 && skip === 0 && !(english && !s.some((_, j) => finite(s, j)))) {
    const why = badOpening(s, first, l, english);
    if (why) return why;
  }
  // Stops after the subject and an appositive or relative clause, before the main verb.
  if (end < s.length - 1 && /[,—–]/u.test(s[end]!.after)) {
    const next = s[end + 1]!;
    if (english && finite(s, end + 1) && !has(next, 'Auxiliary') && path.every((j) => !finite(s, j) || relativeBefore(s, j, l))) return 'stops before the main verb';
    if (!english && ((relativeBefore(s, end, l) && !known(next.norm, l)) || insertedAfter(s, end + 1, l))) return 'stops before the main verb';
    // "Las bisagras, oxidadas y pegadas por la pintura": a short noun phrase, its aside, and no verb yet.
    const comma = s.findIndex((w) => BREAK.test(w.after));
    const article = set(SUBJECT_STARTS[l]).has(s[0]!.norm) && !set(SUBJECTS[l]).has(s[0]!.norm);
    if (!english && first === 0 && comma < 5 && comma <= end && article && !known(next.norm, l)) return 'stops before the main verb';
  }
  // A filler adverb left out after another adverb or before an adjective or number.
  if (english) {
    for (let k = 1; k < path.length; k++) {
      const a = path[k - 1]!;
      const b = path[k]!;
      if (b !== a + 2 || !has(s[a + 1], 'Adverb') || BREAK.test(s[a]!.after)) continue;
      if (has(s[a], 'Adverb') || s[a]!.norm === 'not' || (has(s[b], 'Adjective') && !has(s[b], 'Noun')) || /^\p{N}/u.test(s[b]!.norm) || (has(s[b], 'Value') && s[b]!.norm !== 'one')) return `left out "${s[a + 1]!.norm}" after "${s[a]!.norm}"`;
    }
  }
  return undefined;
}

/** A relative pronoun after a comma before word `at`, in the same stretch of the sentence. */
function relativeBefore(s: ClauseWord[], at: number, l: string): boolean {
  const relatives = set(CLAUSE_STARTS[l]);
  for (let j = at; j > 0; j--) {
    if (relatives.has(s[j]!.norm) && j < at) return s.slice(0, j).some((w) => /,/.test(w.after));
  }
  return false;
}

/** True when the stretch from `at` to the next comma holds a relative pronoun and the sentence goes on after it without a clause start. */
function insertedAfter(s: ClauseWord[], at: number, l: string): boolean {
  let m = at;
  while (m < s.length - 1 && !BREAK.test(s[m]!.after)) m++;
  const next = s[m + 1];
  const opens = [CLAUSE_STARTS, COORDINATORS].some((list) => set(list[l]).has(s[at]!.norm));
  return Boolean(next && !opens && /,/.test(s[m]!.after) && s.slice(at, m + 1).some((w) => set(CLAUSE_STARTS[l]).has(w.norm)) && !known(next.norm, l));
}

const known = (norm: string, l: string) =>
  [CLAUSE_STARTS, COORDINATORS, SUBJECTS, PHRASE_WORDS].some((list) => set(list[l]).has(norm));

function badOpening(s: ClauseWord[], first: number, l: string, english: boolean): string | undefined {
  const prev = s[first - 1]!;
  const w = s[first]!;
  if (set(COORDINATORS[l]).has(w.norm) || set(CONTINUERS[l]).has(w.norm)) return `opens on "${w.norm}"`;
  const prefix = s.slice(0, first);
  const atBreak = BREAK.test(prev.after) || THAT.has(prev.norm);
  if (english) {
    // An attribution ends at its verb ("Critics say X"); anything else ends at a comma or "that".
    const attribution = finite(s, first - 1) && !has(s[0], 'Preposition', 'Conjunction') && !set(CLAUSE_STARTS[l]).has(s[0]!.norm);
    if (!atBreak && !attribution) return 'opens inside the main clause';
    // A phrase opening on a preposition that holds a subject and its verb was the main clause.
    if (has(s[0], 'Preposition') && !set(CLAUSE_STARTS[l]).has(s[0]!.norm) && !SUBORDINATING_PREPOSITIONS.has(s[0]!.norm) && prefix.some((_, j) => finite(s, j) && prefix.slice(0, j).some((y) => has(y, 'Noun', 'Pronoun'))))
      return 'the dropped opening held the main clause';
    if (!subjectStart(s, first, l)) return `opens on "${w.norm}", not a subject`;
    // The point's first stretch, up to a comma, holds a verb of its own (not a list item or a noun after a comma).
    for (let j = first; j < s.length - 1 && !finite(s, j); j++) if (BREAK.test(s[j]!.after)) return 'opens on a span without its verb';
    return undefined;
  }
  if (!atBreak) return 'opens inside the main clause';
  if (subjectStart(s, first, l)) return undefined;
  // Untagged languages drop their subject ("En 2019, compramos…"): only after one short opening phrase.
  const short = prefix.length <= SHORT_INTRO && !prefix.slice(0, -1).some((x) => BREAK.test(x.after));
  return short && !set(PHRASE_WORDS[l]).has(w.norm) ? undefined : `opens on "${w.norm}" after the main clause`;
}
