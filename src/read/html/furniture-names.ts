/**
 * Page furniture by name: class and id words of widgets, and the reason given for each block a
 * page drops (listed by `deck outline`). The names are the markup's, so they are the same in every
 * language.
 */
import type { Element } from 'hast';
import { attr } from './hast.ts';

/** Class or id words of widgets, matched against whole names and their `-`/`_` parts. */
export const FURNITURE_WORDS = new Set(
  (
    'nav navbar navigation menu menubar breadcrumb breadcrumbs sidebar widget widgets footer masthead banner ' +
    'share shares sharing sharedaddy social addthis sociable comment comments commentlist disqus respond replies ' +
    'related recommended recommendations newsletter subscribe subscription signup cookie cookies consent gdpr ' +
    'ad ads advert adverts advertisement sponsored sponsor promo popup modal toolbar pagination pager ' +
    'tags tagcloud categories meta bio skip byline author toc table-of-contents noprint editsection navbox catlinks printfooter mbox infobox'
  ).split(' '),
);

/**
 * Stems matched anywhere in a name, for compound names ("jp-relatedposts", "postshare",
 * "commentlist"), as Firefox's Reader View does; a name that also says "content" or "article" is spared.
 */
export const FURNITURE_STEMS = ['related', 'comment', 'sharing', 'social', 'sidebar', 'newsletter', 'subscri', 'cookie', 'consent', 'breadcrumb', 'sponsor', 'advert', 'disqus', 'paywall'];

const REASONS: [RegExp, string][] = [
  [/\btoc\b|table of contents/, 'table of contents'],
  [/nav|menu|breadcrumb|pagination|pager|skip|toolbar/, 'navigation'],
  [/comment|disqus|respond|replies/, 'comments'],
  [/related|recommend/, 'related posts'],
  [/share|sharing|social|addthis|sociable/, 'share buttons'],
  [/newsletter|subscri|signup|paywall/, 'newsletter box'],
  [/cookie|consent|gdpr/, 'cookie notice'],
  [/\bads?\b|advert|sponsor|promo/, 'advertisement'],
  [/tag|categor|catlinks/, 'tags'],
  [/author|bio|byline|meta/, 'post metadata'],
  [/sidebar|widget|aside|complementary/, 'sidebar'],
  [/header|banner|masthead/, 'page header'],
  [/footer|contentinfo/, 'page footer'],
];

/** Why a furniture element was left out, from its tag, role and class names. */
export function furnitureReason(el: Element): string {
  const names = `${el.tagName} ${attr(el, 'role')} ${attr(el, 'className')} ${attr(el, 'id')}`.toLowerCase().replace(/[-_]/g, ' ');
  for (const [pattern, reason] of REASONS) if (pattern.test(names)) return reason;
  return 'page furniture';
}
