/**
 * Sentence splitting: `Intl.Segmenter` in the article's language, plus a repair pass for
 * abbreviations ("Dr. Smith", "the U.S. Army", "e.g. Microsoft") after which the segmenter would
 * otherwise cut a sentence in two. The outline splits every block once (src/outline/sentences.ts);
 * the planner reads those sentences.
 */
import { ABBREVIATIONS } from './abbreviations.ts';

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'sentence' }); // malformed language tag
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/**
 * True when the last word of `text` is an abbreviation such as "Dr." or "U.S."
 * or a single capital initial ("John F."), i.e. the period does not end a sentence.
 */
export function endsWithAbbreviation(text: string): boolean {
  const last = text.trimEnd().split(/\s+/).pop() ?? '';
  const word = last.replace(/^[("'“‘«[¿¡]+/u, '');
  return ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}\.$/u.test(word);
}

/** Places where every locale breaks a sentence: ". " before a capital, "? ", "! ", "。". */
const SURE_BREAK = /\.["'”’)\]]*\s+(?=\p{Lu})|[!?]["'”’)\]]*\s+|[。！？]+/gu;

/**
 * Cuts long text into pieces of about `size` characters at sure sentence breaks, because
 * V8's sentence segmenter slows down quadratically on long strings. Yields each piece's offset.
 */
function* pieces(text: string, size = 2000): Generator<[number, string]> {
  let start = 0;
  while (text.length - start > size) {
    SURE_BREAK.lastIndex = start + size;
    const m = SURE_BREAK.exec(text);
    if (!m) break;
    yield [start, text.slice(start, m.index + m[0].length)];
    start = m.index + m[0].length;
  }
  yield [start, text.slice(start)];
}

/**
 * A footnote number glued to a full stop ("in decades.1 When vinyl…", "decades.¹ When") ends the
 * sentence, which the segmenter does not see: the number stays with the sentence it marks.
 */
const FOOTNOTE_BREAK = /(?<=\p{L}[.!?]["'”’)\]]*(?:\d{1,3}|[¹²³⁴-⁹⁰]+))\s+(?=["“‘(]?\p{Lu})/gu;

function afterFootnotes(sentence: string, start: number): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let from = 0;
  for (const m of sentence.matchAll(FOOTNOTE_BREAK)) {
    out.push({ text: sentence.slice(from, m.index), start: start + from });
    from = m.index + m[0].length;
  }
  out.push({ text: sentence.slice(from), start: start + from });
  return out;
}

/** A sentence of a text and the offset in that text where it starts. */
export interface SentenceSpan {
  text: string;
  start: number;
}

/**
 * The trimmed, non-empty sentences of `text` and where each starts, by the locale rules of `lang`,
 * without splitting after common abbreviations ("e.g.", "Dr.", "U.S.", "vs.").
 */
export function sentenceSpans(text: string, lang: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let pending = '';
  let pendingStart = -1;
  const flush = () => {
    const sentence = pending.trim();
    if (sentence) spans.push(...afterFootnotes(sentence, pendingStart + (pending.length - pending.trimStart().length)));
    pending = '';
  };
  for (const [offset, piece] of pieces(text)) {
    for (const { segment, index } of sentenceSegmenter(lang).segment(piece)) {
      if (!pending) pendingStart = offset + index;
      pending += segment;
      const sentence = segment.trim();
      if (!sentence || endsWithAbbreviation(sentence)) continue;
      flush();
    }
  }
  flush();
  return spans;
}

/** The sentences of `text` (see `sentenceSpans`). */
export function splitSentences(text: string, lang: string): string[] {
  return sentenceSpans(text, lang).map((s) => s.text);
}
