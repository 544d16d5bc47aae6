/**
 * The post's title. Metadata first (`og:title`, JSON-LD `headline`), as the page names its post;
 * then the heading that `<title>` names ("The Understory | How to Identify Trees" → the part that
 * is a heading on the page); then the article's `<h1>`; then `<title>`, or when that is only the
 * blog's name, the heading over the post. A heading that is only a link to the site's home page is
 * the site's name, never the post's title.
 */
import type { Element } from 'hast';
import { comparable } from '../normalize.ts';
import type { Dropped } from '../../types.ts';
import { attr, elements, isElement, removeWhere, textOf } from './hast.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3']);
/** Separators between a post title and a site name in `<title>`. */
const SEPARATOR = /\s+[|·•—–»/-]{1,2}\s+|:\s+/u;

/** `content` is the article body's elements, `page` every element of the page. */
export function postTitle(metaTitle: string | undefined, titleTag: string | undefined, content: Element[], page: Element[]): string | undefined {
  if (metaTitle) return headingMatchingTitle(metaTitle, content, page) ?? metaTitle;
  const siteNames = new Set(page.filter((el) => HEADINGS.has(el.tagName) && isSiteName(el)).map((el) => comparable(textOf(el))));
  const tag = titleTag && withoutSiteName(titleTag);
  return (
    (titleTag && headingMatchingTitle(titleTag, content, page)) ??
    h1(content) ??
    marked(content) ??
    h1(page) ??
    marked(page) ??
    // A `<title>` that is only the blog's name says nothing; the heading over the post does.
    (tag && !siteNames.has(comparable(tag)) ? tag : leadHeading(content)) ??
    tag
  );
}

/** The first heading of the article that comes before its first paragraph, if it is not the site's name. */
function leadHeading(content: Element[]): string | undefined {
  for (const el of content) {
    if (isElement(el, 'p') && textOf(el)) return undefined;
    if (HEADINGS.has(el.tagName) && !isSiteName(el) && textOf(el)) return textOf(el);
  }
  return undefined;
}

/**
 * The heading (in the article first, then anywhere) that matches `title` or one of its parts;
 * of several, the longest (the post title is longer than the blog's name). Undefined when none does.
 */
export function headingMatchingTitle(title: string, content: Element[], page: Element[]): string | undefined {
  const parts = new Set([title, ...title.split(SEPARATOR)].map(comparable).filter(Boolean));
  for (const within of [content, page]) {
    const matches = within.filter((el) => HEADINGS.has(el.tagName) && !isSiteName(el) && parts.has(comparable(textOf(el)))).map(textOf);
    if (matches.length) return matches.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return undefined;
}

/** A heading that is nothing but a link to the site's home page: the blog's or paper's name. */
export function isSiteName(heading: Element): boolean {
  const links = elements(heading).filter((e) => isElement(e, 'a'));
  if (links.length !== 1 || textOf(links[0]!) !== textOf(heading)) return false;
  return /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.html?)?$/i.test(attr(links[0]!, 'href').trim());
}

function h1(within: Element[]): string | undefined {
  return within.filter((el) => isElement(el, 'h1') && !isSiteName(el)).map(textOf).find(Boolean);
}

/** A post title marked by class or microdata where the page has no `<h1>` (`<h3 class="post-title">`). */
function marked(within: Element[]): string | undefined {
  const el = within.find(
    (e) => /^h[1-6]$/.test(e.tagName) && (attr(e, 'itemProp').split(' ').includes('headline') || /\b(?:entry|post|article)-title\b/.test(attr(e, 'className'))),
  );
  return el ? textOf(el) || undefined : undefined;
}

/** "Post title | Site name" → "Post title": a last part of a few words after a separator is the site. */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s+[|·•—–-]\s+/u);
  const site = parts.at(-1)!;
  return parts.length > 1 && site.split(/\s+/).length <= 5 ? parts.slice(0, -1).join(' – ') : title;
}

/** Removes a site-name heading from the article body (a blog's `<h1>` over its post), unless it is the title. */
export function dropSiteName(content: Element, title: string | undefined): Dropped[] {
  const dropped: Dropped[] = [];
  removeWhere(content, (el) => {
    if (!isElement(el, 'h1') || !isSiteName(el) || textOf(el) === title) return false;
    dropped.push({ text: textOf(el), line: el.position?.start.line, reason: 'site name' });
    return true;
  });
  return dropped;
}
