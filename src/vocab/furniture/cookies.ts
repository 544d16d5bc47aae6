import type { FurnitureKind } from './kind.ts';

/** Cookie notices and their buttons. Any short notice mentioning cookies is one. */
export const COOKIES: FurnitureKind = {
  reason: 'cookie notice',
  endsArticle: true,
  lines: {
    en: ['accept all', 'accept cookies', 'accept all cookies', 'reject all', 'manage preferences', 'manage cookies', 'cookie settings', 'cookie policy', 'cookie preferences', 'ok, got it'],
    es: ['aceptar todo', 'aceptar todas', 'rechazar todo', 'configurar cookies', 'gestionar preferencias'],
    de: ['alle akzeptieren', 'alle ablehnen', 'einstellungen verwalten', 'cookie-einstellungen'],
    fr: ['tout accepter', 'tout refuser', 'gérer les préférences', 'paramètres des cookies', 'j\'accepte'],
    it: ['accetta tutto', 'accetta tutti', 'rifiuta tutto', 'gestisci preferenze', 'impostazioni cookie'],
    pt: ['aceitar tudo', 'aceitar todos', 'rejeitar tudo', 'gerir preferências', 'definições de cookies'],
    nl: ['alles accepteren', 'alles weigeren', 'voorkeuren beheren', 'cookie-instellingen'],
    he: ['אני מסכים', 'קבל הכל'],
    ar: ['قبول الكل', 'رفض الكل'],
  },
  inRuns: {
    en: ['accept', 'decline', 'got it', 'i agree'],
    es: ['aceptar'],
    de: ['akzeptieren'],
    fr: ['accepter'],
    it: ['accetta'],
    pt: ['aceitar'],
    nl: ['accepteren'],
    he: ['אישור'],
    ar: ['قبول', 'موافق'],
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
