/**
 * Sentence splitting for the planner: `Intl.Segmenter` plus a repair pass for
 * abbreviations ("Dr. Smith", "the U.S. Army", "e.g. Microsoft") after which
 * the segmenter would otherwise cut a sentence in two.
 */
import type { Block } from '../types.ts';

/** Lower-cased abbreviations (with their dots) that never end a sentence. */
const ABBREVIATIONS = new Set(
  [
    // English
    'e.g. i.e. cf. vs. v. al. approx. ca. vol. fig. figs. p. pp. ch. sec.',
    'mr. mrs. ms. dr. prof. sr. jr. st. mt. ft. gen. col. lt. capt. sgt. gov. sen. rep. rev. hon.',
    'inc. ltd. co. corp. dept. univ. jan. feb. apr. jun. jul. aug. sep. sept. oct. nov. dec.',
    'u.s. u.s.a. u.k. u.n. e.u. ph.d.',
    // Spanish, German, French
    'sr. sra. srta. dra. ud. uds. pág. núm. p.ej. z.b. bzw. d.h. u.a. nr. str. mme. mlle. p.ex.',
  ]
    .join(' ')
    .split(' '),
);

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
 * V8's sentence segmenter slows down quadratically on long strings.
 */
function* pieces(text: string, size = 2000): Generator<string> {
  let start = 0;
  while (text.length - start > size) {
    SURE_BREAK.lastIndex = start + size;
    const m = SURE_BREAK.exec(text);
    if (!m) break;
    yield text.slice(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  yield text.slice(start);
}

/**
 * Splits `text` into trimmed, non-empty sentences using the locale rules of `lang`,
 * without splitting after common abbreviations ("e.g.", "Dr.", "U.S.", "vs.").
 */
export function splitSentences(text: string, lang: string): string[] {
  const sentences: string[] = [];
  let pending: string[] = [];
  for (const piece of pieces(text)) {
    for (const { segment } of sentenceSegmenter(lang).segment(piece)) {
      pending.push(segment);
      const sentence = segment.trim();
      if (!sentence || endsWithAbbreviation(sentence)) continue;
      sentences.push(pending.join('').trim());
      pending = [];
    }
  }
  const rest = pending.join('').trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/**
 * The plain texts of a block: a paragraph's or quote's text, each list item;
 * code and figures carry no prose and give [].
 */
export function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'quote':
      return block.text.trim() ? [block.text] : [];
    case 'list':
      return block.items.filter((item) => item.trim() !== '');
    case 'code':
    case 'figure':
      return [];
  }
}
