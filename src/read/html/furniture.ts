/**
 * Furniture inside an article body, found by its shape rather than its class names: tables of
 * contents (lists of in-page links), boxes and lists of links to other posts (related posts, tags,
 * share links) with their label or heading, post titles that are links (teasers), a kicker over
 * the headline, and the metadata lines of html/meta-lines.ts.
 * Every block removed is reported with its reason and page line.
 */
import type { Element, ElementContent } from 'hast';
import type { Dropped } from '../../types.ts';
import { furnitureOf } from '../../vocab/furniture/index.ts';
import { elements, isElement, spacedText, textOf, type Parent } from './hast.ts';
import { hrefsIn, isInPageLink, isOtherPageLink, linkShare, linksIn, words, wordsOutsideLinks } from './links.ts';
import { isCommentsHeading, LINE_TAGS, lineReason, SENTENCE_END } from './meta-lines.ts';

export interface BodyFurniture {
  dropped: Dropped[];
  /** Links to other posts (titles of a few words) in the dropped link blocks: what an index page is made of. */
  teasers: number;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOXES = new Set(['div', 'section', 'aside', 'p', 'nav', 'header', 'footer', 'dl', 'center']);
/** Elements whose children are blocks to look at one by one. */
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'nav', 'center', 'body', 'html']);
const BLOCK_TAGS = new Set([...HEADINGS, ...BOXES, 'ul', 'ol', 'li', 'table', 'figure', 'blockquote', 'pre', 'details', 'article', 'main', 'hr']);
/** A box of furniture under its heading at the article's end (an author's bio) is at most this long. */
const MAX_TAIL_BOX = 600;
/** A label over a list of links ("You might also like:", "Table of contents") is this short. */
const LABEL_WORDS = 8;

type Kind = 'toc' | 'links';
/** What goes, and why; `kind` for blocks of links (headings and labels over them go with them). */
type Gone = Map<Element, { reason: string; kind?: Kind }>;

export function dropBodyFurniture(content: Element): BodyFurniture {
  const result: BodyFurniture = { dropped: [], teasers: 0 };
  const walk = (parent: Parent) => {
    // A line of running text (`<div>Text <span>…</span></div>`) is read as a whole, never in pieces.
    if (parent.children.some((c) => c.type === 'text' && c.value.trim())) return;
    const kids = (parent.children as ElementContent[]).filter((c): c is Element => c.type === 'element');
    const gone = classify(kids);
    kids.forEach((el, i) => gone.has(el) || markAround(kids, i, gone));
    for (const [el, { reason, kind }] of gone) {
      const text = spacedText(el);
      if (text) result.dropped.push({ text: text.length > 160 ? `${text.slice(0, 159)}…` : text, line: el.position?.start.line, reason });
      if (kind === 'links' && reason !== 'tags' && reason !== 'share links') result.teasers += linksIn(el).filter((a) => isOtherPageLink(a) && words(textOf(a)) >= 3).length;
    }
    parent.children = parent.children.filter((c) => c.type !== 'element' || !gone.has(c)) as typeof parent.children;
    for (const child of parent.children) if (child.type === 'element' && CONTAINERS.has(child.tagName)) walk(child);
  };
  walk(content);
  return result;
}

/** Blocks that are furniture by themselves: metadata lines, tables of contents, blocks of links. */
function classify(kids: Element[]): Gone {
  const gone: Gone = new Map();
  kids.forEach((el, i) => {
    const line = lineReason(el);
    const kind = line ? undefined : linkKind(el);
    const reason = kind && (kind === 'toc' ? 'table of contents' : linkReason(el));
    if (line) gone.set(el, { reason: line });
    // A list of linked names that a sentence introduces ("I tried three apps for this, all free:") is the article's.
    else if (reason && !(reason === 'navigation' && isElement(el, 'ul', 'ol') && introduces(kids[i - 1]))) gone.set(el, { reason, kind });
  });
  return gone;
}

/** A paragraph of running text (more than a label) right before a list. */
function introduces(el: Element | undefined): boolean {
  return !!el && isElement(el, 'p') && words(textOf(el)) > LABEL_WORDS;
}

/** Headings and labels that go with what is under them, and a kicker over the headline. */
function markAround(kids: Element[], i: number, gone: Gone): void {
  const el = kids[i]!;
  const next = kids[i + 1];
  if (HEADINGS.has(el.tagName)) {
    const under = following(kids, i).filter((e) => textOf(e));
    const linkKinds = under.map((e) => gone.get(e)?.kind);
    // A comment count over the comments ("5 Comments", "2 thoughts on …"): both go.
    if (isCommentsHeading(textOf(el))) for (const e of [el, ...under]) gone.set(e, { reason: 'comments' });
    // A heading over nothing but links to other pages ("Related", "2023" in an archive).
    else if (under.length && linkKinds.every(Boolean)) {
      const reason = under.length > 1 && linkKinds.every((k) => k === 'links') ? 'related posts' : gone.get(under[0]!)!.reason;
      for (const e of [el, ...under]) gone.set(e, { reason, kind: gone.get(e)?.kind });
    } else if (isTail(kids, i, under, gone)) for (const e of [el, ...under]) gone.set(e, { reason: tailReason(el)! });
    return;
  }
  const nextGone = next && gone.get(next);
  if (nextGone?.kind && isLabel(el)) gone.set(el, { reason: nextGone.reason });
  // A kicker over the headline ("Energy", "Wirtschaft"): the site's section, not the article's.
  else if (next?.tagName === 'h1' && isLabel(el) && words(textOf(el)) <= 3) gone.set(el, { reason: 'section label' });
}

