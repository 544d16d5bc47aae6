/**
 * Page furniture by kind, one data module each, and the matcher that names the kind of a line.
 * The vocabulary only confirms what the shape of a line suggests: readers decide by place and shape
 * (src/read/text/) which lines may be furniture at all.
 */
import { alternation, COUNT } from '../lexicon.ts';
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

const DECOR = String.raw`[\p{P}\p{S}\s]*`;
const END = String.raw`(?![\p{L}\p{N}])`;

interface Compiled {
  kind: FurnitureKind;
  line?: RegExp;
  run?: RegExp;
  opener?: RegExp;
  closer?: RegExp;
  word?: RegExp;
}

const compiled: Compiled[] = KINDS.map((kind) => ({
  kind,
  line: kind.lines && wholeLine(alternation(kind.lines)),
  run: kind.inRuns && wholeLine(alternation(kind.inRuns)),
  opener: kind.openers && new RegExp(`^${DECOR}(?:${alternation(kind.openers)})${END}`, 'iu'),
  closer: kind.closers && new RegExp(`(?:${alternation(kind.closers)})$`, 'iu'),
  word: kind.words && new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(kind.words)})${END}`, 'iu'),
}));

/** The whole line, give or take punctuation, symbols and a count before or after it ("Kommentare (12)"). */
function wholeLine(phrases: string): RegExp {
  return new RegExp(`^${DECOR}(?:${COUNT}\\s+)?(?:${phrases})${DECOR}(?:${COUNT}${DECOR})?$`, 'iu');
}

/** "Click to share on X (Opens in new window)": the window note says nothing about the kind. */
const WINDOW_NOTE = /\s*\((?:opens in (?:a )?new (?:window|tab)|se abre en una (?:nueva )?ventana(?: nueva)?|öffnet in neuem fenster|s'ouvre dans une nouvelle fenêtre|si apre in una nuova finestra|abre numa nova janela|abre em nova janela|opent in nieuw venster)\)/giu;

export function normalizeFurniture(text: string): string {
  return text.normalize('NFKC').replace(WINDOW_NOTE, '').replace(/[’‘]/g, "'").replace(/[“”„«»]/g, '"').replace(/\s+/g, ' ').trim();
}

/** The kind of furniture a line is, if its words say so. */
export function furnitureOf(text: string): FurnitureMatch | undefined {
  const line = normalizeFurniture(text);
  if (!line) return undefined;
  const words = line.split(' ').length;
  for (const c of compiled) if (c.line?.test(line)) return { kind: c.kind, strength: 'line', via: 'line' };
  for (const c of compiled) if (c.run?.test(line)) return { kind: c.kind, strength: 'run', via: 'line' };
  for (const c of compiled) {
    if (words > (c.kind.maxWords ?? 12)) continue;
    const opener = c.opener?.exec(line);
    if (opener) return { kind: c.kind, strength: 'line', via: 'opener', rest: line.slice(opener[0].length).trim() };
    const closer = words <= 8 ? c.closer?.exec(line) : undefined;
    if (closer) return { kind: c.kind, strength: 'line', via: 'closer', rest: line.slice(0, closer.index).trim() };
  }
  for (const c of compiled) if (words <= (c.kind.maxWords ?? 12) && c.word?.test(line)) return { kind: c.kind, strength: 'word', via: 'word' };
  return undefined;
}
