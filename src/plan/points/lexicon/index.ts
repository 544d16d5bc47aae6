/**
 * The lexicon of each language the points know; any other language is cut only at punctuation
 * (an empty lexicon).
 */
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { nl } from './nl.ts';
import { pt } from './pt.ts';
import type { Lexicon, LexiconData } from './types.ts';

export type { Lexicon } from './types.ts';

const DATA: Record<string, LexiconData> = { de, en, es, fr, it, nl, pt };
const EMPTY: LexiconData = { function: '', clauseOpeners: '', coordinators: '', introOpeners: '', conditions: '', appositive: '', markers: '', pronouns: '' };

const words = (list = '') => new Set(list.split(/\s+/).filter(Boolean));

function compile(data: LexiconData): Lexicon {
  return {
    function: words(data.function),
    clauseOpeners: words(data.clauseOpeners),
    coordinators: words(data.coordinators),
    conditions: words(data.conditions),
    introOpeners: words(data.introOpeners),
    notOnly: (data.notOnly ?? '').split('|').filter(Boolean).map((m) => m.split(' ')),
    appositive: words(data.appositive),
    markers: data.markers.split('|').filter(Boolean).map((m) => m.split(' ')),
    pronouns: words(data.pronouns),
    impersonal: (data.impersonal ?? '').split('|').filter(Boolean).map((m) => m.split(' ')),
    adverbs: words(data.adverbs),
    attribution: words(data.attribution),
    subjectStarts: words(data.subjectStarts),
    continuers: words(data.continuers),
    subordinating: words(data.subordinating),
    fluff: data.fluff ?? [],
  };
}

const compiled = new Map<string, Lexicon>();

/** The primary language subtag of a BCP 47 tag ("en-GB" → "en"). */
export const baseLang = (lang: string) => (lang.split(/[-_]/)[0] ?? '').toLowerCase();

export function lexiconFor(lang: string): Lexicon {
  const base = baseLang(lang);
  let lex = compiled.get(base);
  if (!lex) {
    lex = compile(DATA[base] ?? EMPTY);
    compiled.set(base, lex);
  }
  return lex;
}
