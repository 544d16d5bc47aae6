import type { FurnitureKind } from './kind.ts';

/** Author boxes and profile links at the end of a post. */
export const AUTHOR: FurnitureKind = {
  reason: 'author box',
  endsArticle: true,
  lines: {
    en: ['about the author', 'about the authors', 'about me', 'about us', 'view my complete profile', 'view profile', 'author', 'the author'],
    es: ['sobre el autor', 'sobre la autora', 'acerca del autor', 'sobre mí', 'ver mi perfil completo'],
    de: ['über den autor', 'über die autorin', 'über mich', 'zur person', 'mein profil vollständig anzeigen'],
    fr: ['à propos de l\'auteur', 'à propos de l\'autrice', 'l\'auteur', 'l\'autrice', 'à propos', 'afficher mon profil complet'],
    it: ['sull\'autore', 'sull\'autrice', 'l\'autore', 'chi sono', 'visualizza il mio profilo completo'],
    pt: ['sobre o autor', 'sobre a autora', 'sobre mim', 'ver o meu perfil completo', 'ver meu perfil completo'],
    nl: ['over de auteur', 'over mij', 'mijn volledige profiel weergeven'],
    he: ['על הכותב', 'על הכותבת', 'על המחבר', 'אודות'],
    ar: ['عن الكاتب', 'نبذة عن الكاتب', 'عن المؤلف'],
  },
  openers: {
    en: ['written by', 'about the author', 'more about'],
    es: ['escrito por', 'sobre el autor'],
    de: ['geschrieben von', 'verfasst von'],
    fr: ['écrit par', 'rédigé par'],
    it: ['scritto da'],
    pt: ['escrito por'],
    nl: ['geschreven door'],
    he: ['נכתב על ידי', 'נכתב ע"י'],
    ar: ['كتبه'],
  },
  maxWords: 8,
};
