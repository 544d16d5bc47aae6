/**
 * Distils a section body into a few slide points. Purely extractive and deterministic:
 * a point is a sentence's own words in their own order, shortened at clause boundaries.
 */
import type { Point, Sentence } from '../types.ts';
import { endsWithAbbreviation } from './sentences.ts';

/** Words of one language that steer where a sentence may be cut. */
interface Lexicon {
  stop: Set<string>; // a point never ends on these (includes every set below but `appos`/`rel`)
  subord: Set<string>; // open a subordinate clause: the best place to cut before
  coord: Set<string>;
  prep: Set<string>;
  tight: Set<string>; // prepositions bound to the noun before them ("of")
  aux: Set<string>; // cutting before these leaves a subject without its verb
  cond: Set<string>; // conditions: an introduction starting with these is never dropped
  appos: Set<string>; // open an appositive right after the subject ("OpenAI, a lab founded …, had")
  rel: Set<string>; // open a non-restrictive relative clause between commas
  markers: string[][]; // sentence adverbs, dropped when they open a sentence or stand between commas
  fluff: RegExp[]; // rhetorical filler: such sentences become points only when nothing better exists
}

type Raw = Record<Exclude<keyof Lexicon, 'fluff'>, string> & { fluff: RegExp[] };

function lexicon(raw: Raw): Lexicon {
  const set = (s: string) => new Set(s.split(' '));
  const { subord, coord, prep, tight, aux } = raw;
  return {
    stop: set([raw.stop, subord, coord, prep, tight, aux].join(' ')),
    ...{ subord: set(subord), coord: set(coord), prep: set(prep), tight: set(tight), aux: set(aux) },
    ...{ cond: set(raw.cond), appos: set(raw.appos), rel: set(raw.rel), fluff: raw.fluff },
    markers: raw.markers.split('|').map((m) => m.split(' ')),
  };
}

