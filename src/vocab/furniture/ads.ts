import type { FurnitureKind } from './kind.ts';

/** An advertisement's label, alone on its line between two paragraphs. */
export const ADS: FurnitureKind = {
  reason: 'advertisement',
  endsArticle: false,
  lines: {
    en: ['advertisement', 'advertisements', 'advertising', 'ad', 'sponsored', 'sponsored content', 'story continues below advertisement', 'continue reading below'],
    es: ['publicidad', 'anuncio', 'contenido patrocinado'],
    de: ['anzeige', 'werbung', 'gesponsert'],
    fr: ['publicité', 'annonce', 'contenu sponsorisé'],
    it: ['pubblicità', 'annuncio', 'contenuto sponsorizzato'],
    pt: ['publicidade', 'anúncio', 'conteúdo patrocinado'],
    nl: ['advertentie', 'gesponsord'],
    he: ['פרסומת', 'תוכן ממומן'],
    ar: ['إعلان', 'محتوى ممول'],
  },
};
