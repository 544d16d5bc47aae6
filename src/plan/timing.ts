/**
 * How long each slide takes to present: its notes spoken at the article language's pace
 * (speaking-rates.ts). Chinese, Japanese and Korean characters are timed one by one; other text
 * word by word; punctuation not at all. Scripts that do not separate words with spaces (Chinese,
 * Japanese, Thai, Khmer…) are cut into words by `Intl.Segmenter` in the article's language.
 * Text between spaces in other scripts is one word: the same count the segmenter gives, about 30
 * times faster (a 2,000-section article's notes: ~1 s through the segmenter, ~0.05 s by spaces).
 */
import { textOfBlock } from '../outline/blocks.ts';
import type { Block, Slide } from '../types.ts';
import { CHARACTER_SCRIPTS, CHARACTERS_PER_MINUTE, WORDS_PER_MINUTE } from './speaking-rates.ts';

export const MIN_SECONDS = 15;

/** Text that says something aloud: a letter or a digit (not a lone dash or bullet). */
const SPOKEN = /[\p{L}\p{N}]/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;
const OTHER_WORD = /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\P{L}]|\p{N}/u;

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(Intl.Segmenter.supportedLocalesOf([lang]).length ? lang : 'en', { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** Seconds it takes to say `text` in `lang` (unrounded). */
export function speakingSeconds(text: string, lang: string): number {
  const base = lang.split('-')[0]!.toLowerCase();
  const perWord = 1 / (WORDS_PER_MINUTE[base] ?? WORDS_PER_MINUTE.default!);
  const perCharacter = (char: string) => {
    const script = CHARACTER_SCRIPTS.find(({ pattern }) => pattern.test(char));
    if (!script) return 0;
    return 1 / CHARACTERS_PER_MINUTE[script.lang === 'zh' && base === 'ja' ? 'ja' : script.lang];
  };
  let minutes = 0;
  for (const token of text.split(/\s+/)) {
    if (!SPOKEN.test(token)) continue;
    if (!UNSPACED.test(token)) {
      minutes += perWord;
      continue;
    }
    for (const { segment, isWordLike } of wordSegmenter(lang).segment(token)) {
      if (!isWordLike) continue;
      for (const char of segment) minutes += perCharacter(char);
      // A word of its own script, or one in another ("AI", "2024") inside Chinese text, is a spoken word.
      if (OTHER_WORD.test(segment)) minutes += perWord;
    }
  }
  return minutes * 60;
}

export function secondsFor(blocks: Block[], lang: string): number {
  const seconds = blocks.reduce((sum, block) => sum + speakingSeconds(textOfBlock(block), lang), 0);
  return Math.max(MIN_SECONDS, Math.round(seconds));
}

/** Scales timings so they add up to `minutes`, when the article sets a duration. */
export function fitToDuration(slides: Slide[], minutes: number | undefined): void {
  if (!minutes) return;
  const total = slides.reduce((sum, slide) => sum + slide.timing, 0);
  const factor = (minutes * 60) / total;
  for (const slide of slides) slide.timing = Math.max(1, Math.round(slide.timing * factor));
}
