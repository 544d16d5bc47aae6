/**
 * A point keeps its sentence's main clause. Leaving out the opening words is allowed only when
 * they are introductory elements — a discourse marker, a phrase or subordinate clause that ends at
 * its comma, an attribution ("Officials argue that") — and what is left opens on the main clause's
 * subject: not on a coordinator or "then", a verb or participle, nor on the middle of a list.
 */
import { has } from './english.ts';
import type { Lexicon } from './lexicon/index.ts';
import type { Span } from './spans.ts';
import { breaksAfter, type Token } from './tokens.ts';

/** Kinds of span that may make up a dropped opening. */
const OPENING: ReadonlySet<Span['kind']> = new Set(['marker', 'intro', 'attribution', 'aside']);
/** An opening phrase this long, in a language we cannot tag, may hold a clause of its own. */
const SHORT_OPENING = 5;

/** A verb that can head a clause: not a gerund, not an infinitive after "to". */
const finite = (tokens: Token[], j: number) => has(tokens[j], 'Verb') && !has(tokens[j], 'Gerund') && !(has(tokens[j], 'Infinitive') && tokens[j - 1]?.norm === 'to');

/** True when token `at` can open a clause's subject. */
function subjectStart(tokens: Token[], at: number, lex: Lexicon): boolean {
  const t = tokens[at]!;
  if (t.tags) {
    if (lex.subjectStarts.has(t.norm)) return true;
    if ((has(t, 'Verb') && !has(t, 'Gerund')) || has(t, 'Conjunction') || has(t, 'Preposition') || has(t, 'Adverb')) return false;
    // An adjective opens a noun phrase ("Heavy hives", "Missing one bus"), not a predicate ("Compatible with").
    if (has(t, 'Adjective') && !has(t, 'Noun')) return ['Noun', 'Value', 'Determiner'].some((tag) => has(tokens[at + 1], tag));
    return has(t, 'Noun') || has(t, 'Pronoun') || has(t, 'Determiner') || has(t, 'Value') || has(t, 'Gerund');
  }
  const elided = /^(\p{L}+')/u.exec(t.norm)?.[1];
  return lex.subjectStarts.has(t.norm) || (elided !== undefined && lex.subjectStarts.has(elided)) || /^[\p{Lu}\p{N}]/u.test(t.text);
}

/**
 * True when the tokens kept (`keep`) still open on the sentence's main clause, given the spans
 * left out (`dropped`).
 */
export function opensMainClause(tokens: Token[], keep: boolean[], dropped: Span[], lex: Lexicon): boolean {
  const first = keep.indexOf(true);
  if (first <= 0) return first === 0;
  for (let i = 0; i < first; i++) if (!dropped.some((s) => OPENING.has(s.kind) && s.start <= i && i < s.end)) return false;
  const t = tokens[first]!;
  if (lex.coordinators.has(t.norm) || lex.continuers.has(t.norm)) return false;
  const prev = tokens[first - 1]!;
  const attribution = dropped.some((s) => s.kind === 'attribution' && s.end === first);
  if (!breaksAfter(prev) && prev.norm !== 'that' && !attribution) return false;
  const head = tokens[0]!;
  if (t.tags) {
    // "For the first month I opened the hive, …": an opening phrase with a subject and verb of its own was the main clause.
    if (has(head, 'Preposition') && !lex.clauseOpeners.has(head.norm) && !lex.subordinating.has(head.norm)) {
      for (let j = 1; j < first; j++) if (finite(tokens, j) && tokens.slice(0, j).some((x) => has(x, 'Noun') || has(x, 'Pronoun'))) return false;
    }
    if (!subjectStart(tokens, first, lex)) return false;
    // The first stretch of the point, up to a comma, holds its verb (a list's next item does not).
    for (let j = first; j < tokens.length - 1 && !finite(tokens, j); j++) if (breaksAfter(tokens[j]!)) return false;
    return true;
  }
  if (subjectStart(tokens, first, lex)) return true;
  // Languages that leave out the subject ("En 2019, compramos…"): only after one short opening phrase.
  const single = !tokens.slice(0, first - 1).some((x, j) => breaksAfter(x) && !dropped.some((s) => s.kind === 'marker' && s.end === j + 1));
  return first <= SHORT_OPENING && single && !lex.introOpeners.has(t.norm) && !lex.function.has(t.norm);
}
