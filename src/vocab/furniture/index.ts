/**
 * Page furniture by kind, one data module each, and the matcher that names the kind of a line.
 * The vocabulary only confirms what the shape of a line suggests: readers decide by place and shape
 * (src/read/text/) which lines may be furniture at all.
 */
import { COUNT, type Lexicon } from '../lexicon.ts';
import { ACCOUNT } from './account.ts';
import { ADS } from './ads.ts';
import { AUTHOR } from './author.ts';
import { BYLINE } from './byline.ts';
import { CAPTIONS } from './captions.ts';
import { COMMENTS } from './comments.ts';
import { COOKIES } from './cookies.ts';
import { FOOTER } from './footer.ts';
import type { FurnitureKind } from './kind.ts';
import { NAVIGATION } from './navigation.ts';
import { NEWSLETTER } from './newsletter.ts';
import { REACTIONS } from './reactions.ts';
import { READ_MORE } from './read-more.ts';
import { RELATED } from './related.ts';
import { SHARE } from './share.ts';
import { TAGS } from './tags.ts';

export type { FurnitureKind } from './kind.ts';
export { ACCOUNT, ADS, AUTHOR, BYLINE, CAPTIONS, COMMENTS, COOKIES, FOOTER, NAVIGATION, NEWSLETTER, REACTIONS, READ_MORE, RELATED, SHARE, TAGS };

/** In order of precedence: "Subscribe to: Post Comments (Atom)" is comments before it is a subscribe box. */
const KINDS: FurnitureKind[] = [TAGS, COMMENTS, RELATED, AUTHOR, SHARE, REACTIONS, NAVIGATION, FOOTER, COOKIES, READ_MORE, CAPTIONS, ADS, NEWSLETTER, ACCOUNT, BYLINE];

/**
 * How sure a match is: the whole line or its opening words (`line`); a line that is furniture only
 * among other furniture (`run`); one word inside the line (`word`).
 */
export interface FurnitureMatch {
  kind: FurnitureKind;
  strength: 'line' | 'run' | 'word';
  /** For openers, the text after the opening words ("Dana Whitfield" after "Written by"); for closers, before the closing ones. */
  rest?: string;
  via: 'line' | 'opener' | 'closer' | 'word';
}

/**
 * The phrases are matched as strings on a canonical form of the line — lower case, one space for
 * any run of white space, a straight apostrophe, and a count ("37", "2.1K") as one placeholder —
 * with a map back to the line's own offsets. (As regular expressions with large alternations,
 * V8 took about a third of a second per build just to compile them.)
 */
const NUMBER = '\u0001';
const PIECE = new RegExp(`${COUNT}|\\s+|[’‘]|[\\s\\S]`, 'gu');
const DECOR = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
const WORDISH = /[\p{L}\p{N}\u0001]/u;

interface Canonical {
  text: string;
  /** For each character of `text`, where it starts in the line; one more entry for the end. */
  at: number[];
}

function canonical(line: string): Canonical {
  let text = '';
  const at: number[] = [];
  for (const match of line.matchAll(PIECE)) {
    const piece = match[0];
    const out = /^\p{Nd}/u.test(piece) ? NUMBER : /^\s/u.test(piece) ? ' ' : /^[’‘]$/u.test(piece) ? "'" : piece.toLowerCase();
    for (let i = 0; i < out.length; i++) at.push(match.index);
    text += out;
  }
  at.push(line.length);
  return { text, at };
}

