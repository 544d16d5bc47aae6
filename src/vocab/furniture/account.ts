import type { FurnitureKind } from './kind.ts';

/** Buttons of the site around the article: sign in, follow, listen, save. */
export const ACCOUNT: FurnitureKind = {
  reason: 'site buttons',
  endsArticle: false,
  lines: {
    en: ['sign in', 'log in', 'sign out', 'my account', 'text to speech', 'open in app', 'get app', 'member-only story', 'top highlight'],
    es: ['iniciar sesión', 'regístrate'],
    de: ['anmelden', 'einloggen', 'registrieren'],
    fr: ['connexion', 'se connecter'],
    it: ['accedi', 'registrati'],
    pt: ['iniciar sessão', 'registar'],
    nl: ['inloggen', 'aanmelden'],
    he: ['התחברות', 'הרשמה'],
    ar: ['تسجيل الدخول'],
  },
  inRuns: {
    en: ['follow', 'following', 'listen', 'save', 'bookmark', 'register', 'login', 'dismiss'],
    es: ['acceder', 'entrar', 'seguir', 'escuchar', 'guardar'],
    de: ['folgen', 'anhören', 'speichern', 'merken'],
    fr: ['inscription', 'suivre', 'écouter', 'enregistrer'],
    it: ['segui', 'ascolta', 'salva'],
    pt: ['entrar', 'seguir', 'ouvir', 'guardar', 'salvar'],
    nl: ['volgen', 'luisteren', 'opslaan'],
    he: ['כניסה', 'עקבו', 'עקוב', 'האזנה', 'שמירה'],
    ar: ['دخول', 'تابع', 'متابعة', 'استمع', 'حفظ'],
  },
  maxWords: 4,
};
