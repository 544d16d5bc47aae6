import type { FurnitureKind } from './kind.ts';

/** An advertisement's label, alone on its line between two paragraphs. */
export const ADS: FurnitureKind = {
  reason: 'advertisement',
  endsArticle: false,
  lines: {
    en: ['advertisement', 'advertisements', 'sponsored content', 'story continues below advertisement', 'continue reading below'],
    es: ['publicidad', 'anuncio', 'contenido patrocinado'],
    de: ['anzeige', 'gesponsert'],
    fr: ['publicité', 'contenu sponsorisé'],
    it: ['pubblicità', 'contenuto sponsorizzato'],
    pt: ['publicidade', 'conteúdo patrocinado'],
    nl: ['advertentie', 'gesponsord'],
    he: ['פרסומת', 'תוכן ממומן'],
    ar: ['إعلان', 'محتوى ممول'],
  },
  inRuns: {
    en: ['advertising', 'ad', 'sponsored'],
    de: ['werbung'],
    fr: ['annonce'],
    it: ['annuncio'],
    pt: ['anúncio'],
  },
};
