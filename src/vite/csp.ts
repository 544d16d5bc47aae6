/**
 * The built page's Content-Security-Policy, and a check that the page needs no more than it allows.
 *
 * Scripts come only from the deck's own files (`script-src 'self'`, no `unsafe-inline`, no
 * `unsafe-eval`): even if article text ever slipped through as markup, it could not run. The one
 * inline script is reveal.js's speaker view, which its notes plugin writes into an `about:blank`
 * window (that window inherits this policy); it is allowed by the hash of its exact text.
 * Only production builds get the policy: the dev server runs Vite's inline client code.
 * The plugin comes after the deck plugin in the config, so its check sees the page with its slides.
 */
import type { Element, Nodes } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Plugin } from 'vite';
import { cspHash, speakerViewSources } from '../export/csp-hash.ts';

export function contentSecurityPolicy(options: { allowRemote?: boolean } = {}): string {
  const speakerView = speakerViewSources();
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...new Set(speakerView.scripts.map(cspHash))],
    // reveal.js sizes and places slides through style attributes; the speaker view has a <style>.
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', ...(options.allowRemote ? ['https:'] : [])],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    // The speaker view previews the deck in frames of this same page (`?receiver`).
    ['frame-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

export function cspPlugin(options: { allowRemote?: boolean } = {}): Plugin {
  return {
    name: 'article-deck:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const problems = auditPage(html);
        if (problems.length) throw new Error(`the built page would run code the policy forbids: ${problems.slice(0, 3).join('; ')}`);
        return {
          html,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options) }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}

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
