/**
 * The parts of a sentence that do not carry its claim, as spans a point may leave out:
 * discourse markers, sentence adverbs, parentheticals, introductory phrases, attributions
 * ("Some argue that"), appositives and non-restrictive relatives, trailing participial clauses.
 * English spans are found from part-of-speech tags; other languages by punctuation and the
 * lexicon's opening words.
 */
import { has } from './english.ts';
import type { Lexicon } from './lexicon/index.ts';
import { breaksAfter, endsWithComma, type Token } from './tokens.ts';

export type SpanKind = 'marker' | 'aside' | 'intro' | 'attribution' | 'appositive' | 'tail' | 'adverbial';

/** Tokens `start` … `end - 1`. `always` spans are left out of every point; others cost `cost` to leave out. */
export interface Span {
  start: number;
  end: number;
  kind: SpanKind;
  always: boolean;
  cost: number;
}

const isNumber = (t: Token) => /\p{N}/u.test(t.text);
const isName = (t: Token, i: number) => (t.tags ? has(t, 'ProperNoun') || has(t, 'Acronym') : i > 0 && /^\p{Lu}/u.test(t.text));

/** What leaving tokens out loses: numbers and names most, function words nothing. */
export function content(tokens: Token[], from: number, to: number, lex: Lexicon): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (isNumber(t)) sum += isName(t, i) || /\p{L}/u.test(t.text) ? 3 : 2; // "GPT-3", "iOS 17"
    else if (isName(t, i)) sum += 1;
    else if (t.tags) sum += has(t, 'Noun') ? 0.4 : has(t, 'Verb') ? 0.3 : has(t, 'Adjective') ? 0.2 : 0.05;
    else sum += lex.function.has(t.norm) ? 0.05 : 0.3;
  }
  return sum;
}

const matches = (tokens: Token[], at: number, phrase: string[]) => phrase.every((w, k) => tokens[at + k]?.norm === w);

/** Index after the token that closes a bracket opened at `start`, or -1. */
function closing(tokens: Token[], start: number): number {
  let depth = 0;
  for (let j = start; j < Math.min(tokens.length, start + 40); j++) {
    depth += (tokens[j]!.pre.match(/[(\[]/g)?.length ?? 0) - (tokens[j]!.post.match(/[)\]]/g)?.length ?? 0);
    if (depth <= 0) return j + 1;
  }
  return -1;
}

/** Index after the next token ending its phrase with punctuation, from `start`, or -1. */
function nextBreak(tokens: Token[], start: number, limit = 16): number {
  for (let j = start; j < Math.min(tokens.length, start + limit); j++) if (breaksAfter(tokens[j]!) || /[.!?。！？]/u.test(tokens[j]!.post)) return j + 1;
  return -1;
}

/** Where a run of participial clauses from `i` ends (", making it accessible to everyone, and ensuring its ethical use"). */
function participleRunEnd(tokens: Token[], i: number): number {
  let end = nextBreak(tokens, i);
  while (end > 0 && end < tokens.length && endsWithComma(tokens[end - 1]!)) {
    const next = ['and', 'or'].includes(tokens[end]!.norm) ? end + 1 : end;
    if (!has(tokens[next], 'Gerund')) break;
    end = nextBreak(tokens, next);
  }
  return end;
}

const hasVerb = (tokens: Token[], from: number, to: number) => {
  if (!tokens[0]?.tags) return true; // no tagger: cannot tell, assume a clause
  for (let i = from; i < to; i++) if (has(tokens[i], 'Verb') && !has(tokens[i], 'Gerund')) return true;
  return false;
};

/**
 * A sentence adverb ("certainly") is filler only where it modifies the verb: opening the sentence,
 * before a verb or after "is"/"has", never after another adverb ("almost certainly", "not really")
 * nor before an adjective or a quantity.
 */
function modifiesVerb(tokens: Token[], i: number, lex: Lexicon): boolean {
  if (i === 0) return true;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  if (!next || prev.norm === 'not' || has(prev, 'Adverb') || lex.adverbs.has(prev.norm)) return false;
  // Never before an adjective or a quantity ("really good", "really two walls"); "one such X" is no quantity.
  const degree = (has(next, 'Adjective') && !has(next, 'Noun')) || isNumber(next) || (has(next, 'Value') && next.norm !== 'one');
  if (next.tags) return has(next, 'Verb') || ((has(prev, 'Copula') || has(prev, 'Auxiliary')) && !degree);
  return lex.function.has(prev.norm) && !isNumber(next); // untagged: after "is", "they"…
}

