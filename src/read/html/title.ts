/**
 * The post's title as the page writes it: the heading whose text is the page's `<title>`, or one
 * of its parts ("The Understory | How to Identify Trees" → the part that is a heading on the page).
 */
import type { Element } from 'hast';
import { comparable } from '../normalize.ts';
import { textOf } from './hast.ts';

const HEADINGS = new Set(['h1', 'h2', 'h3']);
/** Separators between a post title and a site name in `<title>`. */
const SEPARATOR = /\s+[|·•—–»/-]{1,2}\s+|:\s+/u;

/**
 * The heading (in the article first, then anywhere) that matches `<title>` or one of its parts;
 * of several, the longest (the post title is longer than the blog's name). Undefined when none does.
 */
export function headingMatchingTitle(title: string, content: Element[], page: Element[]): string | undefined {
  const parts = new Set([title, ...title.split(SEPARATOR)].map(comparable).filter(Boolean));
  for (const within of [content, page]) {
    const matches = within.filter((el) => HEADINGS.has(el.tagName) && parts.has(comparable(textOf(el)))).map(textOf);
    if (matches.length) return matches.reduce((a, b) => (b.length > a.length ? b : a));
  }
  return undefined;
}
