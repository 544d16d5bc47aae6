/**
 * Dated events across the article ("founded in December 2015", "in July 2019, … invested") → a
 * timeline in date order. Its notes are the events' sentences, verbatim.
 */
import type { Block, Outline, Section, Sentence, Slide, TimelineEvent } from '../types.ts';
import { findDates } from './quantities.ts';
import { toPhrase } from './points.ts';
import { sentencesOf } from './sentences.ts';
import { splitEvenly } from './split.ts';
import { clauseSpans, isPreposition } from './stat.ts';
import { stringsFor } from '../vocab/interface-strings.ts';

export interface DatedEvent extends TimelineEvent {
  /** The event's sentence, verbatim. */
  sentence: string;
  /** That sentence in the article, with its line. */
  source: Sentence;
}

/** Most events one timeline slide shows; more go on a second one. */
export const EVENTS_PER_SLIDE = 6;
const MAX_CAPTION_WORDS = 10;
const TITLES: Record<string, string> = { en: 'Timeline', es: 'Cronología', fr: 'Chronologie', de: 'Zeitleiste' };
// Verbs that make "X, <verb> in 2015," an event of X: "OpenAI, a lab founded in 2015, …" → "OpenAI founded".
const EVENT_VERBS = /\b(founded|established|launched|created|formed|born|released|introduced|opened|started|incorporated|acquired|announced|signed|published|built|invented|fundada?|fondée?|gegründet)\b/iu;

/** The first date of every sentence of the intro and the sections, in date order (stable). */
export function findEvents(outline: Pick<Outline, 'intro' | 'sections' | 'lang'>): DatedEvent[] {
  const events: DatedEvent[] = [];
  const scan = (blocks: Block[], heading: string | undefined) => {
    for (const sentence of sentencesOf(blocks, outline.lang)) {
      const date = findDates(sentence.text)[0];
      if (!date || events.some((e) => e.sentence === sentence.text)) continue;
      const caption = eventCaption(sentence.text, date.index, date.text.length, heading, outline.lang);
      events.push({ date: date.text, order: date.order, caption, sentence: sentence.text, source: sentence });
    }
  };
  scan(outline.intro, undefined);
  const walk = (section: Section) => {
    scan(section.blocks, section.heading);
    section.subsections.forEach(walk);
  };
  outline.sections.forEach(walk);
  return events.sort((a, b) => a.order - b.order);
}

/** Timeline slides when the article holds two or more events at different dates; else none. */
export function planTimeline(outline: Pick<Outline, 'intro' | 'sections' | 'lang' | 'file'>): Omit<Slide, 'timing' | 'fragments'>[] {
  const events = findEvents(outline);
  if (new Set(events.map((e) => e.order)).size < 2) return [];
  const title = TITLES[outline.lang.split('-')[0]!.toLowerCase()] ?? TITLES.en!;
  // Evenly: seven events make slides of four and three, not six and one.
  return splitEvenly(events, EVENTS_PER_SLIDE).map((shown, i) => ({
    kind: 'timeline',
    title,
    kicker: i > 0 ? stringsFor(outline.lang).continued : undefined,
    points: [],
    events: shown.map(({ date, order, caption }) => ({ date, order, caption })),
    notes: shown.map(({ source }) => ({ kind: 'paragraph', text: source.text, line: source.line, sentences: [source] })),
    source: { file: outline.file },
  }));
}

/**
 * What happened, in a few of the sentence's own words: "OpenAI founded" for an appositive
 * "OpenAI, a lab founded in 2015, …"; the main clause after a leading "In July 2019,"; else the
 * sentence without its date, when short; else the section heading.
 */
export function eventCaption(sentence: string, at: number, length: number, heading: string | undefined, lang: string): string {
  const clauses = clauseSpans(sentence).map((s) => ({ ...s, text: sentence.slice(s.start, s.end).trim() }));
  const i = clauses.findIndex((c) => at >= c.start && at < c.end);
  const clause = clauses[i];
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  let caption: string | undefined;
  const verb = clause?.text.match(EVENT_VERBS)?.[0];
  if (clause && i > 0 && verb && words(clauses[0]!.text) <= 5) caption = `${clauses[0]!.text} ${verb}`;
  else if (clause && i === 0 && clauses.length > 1 && isPreposition(clause.text.split(/\s/)[0]!)) caption = clauses[1]!.text;
  else if (clause) {
    const before = sentence.slice(clause.start, at).replace(/(?:^|\s+)(?:the|in|on|since|by|from|during|dating back to|back to|as of|until|of)(?:\s+the)?\s*$/iu, '');
    const rest = `${before}${sentence.slice(at + length, clause.end)}`.trim();
    if (words(rest) >= 3) caption = rest;
    else if (i > 0) caption = sentence.slice(0, clause.start);
  }
  // "X followed and soon had …" → "X followed".
  if (caption && words(caption) > MAX_CAPTION_WORDS) caption = caption.split(/,\s|\s(?:and|but|while|which|who|y|et|und)\s/u)[0];
  caption = caption?.replace(/^[\s,;:—–-]+|[\s,;:—–.!-]+$/gu, '');
  if (!caption || words(caption) < 2 || words(caption) > MAX_CAPTION_WORDS) caption = heading ?? toPhrase(sentence, MAX_CAPTION_WORDS, lang) ?? sentence;
  return caption.charAt(0).toLocaleUpperCase(lang) + caption.slice(1);
}
