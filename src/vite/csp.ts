/**
 * The built page's Content-Security-Policy.
 *
 * Scripts come only from the deck's own files (`script-src 'self'`, no `unsafe-inline`, no
 * `unsafe-eval`): even if article text ever slipped through as markup, it could not run. The one
 * inline script is reveal.js's speaker view, which its notes plugin writes into an `about:blank`
 * window (that window inherits this policy); it is allowed by the hash of its exact text.
 * Only production builds get the policy: the dev server runs Vite's inline client code.
 * The slides themselves are audited for code before they become HTML (src/render/audit.ts).
 */
import type { Plugin } from 'vite';
import { cspHash, speakerViewSources } from './csp-hash.ts';

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
      handler: (html) => ({
        html,
        tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options) }, injectTo: 'head-prepend' }],
      }),
    },
  };
}
