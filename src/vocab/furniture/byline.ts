import type { FurnitureKind } from './kind.ts';

/**
 * Bylines and dateline words: "Posted on … by …", "Published …", "By Hannah Okafor", read times.
 * Dates themselves are recognised by their shape (src/vocab/dates.ts).
 */
export const BYLINE: FurnitureKind = {
  reason: 'byline',
  endsArticle: false,
  openers: {
    en: ['posted on', 'posted by', 'published', 'published on', 'updated', 'last updated', 'updated on', 'by', 'words by', 'reviewed by'],
    es: ['publicado', 'publicado el', 'publicado por', 'actualizado', 'por', 'escrito el'],
    de: ['veröffentlicht', 'veröffentlicht am', 'gepostet von', 'aktualisiert', 'aktualisiert am', 'von', 'erschienen am'],
    fr: ['publié', 'publié le', 'publié par', 'mis à jour', 'mis à jour le', 'par', 'posté par'],
    it: ['pubblicato', 'pubblicato il', 'pubblicato da', 'aggiornato', 'aggiornato il', 'di', 'a cura di'],
    pt: ['publicado', 'publicado em', 'publicado por', 'atualizado', 'atualizado em', 'por'],
    nl: ['gepubliceerd', 'gepubliceerd op', 'geplaatst door', 'bijgewerkt', 'door'],
    he: ['פורסם', 'פורסם ב', 'פורסם על ידי', 'עודכן', 'מאת'],
    ar: ['نشر في', 'نشر', 'تم النشر', 'آخر تحديث', 'بواسطة', 'بقلم'],
  },
  words: {
    en: ['# min read', '# minute read', '# minutes read', '# mins read', '# min. read', 'reading time'],
    es: ['# min de lectura', '# minutos de lectura', 'lectura de # min', 'tiempo de lectura'],
    de: ['# min lesezeit', '# min. lesezeit', '# minuten lesezeit', 'lesezeit', 'lesedauer'],
    fr: ['# min de lecture', '# minutes de lecture', 'lecture de # min', 'temps de lecture'],
    it: ['# min di lettura', '# minuti di lettura', 'lettura di # min', 'tempo di lettura', 'tempo di lettura:'],
    pt: ['# min de leitura', '# minutos de leitura', 'leitura de # min', 'tempo de leitura'],
    nl: ['# min leestijd', '# minuten leestijd', 'leestijd'],
    he: ['# דקות קריאה', 'דק׳ קריאה', 'זמן קריאה'],
    ar: ['# دقائق قراءة', '# دقيقة قراءة', 'وقت القراءة', 'دقائق للقراءة'],
  },
  maxWords: 12,
};