/** A phrase of a lexicon in the same form: `#` is a count; for whole lines, punctuation at its ends does not count. */
function phraseForm(phrase: string, wholeLine: boolean): string {
  const form = phrase.toLowerCase().replace(/#/g, NUMBER).replace(/\s+/g, ' ');
  return wholeLine ? form.replace(DECOR, '') : form;
}

function phrases(lexicon: Lexicon | undefined, wholeLine = false): string[] {
  const all = new Set<string>();
  for (const list of Object.values(lexicon ?? {})) for (const p of list ?? []) all.add(phraseForm(p, wholeLine));
  all.delete('');
  return [...all].sort((a, b) => b.length - a.length);
}

interface Compiled {
  kind: FurnitureKind;
  line: Set<string>;
  run: Set<string>;
  openers: string[];
  closers: string[];
  words: string[];
}

let compiled: Compiled[] | undefined;

function compile(): Compiled[] {
  return KINDS.map((kind) => ({
    kind,
    line: new Set(phrases(kind.lines, true)),
    run: new Set(phrases(kind.inRuns, true)),
    openers: phrases(kind.openers),
    closers: phrases(kind.closers),
    words: phrases(kind.words),
  }));
}

/** The whole line, give or take punctuation, symbols and a count before or after it ("Kommentare (12)"). */
function wholeLineForms(text: string): string[] {
  const core = text.replace(DECOR, '');
  const forms = [core];
  const noLead = core.startsWith(`${NUMBER} `) ? core.slice(2).replace(DECOR, '') : undefined;
  if (noLead) forms.push(noLead);
  for (const form of [core, noLead]) {
    if (form?.endsWith(NUMBER)) forms.push(form.slice(0, -1).replace(DECOR, ''));
  }
  return forms;
}

const boundary = (text: string, i: number) => i < 0 || i >= text.length || !WORDISH.test(text[i]!);

/** "Click to share on X (Opens in new window)": the window note says nothing about the kind. */
const WINDOW_NOTE = /\s*\((?:opens in (?:a )?new (?:window|tab)|se abre en una (?:nueva )?ventana(?: nueva)?|öffnet in neuem fenster|s'ouvre dans une nouvelle fenêtre|si apre in una nuova finestra|abre numa nova janela|abre em nova janela|opent in nieuw venster)\)/giu;

export function normalizeFurniture(text: string): string {
  return text.normalize('NFKC').replace(WINDOW_NOTE, '').replace(/[’‘]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').trim();
}

/** The kind of furniture a line is, if its words say so. */
export function furnitureOf(text: string): FurnitureMatch | undefined {
  const original = normalizeFurniture(text);
  if (!original) return undefined;
  const kinds = (compiled ??= compile());
  const { text: line, at } = canonical(original);
  const words = original.split(' ').length;
  const forms = wholeLineForms(line);
  for (const c of kinds) if (forms.some((form) => c.line.has(form))) return { kind: c.kind, strength: 'line', via: 'line' };
  for (const c of kinds) if (forms.some((form) => c.run.has(form))) return { kind: c.kind, strength: 'run', via: 'line' };
  const lead = line.length - line.replace(/^[\p{P}\p{S}\s]+/u, '').length;
  for (const c of kinds) {
    if (words > (c.kind.maxWords ?? 12)) continue;
    const opener = openerAt(line, lead, c.openers);
    if (opener) return { kind: c.kind, strength: 'line', via: 'opener', rest: original.slice(at[opener.end]).trim() };
    const closer = words <= 8 ? c.closers.find((p) => line.endsWith(p)) : undefined;
    if (closer !== undefined) return { kind: c.kind, strength: 'line', via: 'closer', rest: original.slice(0, at[line.length - closer.length]).trim() };
  }
  for (const c of kinds) {
    if (words > (c.kind.maxWords ?? 12)) continue;
    if (c.words.some((p) => containsWord(line, p))) return { kind: c.kind, strength: 'word', via: 'word' };
  }
  return undefined;
}

/** An opener after some of the line's leading punctuation and symbols (an opener may itself start with one: "©"). */
function openerAt(line: string, lead: number, openers: string[]): { end: number } | undefined {
  for (let i = 0; i <= lead; i++) {
    const found = openers.find((p) => line.startsWith(p, i) && boundary(line, i + p.length));
    if (found !== undefined) return { end: i + found.length };
  }
  return undefined;
}

/** `phrase` stands in `line` with no letter or digit right before or after it. */
function containsWord(line: string, phrase: string): boolean {
  for (let i = line.indexOf(phrase); i >= 0; i = line.indexOf(phrase, i + 1)) {
    if (boundary(line, i - 1) && boundary(line, i + phrase.length)) return true;
  }
  return false;
}
