/**
 * Guesses an article's language when nothing declares it. Scripts with one language of their own
 * (Hebrew, Japanese kana, Hangul, Han, Greek, Thai) and the Arabic script (Arabic, Persian, Urdu by
 * their letters) are told apart by their characters; text in the Latin, Cyrillic and Devanagari
 * scripts by franc-min's trigram profiles, read over the whole sample in windows.
 */
import { createRequire } from 'node:module';
import { bcp47 } from './lang-codes.ts';

// franc-min builds its trigram tables as it loads (tens of milliseconds): loaded on the first
// article that needs it, never when the front matter declares the language or the script tells.
// Node 20.19+ requires an ES module synchronously.
let franc: typeof import('franc-min') | undefined;
const loadFranc = () => (franc ??= createRequire(import.meta.url)('franc-min') as typeof import('franc-min'));

/** At most this much of the article is read: detection stays fast on a 2,000-section article. */
const SAMPLE = 20_000;
/** franc reads at most 2,048 characters at a time. */
const WINDOW = 2_000;
const MAX_WINDOWS = 3;
/** Below this many letters a guess is noise: English, the default, is kept. */
const MIN_LETTERS = 50;

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Arabic}/u, 'ar'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja'],
  [/\p{Script=Hangul}/u, 'ko'],
  [/\p{Script=Han}/u, 'zh'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Thai}/u, 'th'],
  [/\p{Script=Devanagari}/u, 'hi'],
];
/** Scripts shared by several languages, which franc tells apart; the script's language otherwise. */
const SHARED = new Set(['ru', 'hi']);

const RTL = new Set(['he', 'ar', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

export function detectLang(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const share = (script: RegExp) => (letters ? (sample.match(new RegExp(script.source, 'gu'))?.length ?? 0) / letters : 0);
  // Japanese mixes kana with many Han characters: a little kana among Han means Japanese, not Chinese.
  if (share(SCRIPTS[2]![0]) > 0.05 && share(SCRIPTS[2]![0]) + share(SCRIPTS[4]![0]) > 0.3) return 'ja';
  for (const [script, lang] of SCRIPTS) {
    if (share(script) <= 0.3) continue;
    if (lang === 'ar') return arabicScriptLanguage(sample);
    return SHARED.has(lang) ? (byTrigrams(sample) ?? lang) : lang;
  }
  if (letters < MIN_LETTERS) return 'en';
  return byTrigrams(sample) ?? 'en';
}

/** franc's best language over the sample's windows (the scores of each window added up). */
function byTrigrams(sample: string): string | undefined {
  const totals = new Map<string, number>();
  const { francAll } = loadFranc();
  for (const window of windows(sample)) {
    for (const [code, score] of francAll(window, { minLength: MIN_LETTERS })) {
      if (code !== 'und') totals.set(code, (totals.get(code) ?? 0) + score);
    }
  }
  let best: string | undefined;
  let bestScore = 0;
  for (const [code, score] of totals) if (score > bestScore) [best, bestScore] = [code, score];
  return best && bcp47(best);
}

/**
 * Up to three windows franc reads whole (each about 10 ms), from the start, the middle and the end
 * of the sample, cut at spaces: a long article is judged by more than its opening.
 */
function windows(sample: string): string[] {
  if (sample.length <= WINDOW) return [sample];
  const count = Math.min(MAX_WINDOWS, Math.ceil(sample.length / WINDOW));
  const step = (sample.length - WINDOW) / (count - 1);
  return Array.from({ length: count }, (_, i) => {
    const at = Math.round(i * step);
    const start = at === 0 ? 0 : sample.indexOf(' ', at) + 1 || at;
    return sample.slice(start, start + WINDOW);
  });
}

/** Persian and Urdu write with the Arabic script plus letters of their own. */
function arabicScriptLanguage(sample: string): string {
  if (/[ٹڈڑںےۓ]/u.test(sample)) return 'ur';
  if (/[پچژگکی]/u.test(sample) && !/[ةى]/u.test(sample)) return 'fa';
  return 'ar';
}

export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.has(lang.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