const LEXICONS: Record<string, Lexicon> = {
  en: lexicon({
    stop: "a an the this these those such some any each every no not all both either neither much many more most less few several other another own same than just also only even very too quite rather i me my we us our you your he him his she her it its they them their there here what whatever e.g i.e it's they're we're you're that's there's being having s",
    subord: 'but while which who whom where when because although though whereas since unless until that whether if yet so as once',
    coord: 'and or nor',
    prep: 'to in on for with at by from into onto about above across after against along among around before behind below beneath beside between beyond during inside near over through throughout toward towards under upon within without via despite like unlike per including',
    tight: 'of',
    aux: 'is are was were be been am has have had do does did will would shall should can could may might must',
    cond: 'if unless whether',
    appos: 'a an the one which who whose once formerly now founded based known led headquartered',
    rel: 'which who whose',
    markers: 'yes|however|moreover|furthermore|additionally|also|indeed|in addition|in fact|in conclusion|in short|in summary|of course|therefore|thus|finally|ultimately|besides|meanwhile|consequently|similarly|likewise|notably|importantly|overall|for example|for instance|on the other hand|as a result|in other words|after all',
    fluff: [
      /\bneeds? no introduction\b/i,
      /\bin this (article|post|blog|piece|guide|essay)\b/i,
      /\b(join us|read on|stay tuned|without further ado|buckle up|click here|subscribe)\b/i,
      /\blet['’]?s (dive|delve|explore|take a (closer )?look)\b/i,
      /\bwe will (explore|discuss|dissect|look at|delve|examine)\b/i,
      /\b(goes without saying|as we all know|with great power comes great responsibility)\b/i,
    ],
  }),
  es: lexicon({
    stop: 'el la lo los las un una unos unas este esta estos estas ese esa su sus mi mis nuestro nuestra se le les me te nos no muy más menos tan ya también solo sólo cada otro otra otros otras',
    subord: 'pero mientras que quien quienes cual cuales donde cuando porque aunque como si sino',
    coord: 'y e o u ni',
    prep: 'a al en con por para sin sobre entre desde hasta hacia según contra durante mediante tras ante bajo',
    tight: 'de del',
    aux: 'es son fue fueron era eran ha han he hemos había ser sido está están estaba puede pueden será serán',
    cond: 'si',
    appos: 'un una el la los las uno',
    rel: 'que quien quienes cual cuales cuyo cuya',
    markers: 'además|sin embargo|por ejemplo|por otro lado|en conclusión|en resumen|por lo tanto|finalmente|también|de hecho|por último',
    fluff: [/\ben este (artículo|post|texto)/i],
  }),
  de: lexicon({
    stop: 'der die das den dem des ein eine einen einem einer eines sich sein seine seiner ihr ihre ihrem ihren es er sie wir man nicht auch noch sehr mehr nur schon so dies diese dieser dieses jede jeder jedes kein keine',
    subord: 'aber während weil obwohl dass wenn als wie sondern denn ob da damit welche welcher welches',
    coord: 'und oder sowie',
    prep: 'zu zum zur im in an am auf für bei beim aus nach über unter vor durch gegen ohne um mit seit bis',
    tight: 'von vom',
    aux: 'ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können muss soll',
    cond: 'wenn falls ob',
    appos: 'ein eine einer',
    rel: 'der die das welche welcher welches',
    markers: 'außerdem|allerdings|zudem|schließlich|zum beispiel|jedoch|deshalb|daher|trotzdem',
    fluff: [/\bin diesem (artikel|beitrag)/i],
  }),
  fr: lexicon({
    stop: 'le la les un une des du ce cet cette ces son sa ses leur leurs mon ma mes notre nos se ne pas plus moins très aussi tout tous toute toutes il elle ils elles on nous vous y',
    subord: 'mais tandis qui que dont où quand parce comme si lorsque puisque car',
    coord: 'et ou ni',
    prep: 'à au aux en dans sur pour par avec sans sous entre vers chez pendant depuis contre selon',
    tight: 'de',
    aux: 'est sont était étaient a ont avait avaient été être sera seront peut peuvent',
    cond: 'si',
    appos: 'un une le la les',
    rel: 'qui dont lequel laquelle',
    markers: "cependant|en outre|de plus|en conclusion|par exemple|enfin|toutefois|ainsi|d'ailleurs|par ailleurs|néanmoins",
    fluff: [/\bdans cet article\b/i],
  }),
};

const lexiconFor = (lang: string): Lexicon => LEXICONS[lang.split(/[-_]/)[0]!.toLowerCase()] ?? LEXICONS.en!;
const norm = (word: string) =>
  word.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const endsClause = (word: string) => /[,;:]["”’»)]*$/u.test(word);
const isDash = (word: string | undefined) => word !== undefined && /^[—–-]+$/u.test(word);
const key = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Scripts written without spaces between words, where a one-word point is normal. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

/** True when brackets nest properly and quotes pair up ("’" inside a word is an apostrophe). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && --depth < 0) return false;
  }
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return depth === 0 && count(/"/g) % 2 === 0 && count(/[“”„]/gu) % 2 === 0 &&
    count(/«/gu) === count(/»/gu) && count(/‘/gu) <= count(/’(?!\p{L})/gu);
}

const isMarker = (chunk: string[], lex: Lexicon) =>
  chunk.length <= 4 && lex.markers.some((m) => m.length === chunk.length && m.every((w, i) => norm(chunk[i]!) === w));

/** Drops a leading sentence adverb ("However,", "In conclusion,"). */
function dropMarker(words: string[], lex: Lexicon): string[] {
  for (const marker of lex.markers) {
    const end = marker.length;
    if (words.length > end + 2 && endsClause(words[end - 1]!) && marker.every((m, i) => norm(words[i]!) === m)) {
      return words.slice(end);
    }
  }
  return words;
}

/** Index of the first of `words[from]`…`words[from + limit - 1]` that passes `test`, or -1. */
function findFrom(words: string[], from: number, limit: number, test: (word: string) => boolean): number {
  for (let at = from; at < Math.min(words.length, from + limit); at++) if (test(words[at]!)) return at;
  return -1;
}

/** Drops short parentheticals, asides between commas and appositives right after the subject. */
function dropAsides(words: string[], lex: Lexicon): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    const prev = out.at(-1);
    if (prev !== undefined && /^[([]/.test(word)) {
      const j = findFrom(words, i, 40, (w) => /[)\]]/.test(w));
      if (j >= 0 && balanced(words.slice(i, j + 1).join(' '))) {
        const tail = words[j]!.replace(/^.*[)\]]/u, '');
        if (tail && !/[,;:]$/.test(prev)) out[out.length - 1] = prev + tail;
        i = j + 1;
        continue;
      }
    }
    if (prev !== undefined && prev.endsWith(',')) {
      const j = findFrom(words, i, 10, (w) => /[,;:.!?]$/.test(w));
      const chunk = words.slice(i, j + 1);
      const first = norm(word);
      const atSubject = out.length <= 4 && out.slice(0, -1).every((w) => !endsClause(w)) && !introOpener(out[0]!, lex);
      const aside = lex.rel.has(first) || (atSubject && lex.appos.has(first)) || isMarker(chunk, lex);
      if (j >= 0 && j < words.length - 1 && words[j]!.endsWith(',') && aside && balanced(chunk.join(' '))) {
        out[out.length - 1] = prev.slice(0, -1);
        i = j + 1;
        continue;
      }
    }
    out.push(word);
    i++;
  }
  return out;
}

