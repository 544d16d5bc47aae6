/**
 * franc-min's languages (ISO 639-3) → the BCP 47 tags a deck declares: the two-letter ISO 639-1
 * code where one exists (BCP 47 prefers it), otherwise the three-letter code, which BCP 47 accepts.
 */
export const BCP47: Readonly<Record<string, string>> = {
  // Latin script
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', swe: 'sv',
  pol: 'pl', ces: 'cs', hun: 'hu', ron: 'ro', tur: 'tr', hrv: 'hr', bos: 'bs', srp: 'sr',
  ind: 'id', zlm: 'ms', vie: 'vi', tgl: 'tl', jav: 'jv', sun: 'su', ceb: 'ceb', ilo: 'ilo',
  swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', som: 'so', kin: 'rw', run: 'rn',
  nya: 'ny', lin: 'ln', plt: 'mg', uzn: 'uz', azj: 'az', fuv: 'ff', zyb: 'za', qug: 'qu',
  // Cyrillic
  rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', kaz: 'kk', koi: 'kv',
  // Arabic
  arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps',
  // Devanagari
  hin: 'hi', mar: 'mr', npi: 'ne',
  // One language to a script
  cmn: 'zh', jpn: 'ja', kor: 'ko', ell: 'el', heb: 'he', tha: 'th', ben: 'bn', tam: 'ta',
  tel: 'te', kan: 'kn', mal: 'ml', guj: 'gu', pan: 'pa', mya: 'my', amh: 'am', sin: 'si',
};

/** The BCP 47 tag for an ISO 639-3 code ("und" → undefined). */
export function bcp47(iso6393: string): string | undefined {
  if (iso6393 === 'und') return undefined;
  return BCP47[iso6393] ?? iso6393;
}