/**
 * The article's tail: a heading the vocabulary knows ("About the author", "Related posts") over a
 * short box, with no heading of the article after it.
 */
function isTail(kids: Element[], i: number, under: Element[], gone: Gone): boolean {
  const el = kids[i]!;
  if (el.tagName === 'h1' || !tailReason(el)) return false;
  if (under.reduce((n, e) => n + textOf(e).length, 0) > MAX_TAIL_BOX || under.some((e) => elements(e).some((d) => HEADINGS.has(d.tagName)))) return false;
  return kids.slice(i + 1).every((e) => !HEADINGS.has(e.tagName) || gone.has(e) || tailReason(e));
}

/** Why a heading opens furniture at the article's end, if the shared vocabulary knows its words. */
function tailReason(heading: Element): string | undefined {
  const known = furnitureOf(textOf(heading));
  return known && known.via !== 'word' && known.kind.endsArticle ? known.kind.reason : undefined;
}

/** The element siblings after `kids[i]`, up to the next heading. */
function following(kids: Element[], i: number): Element[] {
  const out: Element[] = [];
  for (const el of kids.slice(i + 1)) {
    if (HEADINGS.has(el.tagName)) break;
    out.push(el);
  }
  return out;
}

/**
 * A table of contents ('toc') or a block of links to other pages ('links'): a list whose every item
 * is mostly a link, a line of links with a few words around them, a post title that is a link, or a
 * box of such lists under a short label. Undefined for anything with prose or a picture in it.
 */
function linkKind(el: Element): Kind | undefined {
  if (!textOf(el) || elements(el).some((e) => isElement(e, 'pre', 'table', 'blockquote', 'details'))) return undefined;
  const links = linksIn(el);
  // A picture that is a link is a thumbnail; one that is not belongs to the article.
  const thumbnails = new Set(links.flatMap((a) => elements(a)));
  if (elements(el).some((e) => isElement(e, 'img') && !thumbnails.has(e))) return undefined;
  if (links.length === 0) return undefined;
  const kind: Kind = links.every(isInPageLink) ? 'toc' : links.some(isOtherPageLink) ? 'links' : 'toc';
  if (HEADINGS.has(el.tagName)) {
    const { linked, total } = linkShare(el);
    return kind === 'links' && total > 0 && linked === total ? 'links' : undefined;
  }
  if (el.tagName === 'ul' || el.tagName === 'ol') {
    const items = el.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
    const mostlyLink = (li: Element) => {
      const { linked, total } = linkShare(li);
      return total > 0 && linked >= 0.4 * total && wordsOutsideLinks(li) <= LABEL_WORDS;
    };
    return items.length > 0 && items.every(mostlyLink) ? kind : undefined;
  }
  if (!BOXES.has(el.tagName)) return undefined;
  const blocks = el.children.filter((c): c is Element => c.type === 'element' && BLOCK_TAGS.has(c.tagName));
  if (blocks.length === 0) {
    const { linked, total } = linkShare(el);
    const around = wordsOutsideLinks(el);
    return around <= LABEL_WORDS && (linked >= 0.5 * total || (links.length >= 2 && around <= 3)) ? kind : undefined;
  }
  // A box: lists or lines of links, and at most short labels besides.
  if (el.children.some((c) => c.type === 'text' && c.value.trim())) return undefined;
  const parts = blocks.filter((b) => textOf(b)).map((b) => linkKind(b) ?? (isLabel(b) ? 'label' : undefined));
  if (parts.some((p) => p === undefined) || !parts.some((p) => p === 'toc' || p === 'links')) return undefined;
  return parts.includes('links') ? 'links' : 'toc';
}

/** What a dropped block of links was, from where its links go. */
function linkReason(el: Element): string {
  const hrefs = hrefsIn(el);
  if (hrefs.length && hrefs.every((h) => /[/?#=](?:tags?|labels?|category|categories|topics?|search\/label)\b/i.test(h))) return 'tags';
  if (hrefs.some((h) => /\b(?:share|sharer|intent\/tweet|mailto:)/i.test(h))) return 'share links';
  if (HEADINGS.has(el.tagName)) return 'link to another post';
  const links = linksIn(el).filter((a) => textOf(a));
  // "Label: link, link, link": a tag line, in any language.
  if (/^[^:：]{1,30}[:：]\s*\S/u.test(textOf(el)) && /[,،、]/u.test(textOf(el)) && links.every((a) => words(textOf(a)) <= 3)) return 'tags';
  if (links.length === 1) return 'link to another page';
  // Menus link single words ("Home", "About"); related posts link titles.
  return links.reduce((n, a) => n + words(textOf(a)), 0) / links.length >= 3 ? 'related posts' : 'navigation';
}

/** A short line with no sentence in it: a heading or a label over a list. */
function isLabel(el: Element): boolean {
  if (!HEADINGS.has(el.tagName) && !LINE_TAGS.has(el.tagName)) return false;
  const text = textOf(el);
  return text !== '' && words(text) <= LABEL_WORDS && !SENTENCE_END.test(text) && !elements(el).some((e) => isElement(e, 'img'));
}