const introOpener = (word: string, lex: Lexicon) => {
  const w = norm(word);
  return (lex.prep.has(w) || lex.tight.has(w) || lex.subord.has(w)) && !lex.cond.has(w);
};

/** True when the comma ending `words[at - 1]` separates items of an enumeration ("a, b, and c"). */
function inList(words: string[], at: number): boolean {
  const before = words.slice(Math.max(0, at - 4), at - 1).some((w) => w.endsWith(','));
  const item = findFrom(words, at, 2, (w) => w.endsWith(','));
  return before || (item >= 0 && /^(and|or|y|o|und|oder|et|ou)$/.test(norm(words[item + 1] ?? '')));
}

/** Length of an introductory phrase ("As one of the leaders,") that may be dropped, or 0. */
function introLength(words: string[], lex: Lexicon): number {
  const end = words.findIndex((w) => endsClause(w)) + 1;
  const intro = words.slice(0, end);
  const ok = end > 0 && end <= 12 && words.length - end >= 3 && introOpener(words[0]!, lex);
  return ok && !/\p{N}/u.test(intro.join(' ')) && intro.every((w) => w.endsWith(',') || !endsClause(w)) ? end : 0;
}

/** A phrase: `words.slice(0, end)`; `clean` when it ends at a clause boundary or the sentence end. */
type Cut = { words: string[]; end: number; score: number; clean: boolean };

