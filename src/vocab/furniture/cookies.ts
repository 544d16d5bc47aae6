import type { FurnitureKind } from './kind.ts';

/** Cookie notices and their buttons. Any short notice mentioning cookies is one. */
export const COOKIES: FurnitureKind = {
  reason: 'cookie notice',
  endsArticle: true,
  lines: {
    en: ['accept', 'accept all', 'accept cookies', 'accept all cookies', 'reject all', 'decline', 'manage preferences', 'manage cookies', 'cookie settings', 'cookie policy', 'cookie preferences', 'got it', 'i agree', 'ok, got it'],
    es: ['aceptar', 'aceptar todo', 'aceptar todas', 'rechazar todo', 'configurar cookies', 'gestionar preferencias'],
    de: ['akzeptieren', 'alle akzeptieren', 'alle ablehnen', 'einstellungen verwalten', 'cookie-einstellungen'],
    fr: ['accepter', 'tout accepter', 'tout refuser', 'gérer les préférences', 'paramètres des cookies', 'j\'accepte'],
    it: ['accetta', 'accetta tutto', 'accetta tutti', 'rifiuta tutto', 'gestisci preferenze', 'impostazioni cookie'],
    pt: ['aceitar', 'aceitar tudo', 'aceitar todos', 'rejeitar tudo', 'gerir preferências', 'definições de cookies'],
    nl: ['accepteren', 'alles accepteren', 'alles weigeren', 'voorkeuren beheren', 'cookie-instellingen'],
    he: ['אישור', 'אני מסכים', 'קבל הכל'],
    ar: ['قبول', 'قبول الكل', 'رفض الكل', 'موافق'],
  },
  words: {
    en: ['cookie', 'cookies'],
    es: ['cookies'],
    de: ['cookies', 'cookie'],
    fr: ['cookies', 'témoins'],
    it: ['cookie'],
    pt: ['cookies'],
    nl: ['cookies'],
    he: ['עוגיות', 'קוקיז'],
    ar: ['ملفات تعريف الارتباط', 'الكوكيز'],
  },
  maxWords: 60,
};
