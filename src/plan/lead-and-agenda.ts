/** Short forms of the article's own words for the title slide's lead and the agenda. */
import type { Block } from '../types.ts';
import { clipPhrase, toPhrase } from './points.ts';
import { blockText, splitSentences } from './sentences.ts';

const LEAD_WORDS = 16;
/** An agenda item longer than this is cut to a phrase: the full heading is on its own slide. */
const AGENDA_CHARS = 90;
const AGENDA_WORDS = 10;

/** The article's opening sentence, cut to a phrase when long; none when it only repeats the title. */
export function leadOf(intro: Block[], lang: string, title: string): string | undefined {
  const first = intro.flatMap(blockText)[0];
  const sentence = first && splitSentences(first, lang)[0];
  if (!sentence) return undefined;
  const lead = toPhrase(sentence, LEAD_WORDS, lang);
  const key = (text: string) => text.toLocaleLowerCase(lang).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return lead && key(lead) !== key(title) ? lead : undefined;
}

export function agendaItem(heading: string, lang: string): string {
  if (heading.length <= AGENDA_CHARS) return heading;
  const phrase = clipPhrase(heading, AGENDA_WORDS, lang);
  return phrase && phrase.length < heading.length ? `${phrase}…` : heading;
}
