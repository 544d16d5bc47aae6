/**
 * The words of a block as Markdown inline content: its links put back on their words, and bare
 * addresses kept from turning into links. Escaping is left to mdast-util-to-markdown.
 */
import type { PhrasingContent } from 'mdast';
import type { Link } from '../types.ts';

/** What GFM turns into a link by itself: a web address, `www.…`, an e-mail address. */
const ADDRESS = /(?:https?:\/\/|www\.)\S*|[\w+.-]+@[\w-]+(?:\.[\w-]+)+/giu;
/** Punctuation that ends a sentence after an address, not the address. */
const TRAILING = /[.,;:!?'")\]]+$/u;

/**
 * Text, with each address as inline code: GFM links a bare address after parsing, where no escape
 * reaches, and a link the article did not make would add itself to the notes.
 */
export function phrasing(text: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[0].replace(TRAILING, '') || match[0];
    if (match.index > from) out.push({ type: 'text', value: text.slice(from, match.index) });
    out.push({ type: 'inlineCode', value: address });
    from = match.index + address.length;
  }
  if (from < text.length || !out.length) out.push({ type: 'text', value: text.slice(from) });
  return out;
}

/**
 * The text with its links put back where their words are, in order. `cursor.at` is the next link to
 * place; a list's items share one, as the outline keeps a list's links together.
 */
export function inline(text: string, links: Link[], cursor: { at: number }): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  while (cursor.at < links.length) {
    const link = links[cursor.at]!;
    if (!link.text) {
      cursor.at++; // a link around nothing (an image's): no words to put it on
      continue;
    }
    const index = text.indexOf(link.text, from);
    if (index < 0) break;
    if (index > from) out.push(...phrasing(text.slice(from, index)));
    out.push({ type: 'link', url: link.url, children: [{ type: 'text', value: link.text }] });
    from = index + link.text.length;
    cursor.at++;
  }
  if (from < text.length || !out.length) out.push(...phrasing(text.slice(from)));
  return out;
}
