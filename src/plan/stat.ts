/**
 * The headline figure of a section — an amount of money, a percentage, a count, or a year when
 * the deck has no timeline to put it on — with a one-line caption cut from its own sentence.
 */
import type { Block, Section, Sentence } from '../types.ts';
import { findDates, findFigures, type FigureKind } from './quantities.ts';
import { toPhrase } from './points.ts';
import { sentencesOf } from './sentences.ts';

export interface Stat {
  figure: string;
  caption: string;
  /** The sentence the figure comes from, verbatim. */
  sentence: string;
}

/** A stat slide's figure and the article sentence it comes from, with its line. */
export type PickedStat = Stat & { source: Sentence };

/** Money outranks a percentage, which outranks a count, which outranks a year. */
const RANK: Record<FigureKind | 'year', number> = { money: 4, percent: 3, count: 2, year: 1 };
/** Longer figures are not headlines ("$1,234,567,890.55"): they belong in a sentence. */
const MAX_FIGURE_CHARS = 16;
const MAX_CAPTION_WORDS = 14;
/** Stat slides are highlights: at most this share of the sections gets one. */
const STAT_SHARE = 1 / 3;

type Ranked = PickedStat & { rank: number };

export function findStat(blocks: Block[], lang: string, options: { years?: boolean } = {}): Stat | undefined {
  const best = rankedStat(blocks, lang, options);
  return best && { figure: best.figure, caption: best.caption, sentence: best.sentence };
}

/**
 * The sections (subsections included) whose figure leads them on a stat slide: the strongest
 * figures — money first — in at most a third of the sections, and at least one.
 */
export function pickStats(sections: Section[], lang: string, options: { years?: boolean } = {}): Map<Section, PickedStat> {
  const all = sections.flatMap(function walk(s): Section[] {
    return [s, ...s.subsections.flatMap(walk)];
  });
  const found = all.flatMap((section, order) => {
    const stat = rankedStat(section.blocks, lang, options);
    return stat ? [{ section, stat, order }] : [];
  });
  const keep = Math.max(1, Math.round(all.length * STAT_SHARE));
  const chosen = found.sort((a, b) => b.stat.rank - a.stat.rank || a.order - b.order).slice(0, keep);
  return new Map(chosen.map(({ section, stat: { rank: _, ...stat } }) => [section, stat]));
}

function rankedStat(blocks: Block[], lang: string, options: { years?: boolean }): Ranked | undefined {
  let best: Ranked | undefined;
  for (const sentence of sentencesOf(blocks, lang)) {
    const { text } = sentence;
    const candidates = [
      ...findFigures(text).map((f) => ({ ...f, rank: RANK[f.kind] })),
      ...(options.years ? findDates(text).map((d) => ({ ...d, rank: RANK.year })) : []),
    ];
    for (const found of candidates) {
      if (found.text.length > MAX_FIGURE_CHARS || (best && best.rank >= found.rank)) continue;
      const caption = captionFor(text, found.index, found.text.length, lang);
      if (caption) best = { figure: found.text, caption, sentence: text, source: sentence, rank: found.rank };
    }
  }
  return best;
}

/**
 * The sentence as a caption. A trailing phrase that only restates the figure ("…, amounting to
 * $1 billion") or a leading "In 2019," holding it is dropped; a clause of its own ("…, and sales
 * rose 10% within a year") is the caption; a long rest is cut to a phrase.
 */
export function captionFor(sentence: string, at: number, length: number, lang: string): string | undefined {
  const clauses = clauseSpans(sentence);
  const i = clauses.findIndex((c) => at >= c.start && at < c.end);
  const clause = clauses[i];
  let text = sentence;
  if (clause && clauses.length > 1) {
    const words = sentence.slice(clause.start, clause.end).trim().split(/\s+/);
    const trailingPhrase = i === clauses.length - 1 && TRAILING_PHRASE.test(words[0]!);
    const leading = i === 0 && /^\p{Lu}\p{Ll}*\s/u.test(sentence) && isPreposition(words[0]!);
    if (i > 0 && CONJUNCTIONS.has(words[0]!.toLowerCase()) && words.length >= 5) text = words.slice(1).join(' ');
    else if (trailingPhrase) text = sentence.slice(0, clause.start);
    else if (leading) text = sentence.slice(clauses[1]!.start);
  }
  if (text === sentence) {
    // The figure stands big above the caption: "revenue of $3 billion for the year" → "revenue for the year".
    // Only a figure that is the object of a preposition goes, with it; elsewhere it holds the sentence together.
    const object = /\s(?:of|at|by|worth|totall?ing|amounting to|valued at)\s+$/iu;
    const before = sentence.slice(0, at);
    const without = `${before.replace(object, ' ')}${sentence.slice(at + length)}`.replace(/\s+([,;:.!?])/gu, '$1').replace(/\s{2,}/gu, ' ');
    if (object.test(before) && without.split(/\s+/).filter(Boolean).length >= 4) text = without;
  }
  text = text.trim().replace(/^[\s,;:—–-]+|[\s,;:—–.!-]+$/gu, '');
  if (!text || text === sentence.slice(at, at + length)) return undefined;
  if (text.split(/\s+/).length > MAX_CAPTION_WORDS) text = toPhrase(text, MAX_CAPTION_WORDS, lang) ?? text;
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** Clauses of a sentence, split at commas, semicolons, colons and spaced dashes. */
export function clauseSpans(sentence: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(/[,;:](?=\s)|\s[—–-]\s/gu)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: sentence.length });
  return spans.filter((s) => sentence.slice(s.start, s.end).trim());
}

/** Opens a clause that stands on its own ("…, and sales rose 10%"). */
const CONJUNCTIONS = new Set('and but so while whereas y pero et mais und aber'.split(' '));
/** Opens a phrase that only adds the figure to what came before ("…, amounting to $1 billion", "…, a record $5 billion"). */
const TRAILING_PHRASE = /^(?:\p{L}+ing|worth|valued|about|nearly|roughly|some|almost|up|over|more|a|an|the|or|soit|rund|etwa)$/iu;

const PREPOSITIONS = new Set('in on at by from since during after before with for as until en a à dans depuis desde im am seit nach vor mit'.split(' '));

export function isPreposition(word: string): boolean {
  return PREPOSITIONS.has(word.toLowerCase());
}