/** Chooses where to end a phrase of at most `max` words taken from the start of `words`. */
function bestCut(input: string[], max: number, lex: Lexicon): Cut | undefined {
  const words = dropMarker(input, lex);
  if (words.length <= max) return words.length ? { words, end: words.length, score: 0, clean: true } : undefined;
  const main = dropAsides(words, lex);
  const intro = introLength(main, lex);
  const variants: [string[], number][] = [[main, 0]];
  if (intro) variants.push([dropMarker(main.slice(intro), lex), -0.5]);
  let best: Cut | undefined;
  const consider = (cut: Cut) => {
    if (!best || cut.score > best.score) best = cut;
  };
  for (const [v, penalty] of variants) {
    if (v.length <= max) consider({ words: v, end: v.length, score: v.length / 2 + 10 + penalty, clean: true });
    for (let k = 3; k <= Math.min(max, v.length - 1); k++) {
      const last = norm(v[k - 1]!);
      const next = norm(v[k]!);
      if (!last || lex.stop.has(last) || !balanced(v.slice(0, k).join(' '))) continue;
      let bonus = 0;
      if (isDash(v[k]) || (endsClause(v[k - 1]!) && !inList(v, k))) bonus = 6;
      else if (lex.subord.has(next)) bonus = 4;
      else if (lex.coord.has(next)) bonus = 2;
      else if (lex.prep.has(next)) bonus = 1.5;
      else if (lex.aux.has(next)) bonus = -2; // subject without its verb
      else if (lex.tight.has(next)) bonus = 0;
      else if (lex.stop.has(next)) bonus = -1; // verb without its object
      else bonus = -3; // inside a noun phrase
      let score = k / 2 + penalty + bonus - (k < 5 ? 3 : 0);
      if (penalty === 0 && intro) score -= k === intro ? 6 : bonus < 4 ? 2 : 0; // the introduction crowds out the clause
      consider({ words: v, end: k, score, clean: bonus >= 2 });
    }
  }
  const unquoted = input.map((w) => w.replace(/["“”„«»]/gu, '')).filter(Boolean);
  return best ?? (unquoted.join(' ') !== input.join(' ') ? bestCut(unquoted, max, lex) : undefined);
}

/** Capitalises the first letter of `text` unless the word is camel-cased ("iPhone"). */
function capitalise(text: string, lang: string): string {
  const m = /\p{L}/u.exec(text);
  if (!m || /\p{N}/u.test(text.slice(0, m.index)) || /^\p{Ll}\S*\p{Lu}/u.test(text.slice(m.index))) return text;
  let upper: string;
  try {
    upper = m[0].toLocaleUpperCase(lang || undefined);
  } catch {
    upper = m[0].toUpperCase();
  }
  return text.slice(0, m.index) + upper + text.slice(m.index + m[0].length);
}

/** Turns chosen words into a point: no trailing function word or punctuation, balanced, capitalised. */
function finish(input: string[], lex: Lexicon, lang: string): string | undefined {
  const words = [...input];
  while (words.length && (!norm(words.at(-1)!) || lex.stop.has(norm(words.at(-1)!)))) words.pop();
  let text = words.join(' ');
  if (!endsWithAbbreviation(text)) {
    text = text.replace(/[\s,;:.!?…(\[{—–\-。！？、，；：]+$/u, '').replace(/[\s,;:.!?…。！？]+(["”’»)\]」』]+)$/u, '$1');
  }
  if (!balanced(text)) text = text.replace(/^["“„«‘]+|["”“»’]+$/gu, '').trim();
  if (/^[¿¡]/u.test(text) && !/[?!]/u.test(text)) text = text.slice(1);
  return text && balanced(text) ? capitalise(text, lang) : undefined;
}

/**
 * Shortens one sentence to a whole phrase of at most `maxWords` words, using only the sentence's
 * own words in order; a sentence that fits is kept whole, minus its final punctuation.
 */
export function toPhrase(sentence: string, maxWords = 12, lang = 'en'): string | undefined {
  const lex = lexiconFor(lang);
  const cut = bestCut(sentence.split(/\s+/).filter(Boolean), maxWords, lex);
  return cut && finish(cut.words.slice(0, cut.end), lex, lang);
}

/** Up to two points from the clauses of a single sentence. */
function clausePoints(sentence: string, lex: Lexicon, lang: string): string[] {
  const cut = bestCut(sentence.split(/\s+/).filter(Boolean), 12, lex);
  if (!cut) return [];
  const { words } = cut;
  let j = cut.end;
  const boundary = (at: number) =>
    endsClause(words[at - 1]!) || isDash(words[at]) || lex.subord.has(norm(words[at]!)) || lex.coord.has(norm(words[at]!));
  while (j < words.length && !boundary(j)) j++;
  while (j < words.length && (isDash(words[j]) || lex.subord.has(norm(words[j]!)) || lex.coord.has(norm(words[j]!)))) j++;
  const rest = bestCut(words.slice(j), 12, lex);
  const points = [finish(words.slice(0, cut.end), lex, lang)];
  if (words.length - j >= 3 && rest) points.push(finish(rest.words.slice(0, rest.end), lex, lang));
  return points.filter((p): p is string => p !== undefined);
}

/** Ranks a sentence: early, concrete (numbers, names), 8–14 words; questions and fluff are weak. */
function rate(text: string, index: number, count: number, list: boolean, lex: Lexicon) {
  const words = text.split(/\s+/);
  let score = 3 * (1 - index / count) + (index === 0 ? 1 : 0) + (list ? 1 : 0);
  if (/\p{N}/u.test(text)) score += 1.5;
  if (/[$€£¥]\s?\d|\d\s?%|\b(1[5-9]|20)\d\d\b|\d\s?(million|billion|trillion|percent)/iu.test(text)) score += 1;
  score += 0.5 * Math.min(3, words.slice(1).filter((w) => /^["“(]?\p{Lu}/u.test(w)).length);
  const n = words.length;
  score += n >= 8 && n <= 14 ? 1.5 : -Math.min(2, 0.15 * (n < 8 ? 8 - n : n - 14));
  const weak = /[?？؟]["”’»)]*$/u.test(text) || lex.fluff.some((re) => re.test(text));
  return { score, weak };
}

/**
 * Distils a section body into `min`–`max` (default 2–4) slide points of at most 12 words,
 * chosen from its most informative sentences and kept in document order. Points never repeat
 * the heading or each other; an empty body gives [].
 */
export function distillPoints(
  sentences: Sentence[],
  options: { heading: string; lang: string; max?: number; min?: number },
): Point[] {
  const { heading, lang } = options;
  const max = Math.max(0, options.max ?? 4);
  const min = Math.min(options.min ?? 2, max);
  const lex = lexiconFor(lang);
  const sources = sentences.filter((s) => s.text.trim() !== '');
  const units = sources.map((s) => ({ ...s, list: Boolean(s.list) }));
  if (!units.length || !max) return [];
  const keys: string[] = [];
  const headingKey = key(heading);
  const accept = (point: string | undefined): point is string => {
    const k = point === undefined ? '' : key(point);
    const dup = (other: string) => ` ${other} `.includes(` ${k} `) || ` ${k} `.includes(` ${other} `);
    if (!k || (!k.includes(' ') && !UNSPACED.test(k)) || ` ${headingKey} `.includes(` ${k} `) || keys.some(dup)) return false;
    keys.push(k);
    return true;
  };
  if (units.length === 1) {
    const source = sources[0]!;
    return clausePoints(source.text, lex, lang).filter(accept).slice(0, max).map((text) => ({ text, source }));
  }

  const target = Math.min(max, Math.max(min, Math.ceil(units.length / 2) + 1));
  const ranked = units
    .map((u, i) => {
      const { score, weak } = rate(u.text, i, units.length, u.list, lex);
      const cut = bestCut(u.text.split(/\s+/).filter(Boolean), 12, lex);
      const point = cut && finish(cut.words.slice(0, cut.end), lex, lang);
      return { i, point, weak, score: score + (cut?.clean ? 1 : 0) };
    })
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const chosen: { i: number; point: string }[] = [];
  for (const weak of [false, true]) {
    for (const r of ranked) {
      if (chosen.length >= (weak ? min : target)) break;
      if (r.weak === weak && accept(r.point)) chosen.push({ i: r.i, point: r.point });
    }
  }
  return chosen.sort((a, b) => a.i - b.i).map((c) => ({ text: c.point, source: sources[c.i] }));
}
