/**
 * A sentence as tokens: each word with the punctuation written before and after it, so that
 * spans can be dropped and the rest written back with its punctuation intact.
 */
import { endsWithAbbreviation } from '../sentences.ts';

export interface Token {
  /** The word as written ("partnership's", "$1", "GPT-3", "U.S."). */
  text: string;
  /** Opening punctuation glued before it: ( [ " “ ¿ … */
  pre: string;
  /** Punctuation glued after it, or a free-standing dash: , ; : . ) — … */
  post: string;
  /** Lower-cased, apostrophes straightened, edge punctuation off: the key for word lists. */
  norm: string;
  /** Part-of-speech tags, for English only (src/plan/points/english.ts). */
  tags?: Set<string>;
}

/** Scripts written without spaces between words. */
export const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export const normWord = (word: string) =>
  word.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

const PRE = /^[(\[{"“‘'«„¿¡「『]+/u;
const POST = /[,;:.!?…)\]}"”’'»」』、，。；：！？]+$/u;
const DASH = /^[—–-]+$/u;
/** Punctuation written apart that still belongs to the word before ("word ;", "word )"). */
/** Punctuation French writes after a space ("compost »", "vrai ?"): the space stays. */
const SPACED = /^[»;:!?]/u;
const GLUED = /^[,;:.!?…)\]}"”’»」』、，。；：！？]+$/u;

function token(raw: string): Token {
  const pre = PRE.exec(raw)?.[0] ?? '';
  let rest = raw.slice(pre.length);
  let post = POST.exec(rest)?.[0] ?? '';
  // "U.S." and "e.g." keep their dots; "Inc.," keeps its dot and gives up only the comma.
  if (post.startsWith('.') && endsWithAbbreviation(rest.replace(/[,;:!?)\]}"”’'»]+$/u, ''))) post = post.replace(/^\.+/, '');
  rest = rest.slice(0, rest.length - post.length);
  return { text: rest, pre, post, norm: normWord(rest) };
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

export function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    wordSegmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Tokens of a text written without spaces: the segmenter's words, punctuation glued to them. */
function unspacedTokens(text: string, lang: string): Token[] {
  const out: Token[] = [];
  let pre = '';
  for (const { segment, isWordLike } of wordSegmenter(lang).segment(text)) {
    if (isWordLike) {
      out.push({ text: segment, pre, post: '', norm: normWord(segment) });
      pre = '';
    } else if (!segment.trim()) continue;
    else if (out.length && !PRE.test(segment)) out.at(-1)!.post += segment.trim();
    else pre += segment.trim();
  }
  return out;
}

/** Splits a sentence into tokens; a free-standing dash joins the word before it as " —". */
export function tokenize(text: string, lang: string): Token[] {
  if (isUnspaced(text)) return unspacedTokens(text, lang);
  const out: Token[] = [];
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    if (DASH.test(raw) && out.length) out.at(-1)!.post += ` ${raw}`;
    else if (GLUED.test(raw) && out.length) out.at(-1)!.post += SPACED.test(raw) ? ` ${raw}` : raw;
    else out.push(token(raw));
  }
  return out;
}

/** True when `text` is mostly written without spaces between words (Chinese, Japanese, Thai…). */
export function isUnspaced(text: string): boolean {
  if (!UNSPACED.test(text)) return false;
  const pieces = text.split(/\s+/).filter(Boolean);
  return text.length / pieces.length > 8;
}

/** Writes tokens back as text. */
export function render(tokens: Token[], joiner = ' '): string {
  return tokens.map((t) => t.pre + t.text + t.post).join(joiner);
}

/** The punctuation that ends a token's clause: a comma, semicolon, colon, dash or closing bracket. */
export const breaksAfter = (t: Token) => /[,;:)\]、，；：—–]|\s-/u.test(t.post);
export const endsWithComma = (t: Token) => /[,，、]["”’»]*$/u.test(t.post);

/** Words a reader counts, by the segmenter of the text's language ("GPT-3" and "$1" count once). */
export function wordCount(tokens: Token[], lang: string): number {
  if (!tokens.some((t) => UNSPACED.test(t.text))) return tokens.length;
  let n = 0;
  for (const { isWordLike } of wordSegmenter(lang).segment(render(tokens, ''))) if (isWordLike) n++;
  return Math.ceil(n / 2); // a CJK "word" from the segmenter is about half a spaced word
}
