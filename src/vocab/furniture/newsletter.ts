import type { FurnitureKind } from './kind.ts';

/** Subscribe boxes and newsletter pitches, which may sit between sections as well as after the article. */
export const NEWSLETTER: FurnitureKind = {
  reason: 'newsletter',
  endsArticle: false,
  lines: {
    en: ['subscribe', 'subscribe now', 'subscribed', 'sign up', 'sign up now', 'join', 'newsletter', 'type your email', 'type your email...', 'enter your email', 'enter your email address', 'your email', 'your email address', 'email address', 'get the newsletter', 'upgrade to paid'],
    es: ['suscríbete', 'suscribirse', 'suscribirme', 'boletín', 'tu correo electrónico', 'tu email', 'introduce tu correo electrónico'],
    de: ['abonnieren', 'jetzt abonnieren', 'newsletter abonnieren', 'ihre e-mail-adresse', 'deine e-mail-adresse', 'e-mail-adresse'],
    fr: ['s\'abonner', 'abonnez-vous', 'je m\'abonne', 's\'inscrire', 'inscrivez-vous', 'votre adresse e-mail', 'votre e-mail', 'adresse e-mail'],
    it: ['iscriviti', 'abbonati', 'iscriviti alla newsletter', 'la tua email', 'il tuo indirizzo email', 'indirizzo email'],
    pt: ['subscrever', 'subscreva', 'assinar', 'assine', 'inscreva-se', 'endereço de e-mail', 'o seu e-mail', 'seu e-mail'],
    nl: ['abonneren', 'schrijf je in', 'aanmelden voor de nieuwsbrief', 'je e-mailadres', 'e-mailadres'],
    he: ['הירשמו', 'הרשמה', 'הרשמו לניוזלטר', 'כתובת אימייל', 'כתובת המייל שלך'],
    ar: ['اشترك', 'اشترك الآن', 'بريدك الإلكتروني', 'البريد الإلكتروني'],
  },
  words: {
    en: ['subscribe', 'subscribed', 'subscription', 'newsletter', 'inbox', 'sign up', 'thanks for reading', 'your email', 'forward this', 'enjoying these', 'enjoying this', 'enjoyed this'],
    es: ['suscríbete', 'suscribirte', 'suscripción', 'boletín', 'newsletter', 'bandeja de entrada'],
    de: ['abonnieren', 'abonniere', 'newsletter', 'postfach', 'anmeldung'],
    fr: ['abonnez-vous', 's\'abonner', 'abonnement', 'infolettre', 'newsletter', 'boîte mail', 'boîte de réception'],
    it: ['iscriviti', 'iscrizione', 'newsletter', 'casella di posta'],
    pt: ['subscreva', 'subscrever', 'subscrição', 'inscrição', 'assine', 'newsletter', 'caixa de correio'],
    nl: ['abonneer', 'abonneren', 'nieuwsbrief', 'inbox'],
    he: ['הירשמו', 'ניוזלטר', 'דיוור'],
    ar: ['اشترك', 'النشرة البريدية', 'النشرة الإخبارية'],
  },
  maxWords: 25,
};
