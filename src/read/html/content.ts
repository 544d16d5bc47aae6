/**
 * Finds a web page's article body and strips what is not the article: code, forms, navigation,
 * page header and footer, sidebars, comments, share and subscribe widgets, hidden text.
 *
 * The body is the page's `<article>` (the one with the most prose), else `<main>`, else `<body>`;
 * after pruning, it narrows to the smallest element that still holds most of the prose and
 * every heading: the densest block of paragraphs.
 */
import type { Element, Root } from 'hast';
import type { Dropped } from '../../types.ts';
import { attr, elements, isElement, removeWhere, spacedText, textOf, type Parent } from './hast.ts';
import { furnitureReason, FURNITURE_STEMS, FURNITURE_WORDS } from './furniture-names.ts';

/** Never article text, wherever they are. */
const JUNK = new Set(
  'script style noscript template iframe frame frameset object embed applet svg math canvas form button input select textarea option label dialog link meta base head title'.split(' '),
);
/** Page furniture by element name (a `<header>` with section headings in it is kept). */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'menu', 'header']);
const FURNITURE_ROLES = new Set('navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar form'.split(' '));
/** Classes that hide text from sighted readers (whole names only: `hidden-xs` only hides on phones). */
const HIDDEN_CLASSES = new Set(['hidden', 'sr-only', 'visually-hidden', 'screen-reader-text', 'print-only']);

/** The page's article element, else its main element, else its body. Does not change the tree. */
export function chooseContent(root: Root): Element {
  const all = elements(root);
  const { prose } = measure(root);
  const total = prose.get(all.find((el) => isElement(el, 'html')) ?? all[0]!) ?? 0;
  const best = (candidates: Element[]) =>
    candidates.sort((a, b) => (prose.get(b) ?? 0) - (prose.get(a) ?? 0))[0];
  const holdsMost = (el: Element | undefined) => el && (prose.get(el) ?? 0) >= 0.4 * total;
  const article = best(all.filter((el) => isElement(el, 'article') || attr(el, 'itemProp').split(' ').includes('articleBody')));
  if (holdsMost(article)) return article!;
  const main = best(all.filter((el) => isElement(el, 'main') || roles(el).includes('main')));
  if (holdsMost(main)) return main!;
  return all.find((el) => isElement(el, 'body')) ?? all.find((el) => isElement(el, 'html')) ?? wrap(root);
}

/**
 * Removes code, forms (with the small box around each), hidden text and page furniture under
 * `content`; then narrows to the prose. Returns the body and every block of text it left out.
 */
export function pruneContent(content: Element): { content: Element; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const note = (el: Element, reason: string) => {
    const text = spacedText(el);
    if (text) dropped.push({ text: text.length > 160 ? `${text.slice(0, 159)}…` : text, line: el.position?.start.line, reason });
  };
  const boxes = formBoxes(content);
  removeWhere(content, (el) => {
    if (boxes.has(el)) return note(el, isFurniture(el) ? furnitureReason(el) : 'form'), true;
    if (isHidden(el)) return note(el, 'hidden text'), true;
    return JUNK.has(el.tagName) || isCitationMark(el);
  });
  const { prose } = measure(content);
  const total = prose.get(content) ?? 0;
  // An element holding half the prose is the article's wrapper, whatever its name says.
  removeWhere(content, (el) => {
    if (!isFurniture(el) || (prose.get(el) ?? 0) >= 0.5 * total) return false;
    note(el, furnitureReason(el));
    return true;
  });
  return { content: narrow(content), dropped };
}

/**
 * Each form (a sign-up, search or comment form) with the small box it sits in: its heading and
 * pitch ("Get our newsletter", "No spam, ever") go with it. The box stops below 300 characters.
 */
