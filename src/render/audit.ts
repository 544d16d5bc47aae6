/**
 * The last check on the slides before they become HTML: their tree holds no inline script, no
 * event-handler property, no `javascript:` URL and no raw HTML. Article text only ever enters the
 * tree as text, which the serializer escapes; this check is there so that a bug anywhere on the way
 * could not put code into the page anyway. It runs on every render (the build, the dev server, the
 * single file), before anything is written. The built page as a whole is checked by the tests
 * (tests/e2e/security.test.ts), which parse it as a browser would and run it under its policy.
 */
import type { Element, Nodes } from 'hast';
import { DeckError } from '../errors.ts';

const URL_PROPERTIES = new Set(['href', 'src', 'action', 'formAction', 'xLinkHref', 'data', 'poster', 'cite', 'background']);
const SCRIPT_URL = /^\s*(?:javascript|vbscript):/i;

/** Each problem in a hast tree, in document order: an inline script, an event handler, a script URL, raw HTML. */
export function auditTree(tree: Nodes): string[] {
  const problems: string[] = [];
  const visit = (node: Nodes) => {
    // mdast-util-to-hast's raw nodes are not in hast's own types.
    if ((node as { type: string }).type === 'raw') problems.push('raw HTML');
    if (node.type === 'element') problems.push(...auditElement(node));
    if ('children' in node) node.children.forEach(visit);
  };
  visit(tree);
  return problems;
}

/** The render's error for slides that failed the audit. */
export function unsafeSlidesError(problems: string[]): DeckError {
  return new DeckError('build', `the slides would run code the page's policy forbids: ${problems.slice(0, 3).join('; ')}`);
}

function auditElement(el: Element): string[] {
  const where = `<${el.tagName}>${el.position ? ` at line ${el.position.start.line}` : ''}`;
  const problems: string[] = [];
  if (el.tagName === 'script' && !el.properties.src && el.children.length) problems.push(`an inline script in ${where}`);
  for (const [name, value] of Object.entries(el.properties)) {
    if (/^on/i.test(name)) problems.push(`an event handler (${name}) on ${where}`);
    if (URL_PROPERTIES.has(name) && SCRIPT_URL.test(String(value))) problems.push(`a ${name} with a script URL on ${where}`);
  }
  return problems;
}
