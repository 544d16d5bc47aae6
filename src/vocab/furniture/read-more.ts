import type { FurnitureKind } from './kind.ts';

/** "Read more: <another story>" and teaser links, standing alone between paragraphs. */
export const READ_MORE: FurnitureKind = {
  reason: 'read more link',
  endsArticle: false,
  lines: {
    en: ['read more', 'read more…', 'continue reading', 'keep reading', 'read the full story', 'read full story'],
    es: ['leer más', 'seguir leyendo', 'sigue leyendo', 'lee más'],
    de: ['weiterlesen', 'mehr lesen', 'mehr erfahren'],
    fr: ['lire la suite', 'lire plus', 'en savoir plus'],
    it: ['leggi di più', 'continua a leggere', 'leggi tutto'],
    pt: ['ler mais', 'leia mais', 'continuar a ler', 'continue lendo'],
    nl: ['lees meer', 'verder lezen'],
    he: ['המשך קריאה', 'קראו עוד', 'לכתבה המלאה'],
    ar: ['اقرأ المزيد', 'أكمل القراءة'],
  },
  openers: {
    en: ['read more:', 'read also:', 'also read:', 'see also:', 'related:', 'read next:', 'more:', 'recommended:', 'watch:', 'listen:'],
    es: ['lee también:', 'leer también:', 'lea también:', 'ver también:', 'te puede interesar:', 'relacionado:'],
    de: ['lesen sie auch:', 'lies auch:', 'auch interessant:', 'siehe auch:', 'mehr zum thema:'],
    fr: ['à lire aussi :', 'à lire aussi:', 'lire aussi :', 'lire aussi:', 'voir aussi :', 'voir aussi:', 'à voir :'],
    it: ['leggi anche:', 'vedi anche:', 'potrebbe interessarti:'],
    pt: ['leia também:', 'leia mais:', 'ler também:', 'veja também:', 'saiba mais:'],
    nl: ['lees ook:', 'zie ook:', 'meer lezen:'],
    he: ['קראו גם:', 'ראו גם:'],
    ar: ['اقرأ أيضا:', 'اقرأ أيضاً:', 'شاهد أيضا:'],
  },
  maxWords: 25,
};
