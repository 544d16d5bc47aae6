/** Guesses an article's language from its script and its most common words, when nothing declares it. */

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

const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'with', 'for'],
  es: ['el', 'la', 'de', 'que', 'y', 'los', 'las', 'en', 'un', 'por', 'con', 'una', 'es'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'ein', 'eine', 'zu', 'auch'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'que', 'pour', 'pas', 'du'],
  it: ['il', 'che', 'di', 'e', 'della', 'per', 'non', 'una', 'sono', 'gli'],
  pt: ['o', 'que', 'de', 'não', 'uma', 'os', 'para', 'com', 'do', 'da', 'em'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'dat', 'met', 'op'],
};

const RTL = new Set(['he', 'ar', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

export function detectLang(text: string): string {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const share = (script: RegExp) => (letters ? (sample.match(new RegExp(script.source, 'gu'))?.length ?? 0) / letters : 0);
  // Japanese mixes kana with many Han characters: a little kana among Han means Japanese, not Chinese.
  if (share(SCRIPTS[2]![0]) > 0.05 && share(SCRIPTS[2]![0]) + share(SCRIPTS[4]![0]) > 0.3) return 'ja';
  for (const [script, lang] of SCRIPTS) {
    if (share(script) > 0.3) return lang === 'ar' ? arabicScriptLanguage(sample) : lang;
  }
  const words = sample.toLocaleLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'en';
  let bestScore = 0;
  for (const [lang, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    const score = words.reduce((n, w) => n + (set.has(w) ? 1 : 0), 0);
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return best;
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
