/**
 * Words the HTML reader matches, per language, kept as data. They name what a block is (a reading
 * time, a cookie notice, a subscription offer) once its shape has said it is not article text;
 * deciding what to drop or refuse is done by shape (html/furniture.ts, html/refuse.ts).
 */

/** Units of a reading-time line ("8 min read", "Lesezeit: 5 Min.", "5 دقائق للقراءة"), lower case. */
export const READING_TIME_WORDS = [
  'min', 'mins', 'minute', 'minutes', 'read', 'reading', 'listen', 'time', 'estimated', 'about', 'approx', // en
  'de', 'di', 'ca', 'zum', 'lesen', 'temps', 'tiempo', 'tempo', 'lire', 'leggere', // words between the number and the unit
  'minuten', 'lesezeit', 'lesedauer', // de
  'minutos', 'lectura', 'leer', // es
  'minuti', 'lettura', // it
  'minutes', 'lecture', // fr
  'minuten', 'leestijd', // nl
  'minutos', 'leitura', // pt
  'дакика', 'мин', 'минут', 'чтения', // ru
  'דקות', 'דקה', 'קריאה', // he
  'دقائق', 'دقيقة', 'قراءة', 'للقراءة', // ar
  'دقیقه', 'مطالعه', // fa
  '分', '分钟', '阅读', '読了', // zh, ja
];

/**
 * Class or id words of boxes that stand in for an article: consent dialogs, paywalls, sign-up
 * walls. Matched as parts of a name ("tp-modal", "paywall-box", "cmp-container").
 */
export const WALL_CLASS_WORDS = [
  'paywall', 'regwall', 'piano', 'subscribe', 'subscription', 'signup',
  'consent', 'cookie', 'cookies', 'gdpr', 'cmp', 'modal', 'overlay', 'popup', 'interstitial',
  'didomi', 'onetrust', 'cookiebot', 'usercentrics', 'truste', // consent platforms' own names
];

/** Text of a consent notice, to name it: "a cookie notice". Lower case stems. */
export const COOKIE_WORDS = [
  'cookie', 'consent', 'privacy', 'personal data', // en
  'datenschutz', 'einwilligung', 'zustimmen', // de
  'consentimiento', 'privacidad', 'galletas', // es
  'consenso', 'riservatezza', // it
  'consentement', 'confidentialité', 'vie privée', // fr
  'toestemming', // nl
  'פרטיות', 'עוגיות', 'הסכמה', // he
  'ملفات تعريف الارتباط', 'الخصوصية', 'موافقة', // ar
];

/** Text of a subscription offer or sign-in wall, to name it: "a subscribe box". Lower case stems. */
export const SUBSCRIBE_WORDS = [
  'subscri', 'sign in', 'log in', 'sign up', 'member', 'unlimited access', 'continue reading', // en
  'abonn', 'anmelden', 'weiterlesen', 'registrieren', // de, fr (abonnez, abonnement)
  'suscri', 'iniciar sesión', 'seguir leyendo', // es
  'abbonat', 'accedi', 'continua a leggere', // it
  's\'inscrire', 'se connecter', 'lire la suite', // fr
  'assin', 'entrar', // pt
  'מנוי', 'הירשמו', 'התחברו', 'להמשך קריאה', // he
  'اشترك', 'اشتراك', 'تسجيل الدخول', 'تابع القراءة', // ar
];


/** The word before an author's name in a byline ("by Lena Hoffmann", "von Jana Petersen", "بقلم سلمى حداد"), lower case. */
export const BY_WORDS = ['by', 'von', 'por', 'par', 'di', 'da', 'door', 'de', 'מאת', 'בקלם', 'بقلم', 'بواسطة', 'كتبه'];
