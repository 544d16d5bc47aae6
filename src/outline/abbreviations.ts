/**
 * Abbreviations, lower-cased with their dots, after which a period does not end a sentence
 * ("Dr. Smith", "the U.S. Army", "e.g. Microsoft"): one list per language, all applied together,
 * since articles quote names and titles across languages.
 */
const BY_LANGUAGE: Record<string, string[]> = {
  en: [
    'e.g. i.e. cf. vs. v. al. approx. ca. vol. fig. figs. p. pp. ch. sec.',
    'mr. mrs. ms. dr. prof. sr. jr. st. mt. ft. gen. col. lt. capt. sgt. gov. sen. rep. rev. hon.',
    'inc. ltd. co. corp. dept. univ. jan. feb. apr. jun. jul. aug. sep. sept. oct. nov. dec.',
    'u.s. u.s.a. u.k. u.n. e.u. ph.d.',
  ],
  es: ['sr. sra. srta. dra. ud. uds. pág. núm. p.ej.'],
  de: ['z.b. bzw. d.h. u.a. nr. str.'],
  fr: ['mme. mlle. p.ex.'],
};

export const ABBREVIATIONS: ReadonlySet<string> = new Set(Object.values(BY_LANGUAGE).flatMap((lines) => lines.join(' ').split(' ')));
