/**
 * The rest of a page after the article's first paragraph: furniture between sections (an
 * advertisement, a photo credit, a subscribe box) is dropped where it stands; the run of furniture
 * that opens the page's tail (share bar, tags, author box, comments, related posts, footer) ends the
 * article, and everything after it goes, whatever it looks like.
 */
import { CONCLUSION_HEADINGS, CONCLUSION_OPENERS } from '../../vocab/sections.ts';
import { isListItem } from './lines.ts';
import type { Decision, Page } from './page.ts';
import { endsSentence, isProse, isTitleLike, wordCount } from './shape.ts';

export function readTail(page: Page): Map<number, Decision> {
  const { units, kinds, body } = page;
  const decisions = new Map<number, Decision>();
  let tail = units.length;
  let pitch = false;
  for (let i = body + 1; i < units.length; i++) {
    if (isPitchAfterBreak(page, i)) {
      tail = i;
      pitch = true;
      break;
    }
    if (!kinds[i]?.strong) continue;
    let j = i;
    let ends = false;
    for (; j < units.length && !resumes(page, j); j++) if (kinds[j]?.strong && kinds[j]!.endsArticle) ends = true;
    if (ends || j === units.length) {
      tail = i;
      break;
    }
    for (let k = i; k < j; k++) if (kinds[k]?.strong) decisions.set(k, { drop: kinds[k]!.reason });
    i = j - 1;
  }
  // The page's tail starts after the last body text: titles, dates and counts just above it belong to it.
  while (tail - 1 > body && !isContent(page, tail - 1) && !decisions.has(tail - 1)) tail--;
  let reason = pitch ? 'newsletter' : titleRun(page, tail) ? 'related posts' : 'page tail';
  for (let i = tail; i < units.length; i++) {
    if (ownReason(page, i)) reason = kinds[i]!.reason;
    decisions.set(i, { drop: reason });
  }
  return decisions;
}

/**
 * Whether a unit of the tail is dropped for its own reason, or for the one above it (a comment's date
 * and text are "comments"; a related post's date is "related posts").
 */
function ownReason(page: Page, i: number): boolean {
  const own = page.kinds[i];
  if (!own || own.reason === 'separator' || own.reason === 'date') return false;
  return !own.byWord || own.reason === 'cookie notice' || !endsSentence(page.units[i]!.text);
}

/** Body text: prose, a finished sentence (an FAQ question, a short answer) or a list item. */
function isContent(page: Page, i: number): boolean {
  const unit = page.units[i]!;
  if (page.kinds[i]?.strong) return false;
  if (isListItem(page.lines[unit.first]!.text)) return true;
  return isProse(unit.text) || (endsSentence(unit.text) && wordCount(unit.text) >= 2);
}

/** The article goes on at unit i: body text, or a heading followed by body text. */
function resumes(page: Page, i: number): boolean {
  if (isContent(page, i)) return true;
  const unit = page.units[i]!;
  return !page.kinds[i] && isTitleLike(unit.text) && i + 1 < page.units.length && isContent(page, i + 1);
}

/**
 * A break (`---`, `* * *`) followed, up to the end of the page, by a few paragraphs that ask the
 * reader to subscribe, share or follow, and by no new section: a newsletter's sign-off.
 */
function isPitchAfterBreak(page: Page, i: number): boolean {
  const { units, kinds } = page;
  if (kinds[i]?.reason !== 'separator' || units.length - i > 10) return false;
  let pitch = false;
  for (let j = i + 1; j < units.length; j++) {
    if (resumes(page, j) && !kinds[j] && isTitleLike(units[j]!.text)) return false;
    if (kinds[j] && PITCH.has(kinds[j]!.reason)) pitch = true;
  }
  return pitch;
}

const PITCH = new Set(['newsletter', 'share line', 'site buttons', 'reactions', 'comments']);

/** Two title-like lines or more with no text under them: a list of other posts. */
function titleRun(page: Page, from: number): boolean {
  let titles = 0;
  for (let i = from; i < page.units.length && !page.kinds[i]?.strong; i++) {
    const text = page.units[i]!.text;
    if (isTitleLike(text) && !CONCLUSION_HEADINGS.test(text) && !CONCLUSION_OPENERS.test(text)) titles++;
  }
  return titles >= 2;
}
