import type { FurnitureKind } from './kind.ts';

/** Photo credits under a picture the copy left out: "Photo by … on Unsplash", "Foto: …". */
export const CAPTIONS: FurnitureKind = {
  reason: 'photo credit',
  endsArticle: false,
  openers: {
    en: ['photo by', 'photo:', 'photo credit', 'photograph:', 'photograph by', 'image:', 'image by', 'image credit', 'picture:', 'credit:', 'illustration:', 'illustration by', 'cover photo', 'header image', 'source:'],
    es: ['foto de', 'foto:', 'fotografía:', 'imagen:', 'imagen de', 'crédito:', 'fuente:'],
    de: ['foto von', 'foto:', 'bild:', 'bild von', 'quelle:', 'titelbild'],
    fr: ['photo de', 'photo :', 'crédit photo', 'image :', 'illustration :', 'source :'],
    it: ['foto di', 'foto:', 'immagine:', 'immagine di', 'credit:', 'fonte:'],
    pt: ['foto de', 'foto:', 'fotografia:', 'imagem:', 'imagem de', 'créditos:', 'fonte:'],
    nl: ['foto door', 'foto:', 'afbeelding:', 'beeld:', 'bron:'],
    he: ['צילום:', 'צילום', 'קרדיט:', 'תמונה:'],
    ar: ['تصوير:', 'تصوير', 'صورة:', 'المصدر:'],
  },
  words: {
    en: ['on unsplash', 'on pexels', 'via unsplash', 'via pexels', 'getty images', 'shutterstock', 'istock'],
    es: ['en unsplash', 'en pexels'],
    de: ['auf unsplash', 'auf pexels'],
    fr: ['sur unsplash', 'sur pexels'],
    it: ['su unsplash', 'su pexels'],
    pt: ['no unsplash', 'na unsplash', 'no pexels'],
    nl: ['op unsplash', 'op pexels'],
  },
  maxWords: 14,
};
