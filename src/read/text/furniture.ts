/**
 * Whether a unit of a plain-text page is furniture, and which: the words of src/vocab/furniture
 * confirm what the shape says (a count, a date, a label list, links run together).
 */
import { hasDate } from '../../vocab/dates.ts';
import { BYLINE, furnitureOf, type FurnitureMatch } from '../../vocab/furniture/index.ts';
import { isCount, isDateLine, isLabelList, isLinkLike, isNameLine } from './shape.ts';

export interface Furniture {
  reason: string;
  /** Opens the page's tail when it comes after the body (see FurnitureKind.endsArticle). */
  endsArticle: boolean;
  /** The whole line says what it is, or neighbours confirm it; a word inside it or its shape alone only suggests it. */
  strong: boolean;
  /** Found by a word inside the line or by its shape, not by what the whole line says. */
  byWord: boolean;
  /** Furniture only next to other furniture in the same block ("Privacy" under "Terms"). */
  inRun?: boolean;
}

/** A speaker's line ("Marjorie L. says:") must start with a name; a byline's words must go on with a name or a date. */
function isConfirmed(match: FurnitureMatch): boolean {
  if (match.via === 'closer') return isNameLine(match.rest ?? '') || /^\p{Lu}[\p{L}'’.-]*$/u.test(match.rest ?? '');
  if (match.kind === BYLINE && match.via === 'opener') return isBylineRest(match.rest ?? '');
  return true;
}

/** `---`, `* * *`, `~~~`: a break between parts of the page, not text. */
const BREAK = /^(?:[-*_=~•·⁂#]\s*){3,}$/u;

export function classify(text: string): Furniture | undefined {
  const match = furnitureOf(text);
  if (match && isConfirmed(match)) {
    return { reason: match.kind.reason, endsArticle: match.kind.endsArticle, strong: match.strength === 'line', byWord: match.strength === 'word', inRun: match.strength === 'run' };
  }
  if (BREAK.test(text)) return { reason: 'separator', endsArticle: false, strong: true, byWord: false };
  if (isDateLine(text)) return { reason: 'date', endsArticle: false, strong: false, byWord: true };
  if (isCount(text)) return { reason: 'counts', endsArticle: false, strong: true, byWord: false };
  if (isLabelList(text)) return { reason: 'tags', endsArticle: true, strong: false, byWord: true };
  if (isLinkLike(text)) return { reason: 'links', endsArticle: true, strong: false, byWord: true };
  return undefined;
}

/** "By the numbers" is a heading; "By Hannah Okafor", "Posted on March 2, 2024" are bylines. */
function isBylineRest(rest: string): boolean {
  if (!rest || hasDate(rest)) return true;
  const name = rest.split(/\s+(?:at|on|·|•|\||—|–|-)\s+|,/u)[0]!.trim();
  return isNameLine(name);
}
