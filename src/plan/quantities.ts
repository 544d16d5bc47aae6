/**
 * Finds the figures a sentence states — money, percentages, counts — and its dates.
 * Pure text in, positions out: stat.ts picks a headline figure, timeline.ts dated events.
 */

export type FigureKind = 'money' | 'percent' | 'count';

export interface Found {
  text: string;
  /** Offset of `text` in the sentence. */
  index: number;
}

export interface FoundFigure extends Found {
  kind: FigureKind;
}

export interface FoundDate extends Found {
  /** year * 12 + month (month 0 when unknown), for sorting. */
  order: number;
}

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const SCALE = '(?:thousand|million|billion|trillion|bn|mn|[kmb])';
// Not glued to a word, a currency sign or another number on the left.
const START = String.raw`(?<![\p{L}\p{N}$€£¥₹.,-])`;
const END = String.raw`(?![\p{L}\p{N}]|[.,]\d)`;

const FIGURES: [FigureKind, RegExp][] = [
  ['money', new RegExp(String.raw`(?:US\$|[$€£¥₹]|\b(?:USD|EUR|GBP) ?)${NUM}(?: ?${SCALE})?${END}`, 'giu')],
  ['money', new RegExp(String.raw`${START}${NUM}(?: ${SCALE})? ?(?:dollars|euros|pounds|USD|EUR|GBP|€)${END}`, 'giu')],
  ['percent', new RegExp(String.raw`${START}${NUM} ?(?:%|percent\b|per cent\b|pour cent\b|por ciento\b|Prozent\b)`, 'giu')],
  ['count', new RegExp(String.raw`${START}${NUM} (?:thousand|million|billion|trillion)${END}`, 'giu')],
  ['count', new RegExp(String.raw`${START}\d{1,3}(?:,\d{3})+${END}`, 'gu')],
];

/** Money, percentages and large counts, in the order they appear; overlapping matches keep the first kind. */
export function findFigures(sentence: string): FoundFigure[] {
  const found: FoundFigure[] = [];
  for (const [kind, re] of FIGURES) {
    for (const m of sentence.matchAll(re)) {
      const text = m[0].trim();
      const end = m.index + text.length;
      if (found.some((f) => m.index < f.index + f.text.length && end > f.index)) continue;
      found.push({ kind, text, index: m.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const MONTHS: string[][] = [
  'january february march april may june july august september october november december'.split(' '),
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  'januar februar märz april mai juni juli august september oktober november dezember'.split(' '),
];
const SHORT = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const MONTH_NUMBER = new Map<string, number>([
  ...[...MONTHS, SHORT].flatMap((names) => names.map((name, i) => [name, i + 1] as [string, number])),
  ['sept', 9],
]);
const MONTH = `(?:${[...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
// A bare year counts only after a word that makes it a date ("in 2019", "since 2015", "the 1990s").
const LEAD = String.raw`(?:in|since|by|from|until|till|during|around|circa|early|late|mid|back to|as of|before|after|through|en|desde|seit|im|depuis)`;

const DATES: RegExp[] = [
  // 11 December 2015, December 11, 2015, December 2015, Dec. 2015, 11 de diciembre de 2015
  new RegExp(String.raw`${START}(?:\d{1,2}(?:st|nd|rd|th|\.)? (?:de )?)?(${MONTH})(?: \d{1,2}(?:st|nd|rd|th)?,?)? (?:de )?(${YEAR})${END}`, 'giu'),
  // 2015-12-11
  new RegExp(String.raw`${START}(${YEAR})-(\d{2})-\d{2}${END}`, 'gu'),
  // the 1990s
  new RegExp(String.raw`${START}(1[5-9]\d0|20\d0)s${END}`, 'gu'),
  new RegExp(String.raw`(?<=\b${LEAD}(?: the)? )(${YEAR})${END}(?!s)`, 'giu'),
];

/** Dates in a sentence — a month and year, a full date, a decade, or a year after "in", "since"… */
export function findDates(sentence: string): FoundDate[] {
  const found: FoundDate[] = [];
  DATES.forEach((re, which) => {
    for (const m of sentence.matchAll(re)) {
      if (found.some((f) => m.index < f.index + f.text.length && m.index + m[0].length > f.index)) continue;
      const order = dateOrder(which, m);
      if (order !== undefined) found.push({ text: m[0], index: m.index, order });
    }
  });
  return found.sort((a, b) => a.index - b.index);
}

function dateOrder(which: number, m: RegExpMatchArray): number | undefined {
  if (which === 0) return Number(m[2]) * 12 + (MONTH_NUMBER.get(m[1]!.toLowerCase().replace(/\.$/, '')) ?? 0);
  if (which === 1) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month : undefined;
  }
  return Number(m[1]) * 12;
}
