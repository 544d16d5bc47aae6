/** How much of a block is links, and where they go: the measures the furniture rules decide by. */
import type { Element } from 'hast';
import { attr, elements, isElement, textOf } from './hast.ts';

/** A link to another page (not an in-page `#anchor`, not a script or an empty href). */
export function isOtherPageLink(el: Element): boolean {
  if (!isElement(el, 'a')) return false;
  const href = attr(el, 'href').trim();
  return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
}

/** A link to a place on the same page (`#section-id`): a table of contents or a footnote mark. */
export function isInPageLink(el: Element): boolean {
  return isElement(el, 'a') && attr(el, 'href').trim().startsWith('#') && attr(el, 'href').trim().length > 1;
}

/** The outermost links under `el` (itself included). */
export function linksIn(el: Element): Element[] {
  const out: Element[] = [];
  const visit = (node: Element) => {
    if (node.tagName === 'a') return void out.push(node);
    for (const child of node.children) if (child.type === 'element') visit(child);
  };
  visit(el);
  return out;
}

/** Characters of text inside links, and in all. */
export function linkShare(el: Element): { linked: number; total: number } {
  const total = textOf(el).length;
  const linked = linksIn(el).reduce((n, a) => n + textOf(a).length, 0);
  return { linked, total };
}

/** Words of `el`'s text that sit outside links. */
export function wordsOutsideLinks(el: Element): number {
  let text = '';
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (child.type === 'text') text += ` ${child.value}`;
      else if (child.type === 'element' && child.tagName !== 'a') visit(child);
    }
  };
  visit(el);
  return words(text);
}

export function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Hrefs of the links under `el`, for naming what a link block is (tags, share links). */
export function hrefsIn(el: Element): string[] {
  return elements(el).filter((e) => isElement(e, 'a')).map((a) => attr(a, 'href'));
}
