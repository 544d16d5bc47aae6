/**
 * Month and weekday names and words of relative time, per language, to recognise a date line
 * ("Saturday, March 2, 2024", "12 févr. 2024", "14 de março de 2024", "Apr 10", "2 mesi", "3 weeks ago").
 */
import { alternation, type Lexicon } from './lexicon.ts';

const MONTHS: Lexicon = {
  en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'setiembre', 'octubre', 'noviembre', 'diciembre', 'ene', 'abr', 'ago', 'dic'],
  de: ['januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'mär', 'okt', 'dez'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'janv', 'févr', 'avr', 'juil', 'sept', 'déc'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre', 'gen', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'dic'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro', 'fev', 'abr', 'mai', 'ago', 'set', 'out', 'dez'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'mrt', 'okt'],
  // Hebrew joins "in" to the month: "12 במרץ 2025".
  he: ['ינואר', 'פברואר', 'מרץ', 'מרס', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'].flatMap((m) => [m, `ב${m}`, `ב-${m}`]),
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'],
};

const WEEKDAYS: Lexicon = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday'],
  es: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'hoy', 'ayer'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'heute', 'gestern'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'aujourd\'hui', 'hier'],
  it: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'oggi', 'ieri'],
  pt: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'hoje', 'ontem'],
  nl: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'vandaag', 'gisteren'],
  he: ['יום ראשון', 'יום שני', 'יום שלישי', 'יום רביעי', 'יום חמישי', 'יום שישי', 'שבת', 'היום', 'אתמול'],
  ar: ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد', 'اليوم', 'أمس'],
};

/** Units of relative time ("3 weeks ago", "1 settimana", "hace 2 días", "vor 5 Stunden"). */
const UNITS: Lexicon = {
  en: ['minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'h', 'hr', 'hrs', 'day', 'days', 'd', 'week', 'weeks', 'w', 'month', 'months', 'mo', 'year', 'years', 'y', 'yr', 'yrs'],
  es: ['minuto', 'minutos', 'hora', 'horas', 'día', 'días', 'semana', 'semanas', 'mes', 'meses', 'año', 'años'],
  de: ['minute', 'minuten', 'stunde', 'stunden', 'tag', 'tagen', 'tage', 'woche', 'wochen', 'monat', 'monaten', 'jahr', 'jahren'],
  fr: ['minute', 'minutes', 'heure', 'heures', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années'],
  it: ['minuto', 'minuti', 'ora', 'ore', 'giorno', 'giorni', 'settimana', 'settimane', 'mese', 'mesi', 'anno', 'anni'],
  pt: ['minuto', 'minutos', 'hora', 'horas', 'dia', 'dias', 'semana', 'semanas', 'mês', 'meses', 'ano', 'anos'],
  nl: ['minuut', 'minuten', 'uur', 'dag', 'dagen', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren'],
  he: ['דקות', 'שעות', 'ימים', 'שבועות', 'חודשים', 'שנים', 'שעה', 'יום', 'שבוע', 'חודש', 'שנה'],
  ar: ['دقيقة', 'دقائق', 'ساعة', 'ساعات', 'يوم', 'أيام', 'أسبوع', 'أسابيع', 'شهر', 'أشهر', 'سنة', 'سنوات'],
};

const END = String.raw`(?![\p{L}\p{N}])`;
const START = String.raw`(?<![\p{L}\p{N}])`;
const MONTH = new RegExp(`${START}(?:${alternation(MONTHS)})\\.?${END}`, 'iu');
const WEEKDAY = new RegExp(`${START}(?:${alternation(WEEKDAYS)})${END}`, 'iu');
const RELATIVE = new RegExp(String.raw`${START}\p{Nd}+\s*(?:${alternation(UNITS)})${END}`, 'iu');
const NUMERIC = /(?<!\p{Nd})(?:\p{Nd}{1,4}[./-]\p{Nd}{1,2}[./-]\p{Nd}{1,4}|\p{Nd}{1,2}:\p{Nd}{2}(?:\s*[ap]\.?m\.?)?)(?!\p{Nd})/iu;

/** Whether a short line reads as a date, a time or a relative time, give or take a few words around it. */
export function hasDate(text: string): boolean {
  if (NUMERIC.test(text)) return true;
  if (RELATIVE.test(text)) return true;
  return /\p{Nd}/u.test(text) ? MONTH.test(text) || WEEKDAY.test(text) : false;
}

/** Whether a line names a month or a weekday at all ("Saturday", "March"), for short date lines. */
export function namesDay(text: string): boolean {
  return MONTH.test(text) || WEEKDAY.test(text);
}

/** Where the date in a line starts (its first digit, month or weekday), or -1. */
export function dateStart(text: string): number {
  const at = [/\p{Nd}/u, MONTH, WEEKDAY].map((re) => text.search(re)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

/** A calendar date or time, not a relative one ("March 2, 2024", "2024-03-02", but not "3 weeks" or "7 min"). */
export function isCalendarDate(text: string): boolean {
  return NUMERIC.test(text) || (/\p{Nd}/u.test(text) && (MONTH.test(text) || WEEKDAY.test(text)));
}
