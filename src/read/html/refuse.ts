/**
 * No article, no deck. A saved page can hold everything but an article: a cookie or consent wall,
 * a paywall that shows a headline and a subscription offer, an archive or tag page that is only
 * links to other posts, a teaser too thin to present. Decided by shape: how much running text is
 * left once furniture and walls are set aside. The message says what the page holds instead.
 */
import path from 'node:path';
import type { Element } from 'hast';
import { DeckError } from '../../errors.ts';
import { attr, elements, isElement, textOf } from './hast.ts';
import { linksIn, words } from './links.ts';
import { COOKIE_WORDS, SUBSCRIBE_WORDS, WALL_CLASS_WORDS } from './words.ts';

/** Running text (outside links and headings) an article needs beside a wall, in characters. */
const MIN_BESIDE_WALL = 400;
/** …and above a wall that ends the page: a paywall often shows the first paragraphs. */
const MIN_ABOVE_WALL = 1000;
/** Running text a page with no section heading needs to be presented. */
const MIN_WITHOUT_SECTIONS = 200;
/** An index page's excerpts: at most this much text per post it links to. */
const MAX_EXCERPT = 300;
/** An offer box (a heading, a pitch and a button) holds at most this much text besides its buttons. */
const MAX_OFFER_TEXT = 300;
/** A wall is a box, not an article: it holds at most this much text. */
const MAX_WALL_TEXT = 2500;

/**
 * Boxes that stand in for the article: dialogs, and boxes named as paywalls or consent notices
 * that offer a way through (a button, a form or a link). Found before pruning removes buttons.
 */
export function findWalls(content: Element): Element[] {
  const walls: Element[] = [];
  const visit = (el: Element) => {
    if (isWall(el)) return void walls.push(el);
    for (const child of el.children) if (child.type === 'element') visit(child);
  };
  visit(content);
  return walls;
}

function isWall(el: Element): boolean {
  const role = attr(el, 'role').toLowerCase();
  const dialog = role === 'dialog' || role === 'alertdialog' || attr(el, 'ariaModal') === 'true' || isElement(el, 'dialog');
  const names = `${attr(el, 'className')} ${attr(el, 'id')}`.toLowerCase().split(/[\s_-]+/);
  const named = names.some((n) => WALL_CLASS_WORDS.some((w) => n.startsWith(w)));
  const inside = elements(el);
  if ((dialog || named) && inside.some((e) => isElement(e, 'button', 'form', 'input', 'a'))) return textOf(el).length <= MAX_WALL_TEXT;
  return isOfferBox(el, inside);
}

/** A small box with a heading around a button (a `<button>`, a link styled or standing as one): an offer, not the article. */
function isOfferBox(el: Element, inside: Element[]): boolean {
  if (!isElement(el, 'div', 'section', 'aside') || inside.some((e) => isElement(e, 'h1'))) return false;
  // A link standing in the box on its own, outside any paragraph or list, is a button too.
  const loose = el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'a' && textOf(c) !== '');
  const buttons = inside.filter((e) => isElement(e, 'button') || (isElement(e, 'a') && (/\b(?:btn|button|cta)\b/i.test(attr(e, 'className')) || loose.includes(e))));
  if (!buttons.length) return false;
  const buttonText = buttons.reduce((n, b) => n + textOf(b).length, 0);
  // Its heading is a pitch; a heading that is a link is a post's title on a card.
  const headings = inside.filter((e) => /^h[2-6]$/.test(e.tagName));
  return headings.some((h) => !elements(h).some((e) => isElement(e, 'a'))) && textOf(el).length - buttonText <= MAX_OFFER_TEXT;
}

export interface ArticleCheck {
  /** The article body after pruning and furniture removal. */
  content: Element;
  walls: Element[];
  /** Links to other posts dropped from the body in lists, boxes and linked titles. */
  teasers: number;
  file: string;
}

/** Throws a DeckError ("no article found in …: …") when the page holds no article to present. */
export function checkArticle({ content, walls, teasers, file }: ArticleCheck): void {
  const inWall = new Set(walls.flatMap((w) => elements(w)));
  const { text: prose, lastLine } = runningText(content, inWall);
  const sections = elements(content).some((e) => isElement(e, 'h2', 'h3', 'h4', 'h5', 'h6') && !inWall.has(e) && textOf(e));
  // A wall under a few paragraphs and no section cut the article off (a paywall under its teaser).
  const cutOff = !sections && walls.some((w) => (w.position?.start.line ?? 0) >= lastLine);
  const lineSoup = elements(content).filter((e) => isElement(e, 'br')).length >= 3;
  let instead: string | undefined;
  if (walls.length && prose.length < (cutOff ? MIN_ABOVE_WALL : MIN_BESIDE_WALL)) instead = nameWall(walls);
  else if (!sections && !lineSoup && teasers >= 3 && prose.length < MAX_EXCERPT * teasers) instead = `a list of ${teasers} links to other posts`;
  else if (!sections && !lineSoup && prose.length < MIN_WITHOUT_SECTIONS) {
    const count = words(prose);
    instead = count ? `only ${count} words of text` : 'only a title';
  }
  if (!instead) return;
  const at = walls[0] ?? elements(content).find((e) => e.position) ?? content;
  throw new DeckError('empty', `no article found in ${path.basename(file)}: ${instead}`, { file, line: at.position?.start.line });
}

/** Text outside links, headings and walls, whitespace collapsed, and the page line its last words are on. */
function runningText(content: Element, inWall: Set<Element>): { text: string; lastLine: number } {
  let text = '';
  let lastLine = 0;
  const visit = (el: Element) => {
    if (inWall.has(el) || el.tagName === 'a' || /^h[1-6]$/.test(el.tagName)) return;
    for (const child of el.children) {
      if (child.type === 'text') {
        text += ` ${child.value}`;
        if (child.value.trim()) lastLine = Math.max(lastLine, child.position?.end.line ?? 0);
      } else if (child.type === 'element') visit(child);
    }
  };
  visit(content);
  return { text: text.replace(/\s+/g, ' ').trim(), lastLine };
}

/** "a cookie notice", "only a subscribe box", or "a dialog box", from the wall's own words. */
function nameWall(walls: Element[]): string {
  const wall = walls.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
  const said = `${textOf(wall)} ${linksIn(wall).map(textOf).join(' ')} ${attr(wall, 'className')} ${attr(wall, 'ariaLabel')}`.toLowerCase();
  if (COOKIE_WORDS.some((w) => said.includes(w))) return 'a cookie notice';
  if (SUBSCRIBE_WORDS.some((w) => said.includes(w))) return 'only a subscribe box';
  return 'only a box of buttons';
}
