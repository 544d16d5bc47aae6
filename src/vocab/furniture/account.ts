import type { FurnitureKind } from './kind.ts';

/** Buttons of the site around the article: sign in, follow, listen, save. */
export const ACCOUNT: FurnitureKind = {
  reason: 'site buttons',
  endsArticle: false,
  lines: {
    en: ['sign in', 'log in', 'login', 'sign out', 'register', 'my account', 'follow', 'following', 'listen', 'save', 'bookmark', 'text to speech', 'open in app', 'get app', 'dismiss'],
    es: ['iniciar sesión', 'acceder', 'entrar', 'regístrate', 'seguir', 'escuchar', 'guardar'],
    de: ['anmelden', 'einloggen', 'registrieren', 'folgen', 'anhören', 'speichern', 'merken'],
    fr: ['connexion', 'se connecter', 'inscription', 'suivre', 'écouter', 'enregistrer'],
    it: ['accedi', 'registrati', 'segui', 'ascolta', 'salva'],
    pt: ['entrar', 'iniciar sessão', 'registar', 'seguir', 'ouvir', 'guardar', 'salvar'],
    nl: ['inloggen', 'aanmelden', 'volgen', 'luisteren', 'opslaan'],
    he: ['התחברות', 'כניסה', 'הרשמה', 'עקבו', 'עקוב', 'האזנה', 'שמירה'],
    ar: ['تسجيل الدخول', 'دخول', 'تابع', 'متابعة', 'استمع', 'حفظ'],
  },
  maxWords: 4,
};
