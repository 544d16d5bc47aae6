/**
 * The language tag PowerPoint wants on every run: a region added to a bare language (its spell
 * checker and proofing tools know 'he-IL', not always 'he'); anything that is not a tag is English.
 */
const REGIONS: Readonly<Record<string, string>> = {
  en: 'en-US', es: 'es-ES', de: 'de-DE', fr: 'fr-FR', it: 'it-IT', pt: 'pt-BR', nl: 'nl-NL',
  he: 'he-IL', ar: 'ar-SA', el: 'el-GR', ru: 'ru-RU', uk: 'uk-UA', pl: 'pl-PL', tr: 'tr-TR',
  zh: 'zh-CN', ja: 'ja-JP', ko: 'ko-KR', hi: 'hi-IN', sv: 'sv-SE', da: 'da-DK', fi: 'fi-FI',
  nb: 'nb-NO', cs: 'cs-CZ', hu: 'hu-HU', ro: 'ro-RO', ca: 'ca-ES', fa: 'fa-IR',
};

const TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;

export function pptxLang(lang: string): string {
  if (!TAG.test(lang)) return 'en-US';
  if (lang.includes('-')) return lang;
  return REGIONS[lang.toLowerCase()] ?? lang.toLowerCase();
}
