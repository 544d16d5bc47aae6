/**
 * The last check before a deck is written: the built page, parsed as a browser would, holds no
 * inline script, no event-handler attribute and no `javascript:` URL. Article text is escaped long
 * before this; the audit is there so that a bug anywhere on the way could not ship code anyway.
 */
import type { Element, Nodes } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** Inline scripts, event-handler attributes and `javascript:` URLs in a page: each one a problem. */
export function auditPage(html: string): string[] {
  const problems: string[] = [];
  const stack: Nodes[] = [unified().use(rehypeParse).parse(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') problems.push(...auditElement(node));
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return problems;
}

const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite', 'background']);

function auditElement(el: Element): string[] {
  const where = `<${el.tagName}> at line ${el.position?.start.line ?? '?'}`;
  const problems: string[] = [];
  if (el.tagName === 'script' && !el.properties.src && el.children.length) problems.push(`an inline script in ${where}`);
  for (const [name, value] of Object.entries(el.properties)) {
    if (/^on/i.test(name)) problems.push(`an event handler (${name}) on ${where}`);
    if (URL_PROPERTIES.has(name) && /^\s*(?:javascript|vbscript):/i.test(String(value))) problems.push(`a ${name} with a script URL on ${where}`);
  }
  return problems;
}
