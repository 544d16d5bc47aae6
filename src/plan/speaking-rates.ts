/**
 * How fast a talk is spoken, at a calm presentation pace. Languages written with spaces between
 * words are timed in words a minute; Chinese, Japanese and Korean in characters a minute, each
 * character being about a syllable (speech guides give 180–200 characters a minute for a Mandarin
 * talk, 250–300 for Japanese, 250–300 syllables for Korean, against 130–150 words for English).
 */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { default: 130 };

export const CHARACTERS_PER_MINUTE: Readonly<Record<'zh' | 'ja' | 'ko', number>> = { zh: 190, ja: 280, ko: 260 };

/** Characters of the scripts timed one by one, each with the language its rate comes from. */
export const CHARACTER_SCRIPTS: readonly { pattern: RegExp; lang: 'zh' | 'ja' | 'ko' }[] = [
  { pattern: /\p{Script=Hangul}/u, lang: 'ko' },
  { pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, lang: 'ja' },
  // Han characters are read at the article's rate when it is Japanese, else at Chinese's.
  { pattern: /\p{Script=Han}/u, lang: 'zh' },
];
