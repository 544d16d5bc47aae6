/**
 * What hast-util-to-mdast would lose of a page's technical blocks: a table's `<caption>` (kept on
 * the mdast table as `data.caption`, the table slide's title), and a quote's `<cite>` or
 * `<footer>` attribution, which becomes a "— Name" last line the outline reads as the attribution.
 * A pull quote (an element whose class names one: `pullquote`, `pull-quote`) is a quote too,
 * not a sidebar.
 */
import type { Element, Nodes } from 'hast';
import { defaultHandlers, type Handle, type Options } from 'hast-util-to-mdast';

const toText = (node: Nodes): string => ('value' in node ? String(node.value) : 'children' in node ? node.children.map((c) => toText(c as Nodes)).join('') : '');

const table: Handle = (state, node: Element) => {
  const result = defaultHandlers.table(state, node);
  const caption = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'caption');
  const text = caption && toText(caption).replace(/\s+/g, ' ').trim();
  if (text && result && !Array.isArray(result)) result.data = { ...result.data, caption: text } as typeof result.data;
  return result;
};

const blockquote: Handle = (state, node: Element) => {
  const footer = node.children.find((c): c is Element => c.type === 'element' && (c.tagName === 'footer' || c.tagName === 'cite'));
  const name = footer && toText(footer).replace(/\s+/g, ' ').trim().replace(/^[\u2014\u2013\u2015~-]+\s*/, '');
  if (!footer || !name) return defaultHandlers.blockquote(state, node);
  const rest: Element = { ...node, children: node.children.filter((c) => c !== footer) };
  const attribution: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: `— ${name}` }], position: footer.position };
  return defaultHandlers.blockquote(state, { ...rest, children: [...rest.children, attribution] });
};

const PULL_QUOTE = /^(?:wp-block-)?pull-?quote$/i;

/** Turns each pull quote of the page into a `<blockquote>` (one already holding a blockquote keeps it). */
export function markPullQuotes(node: Nodes): void {
  if (node.type === 'element' && node.tagName !== 'blockquote') {
    const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
    const holdsQuote = (el: Nodes): boolean => el.type === 'element' && (el.tagName === 'blockquote' || el.children.some(holdsQuote));
    if (classes.some((c) => PULL_QUOTE.test(c)) && !node.children.some(holdsQuote)) node.tagName = 'blockquote';
  }
  if ('children' in node) node.children.forEach((child) => markPullQuotes(child as Nodes));
}

export const technicalHandlers: Options['handlers'] = { table, blockquote };
