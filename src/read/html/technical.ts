/**
 * What hast-util-to-mdast would lose of a page's technical blocks: a table's `<caption>` (kept on
 * the mdast table as `data.caption`, the table slide's title), and a quote's `<cite>` or
 * `<footer>` attribution, which becomes a "— Name" last line the outline reads as the attribution.
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

export const technicalHandlers: Options['handlers'] = { table, blockquote };