/** A verb that heads a clause between `from` and `to` (untagged tokens: none known). */
const hasFinite = (tokens: Token[], from: number, to: number) => tokens.slice(from, to).some((t) => has(t, 'Verb') && !has(t, 'Gerund') && !has(t, 'PastTense'));

export function findSpans(tokens: Token[], lex: Lexicon): Span[] {
  const spans: Span[] = [];
  const n = tokens.length;
  const add = (start: number, end: number, kind: SpanKind, always: boolean, extra = 0) => {
    if (end <= start || n - (end - start) < 3) return;
    const lost = content(tokens, start, end, lex);
    spans.push({ start, end, kind, always, cost: (kind === 'appositive' ? 0.4 * lost : lost) + extra });
  };
  const english = Boolean(tokens[0]?.tags);

  // Brackets and paired dashes: asides. A table row (cells joined by dashes, no final stop) keeps every cell.
  const row = !/[.!?…。！？]["”’»)]*$/u.test(tokens[n - 1]!.post) && !tokens.some((t) => /[.!?…]["”’»)]*\s[—–-]+$/u.test(t.post));
  for (let i = 1; i < n; i++) {
    if (/[(\[]/.test(tokens[i]!.pre)) {
      const end = closing(tokens, i);
      if (end > 0) add(i, end, 'aside', true);
    } else if (!row && /\s[—–-]+$/u.test(tokens[i - 1]!.post)) {
      const end = nextBreak(tokens, i);
      if (end > 0 && end < n && /\s[—–-]+$/u.test(tokens[end - 1]!.post)) add(i, end, 'aside', true);
      else if (end === n || end < 0) add(i, n, 'tail', false);
    }
  }

  // Discourse markers at the start or between commas, and sentence adverbs anywhere.
  // Only at the start or right after a comma, and only phrases opening with that word.
  for (let i = 0; i < n; i++) {
    if (i > 0 && !endsWithComma(tokens[i - 1]!)) continue;
    for (const marker of lex.markers) {
      if (marker[0] !== tokens[i]!.norm || !matches(tokens, i, marker)) continue;
      const end = i + marker.length;
      if (end < n && endsWithComma(tokens[end - 1]!)) add(i, end, 'marker', true);
    }
  }
  for (let i = 0; i < n; i++) if (lex.adverbs.has(tokens[i]!.norm) && !/[;:]/.test(tokens[i]!.post) && modifiesVerb(tokens, i, lex)) add(i, i + 1, 'marker', true);

  // An introductory phrase ending in a comma: "As a tech giant,", "In 2019,", "While X,".
  const first = tokens[0]!;
  let introEnd = nextBreak(tokens, 0, 14);
  // "Once I looked for eggs, capped brood and nectar in that order, …": a comma inside a list is no end.
  const listEnd = introEnd > 0 ? nextBreak(tokens, introEnd, 8) : -1;
  if (listEnd > 0 && listEnd < n && endsWithComma(tokens[listEnd - 1]!) && tokens.slice(introEnd, listEnd).some((t) => lex.coordinators.has(t.norm)) && !hasFinite(tokens, introEnd, listEnd)) introEnd = listEnd;
  if (introEnd > 1 && endsWithComma(tokens[introEnd - 1]!) && !lex.conditions.has(first.norm)) {
    const opens = lex.introOpeners.has(first.norm) || (english && (has(first, 'Preposition') || has(first, 'Gerund')));
    // "In de eerste maanden stond X, omdat Y": what follows the comma opens a clause, so the opening was the main clause.
    const after = tokens[introEnd]?.norm ?? '';
    const mainAfter = !lex.clauseOpeners.has(after) && !lex.coordinators.has(after);
    if (opens && mainAfter && hasVerb(tokens, introEnd, n)) add(0, introEnd, 'intro', false);
  }

  if (english) findEnglishSpans(tokens, lex, add);
  else {
    // A relative clause or appositive between commas ("…, una tecnología desarrollada…, está").
    for (let i = 1; i < n; i++) {
      if (!endsWithComma(tokens[i - 1]!) || !lex.appositive.has(tokens[i]!.norm)) continue;
      const end = nextBreak(tokens, i);
      if (end > 0 && end < n && endsWithComma(tokens[end - 1]!)) add(i, end, 'appositive', false);
      else if (end === n && i >= 4) add(i, n, 'tail', false);
    }
  }
  return spans;
}

type Add = (start: number, end: number, kind: SpanKind, always: boolean, extra?: number) => void;

function findEnglishSpans(tokens: Token[], lex: Lexicon, add: Add): void {
  const n = tokens.length;
  // Attribution: "Some argue that X", "Critics say X", "It is widely believed that X".
  for (let v = 1; v <= 5 && v < n - 3; v++) {
    const verb = tokens[v]!;
    if (!lex.attribution.has(verb.norm) || !has(verb, 'Verb') || breaksAfter(tokens[v - 1]!)) continue;
    const subject = tokens.slice(0, v).every((t) => !has(t, 'Verb') || has(t, 'Auxiliary') || lex.adverbs.has(t.norm));
    const end = tokens[v + 1]?.norm === 'that' ? v + 2 : v + 1;
    // "Researchers say this shows…" keeps its attribution: without it the point would open on "this".
    const pronoun = lex.pronouns.has(tokens[end]?.norm ?? '');
    if (subject && !pronoun && !/[,;:]/.test(verb.post) && hasVerb(tokens, end, n)) add(0, end, 'attribution', false, -1);
    break;
  }
  for (let i = 1; i < n; i++) {
    const t = tokens[i]!;
    if (!endsWithComma(tokens[i - 1]!)) continue;
    const end = nextBreak(tokens, i);
    const inner = end > 0 && end < n && endsWithComma(tokens[end - 1]!);
    // Appositive right after the subject ("OpenAI, a research organization founded in 2015, had").
    let from = i - 1; // the phrase before the comma, back to the previous break: the subject
    while (from > 0 && !breaksAfter(tokens[from - 1]!)) from--;
    const opensIntro = lex.introOpeners.has(tokens[from]!.norm) || has(tokens[from], 'Preposition');
    // The subject's verb comes right after the appositive ("OpenAI, a lab founded in 2015, had…").
    const verbAfter = end > 0 && (has(tokens[end], 'Verb') || has(tokens[end], 'Adverb')) && !has(tokens[end], 'Gerund');
    const subjectOnly = i - from <= 6 && !opensIntro && verbAfter && !hasVerb(tokens, from, i);
    const appositive = lex.appositive.has(t.norm) || has(t, 'Determiner') || has(t, 'PastTense');
    if (inner && subjectOnly && i <= 8 && appositive && hasVerb(tokens, end, n)) add(i, end, 'appositive', false);
    // A non-restrictive relative anywhere ("…, which was founded in 1975, …").
    else if (['which', 'who', 'whose'].includes(t.norm)) add(i, inner ? end : end === n ? n : -1, inner ? 'appositive' : 'tail', false);
    // A trailing participial clause or example list ("…, stifling competition", "…, such as GPT-3").
    else if (i >= 5 && ((has(t, 'Gerund') && participleRunEnd(tokens, i) === n) || (end === n && ['thereby', 'thus'].includes(t.norm)))) add(i, n, 'tail', hasVerb(tokens, 0, i - 1));
    // Examples are the concrete facts: leaving them out costs more than their words.
    else if (end === n && i >= 4 && ['including', 'such', 'like', 'notably'].includes(t.norm)) add(i, n, 'tail', false, 1);
  }
  // An adverbial phrase before a colon ("a noble mission from the outset: …"); before a comma it may hold the claim.
  for (let i = 2; i < n - 1; i++) {
    const t = tokens[i]!;
    if (!has(t, 'Preposition') || t.norm === 'of' || !has(tokens[i - 1], 'Noun') || breaksAfter(tokens[i - 1]!)) continue;
    const end = nextBreak(tokens, i, 5);
    if (end > 0 && end < n && /[:;]|\s[—–-]+$/u.test(tokens[end - 1]!.post)) {
      const plain = tokens.slice(i, end).every((w) => !/\p{N}/u.test(w.text) && !has(w, 'ProperNoun'));
      if (plain) add(i, end, 'adverbial', false, 0.5);
    }
  }
}
