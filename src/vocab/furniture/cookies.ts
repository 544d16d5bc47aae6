import type { FurnitureKind } from './kind.ts';

/** Cookie notices and their buttons: a site that uses cookies says so (a recipe's cookies are not one). */
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
    en: ['use cookies', 'uses cookies', 'using cookies', 'use of cookies', 'storing of cookies', 'control cookies', 'cookie policy', 'cookies policy', 'cookie settings', 'accept cookies', 'privacy & cookies'],
    es: ['utilizamos cookies', 'usamos cookies', 'utiliza cookies', 'usa cookies', 'uso de cookies', 'política de cookies'],
    de: ['verwenden cookies', 'nutzen cookies', 'verwendet cookies', 'nutzt cookies', 'einsatz von cookies', 'cookie-richtlinie'],
    fr: ['utilise des cookies', 'utilisons des cookies', 'utilisation de cookies', 'utilisation des cookies', 'politique de cookies', 'témoins'],
    it: ['utilizza cookie', 'utilizza i cookie', 'utilizziamo cookie', 'utilizziamo i cookie', 'uso dei cookie', 'cookie policy'],
    pt: ['utiliza cookies', 'utilizamos cookies', 'usamos cookies', 'usa cookies', 'uso de cookies', 'política de cookies'],
    nl: ['gebruikt cookies', 'gebruiken cookies', 'cookiebeleid'],
    he: ['עוגיות', 'קוקיז'],
    ar: ['ملفات تعريف الارتباط', 'الكوكيز'],
  },
  maxWords: 60,
};