function formBoxes(content: Element): Set<Element> {
  const all = elements(content);
  const parents = new Map<Element, Element>();
  for (const el of all) for (const child of el.children) if (child.type === 'element') parents.set(child, el);
  const inForm = (el: Element): boolean => {
    for (let up = parents.get(el); up; up = parents.get(up)) if (isElement(up, 'form')) return true;
    return false;
  };
  const boxes = new Set<Element>();
  for (const el of all) {
    if (!isElement(el, 'form') && !(isElement(el, 'input') && !inForm(el))) continue;
    let box = el;
    for (let up = parents.get(box); up && up !== content && textOf(up).length <= 300; up = parents.get(up)) box = up;
    boxes.add(box);
  }
  return boxes;
}

function isHidden(el: Element): boolean {
  const style = attr(el, 'style').replace(/\s+/g, '').toLowerCase();
  const classes = attr(el, 'className').toLowerCase().split(/\s+/);
  return (
    el.properties.hidden === true ||
    attr(el, 'ariaHidden') === 'true' ||
    /display:none|visibility:hidden/.test(style) ||
    classes.some((c) => HIDDEN_CLASSES.has(c))
  );
}

/** Wikipedia-style citation marks, `<sup>[12]</sup>`: noise in notes and points. */
function isCitationMark(el: Element): boolean {
  return el.tagName === 'sup' && /^\[(?:\d+|[a-z]|note \d+)\]$/i.test(textOf(el));
}

function isFurniture(el: Element): boolean {
  if (FURNITURE.has(el.tagName)) return el.tagName !== 'header' || !elements(el).some((e) => isElement(e, 'h2', 'h3', 'h4', 'h5', 'h6'));
  if (roles(el).some((role) => FURNITURE_ROLES.has(role))) return true;
  const names = `${attr(el, 'className')} ${attr(el, 'id')}`.toLowerCase().split(/\s+/).filter(Boolean);
  return names.some(
    (name) =>
      FURNITURE_WORDS.has(name) ||
      name.split(/[-_]+/).some((part) => FURNITURE_WORDS.has(part)) ||
      // Compound names ("jp-relatedposts", "sharedaddy"), unless the name also says it holds the content.
      (FURNITURE_STEMS.some((stem) => name.includes(stem)) && !/article|content|main|body|entry|story/.test(name)),
  );
}

function roles(el: Element): string[] {
  return attr(el, 'role').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Steps into the one child that holds 75% of the prose and every heading, as long as there is one. */
function narrow(content: Element): Element {
  const { prose, headings } = measure(content);
  const total = prose.get(content) ?? 0;
  const allHeadings = headings.get(content) ?? 0;
  let current = content;
  for (;;) {
    const child = current.children.find(
      (c): c is Element => c.type === 'element' && (prose.get(c) ?? 0) >= 0.75 * total && headings.get(c) === allHeadings,
    );
    if (!child || total === 0) return current;
    current = child;
  }
}

/**
 * Per element: characters of prose under it (text inside `<p>`, list items, quotes, preformatted
 * blocks; all text on a page with none of those) and how many headings it holds. One pass.
 */
function measure(root: Parent): { prose: Map<Element, number>; headings: Map<Element, number> } {
  const prose = new Map<Element, number>();
  const headings = new Map<Element, number>();
  const count = (paragraphsOnly: boolean) => {
    const visit = (node: Parent, inProse: boolean): [number, number] => {
      let sum = 0;
      let heads = node.type === 'element' && /^h[1-6]$/.test(node.tagName) ? 1 : 0;
      for (const child of node.children) {
        if (child.type === 'text' && inProse) sum += child.value.trim().length;
        else if (child.type === 'element' && !JUNK.has(child.tagName)) {
          const [s, h] = visit(child, inProse || !paragraphsOnly || isElement(child, 'p', 'li', 'blockquote', 'pre', 'dd', 'figcaption', 'td'));
          sum += s;
          heads += h;
        }
      }
      if (node.type === 'element') {
        prose.set(node, sum);
        headings.set(node, heads);
      }
      return [sum, heads];
    };
    return visit(root, false)[0];
  };
  if (count(true) === 0) count(false);
  return { prose, headings };
}

function wrap(root: Root): Element {
  return { type: 'element', tagName: 'div', properties: {}, children: root.children.filter((c) => c.type !== 'doctype') as Element['children'] };
}
