/**
 * The built page's Content-Security-Policy, and a check that the page needs no more than it allows.
 *
 * Scripts come only from the deck's own files (`script-src 'self'`, no `unsafe-inline`, no
 * `unsafe-eval`): even if article text ever slipped through as markup, it could not run. The one
 * inline script is reveal.js's speaker view, which its notes plugin writes into an `about:blank`
 * window (that window inherits this policy); it is allowed by the hash of its exact text.
 * Only production builds get the policy: the dev server runs Vite's inline client code.
 * The plugin comes after the deck plugin in the config, so its audit (page-audit.ts) sees the page
 * with its slides.
 */
import type { Plugin } from 'vite';
import { DeckError } from '../errors.ts';
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

export interface CspPluginOptions {
  allowRemote?: boolean;
  /**
   * Takes the built page to audit instead of auditing it here, before Vite writes it: `deck build`
   * audits on its compile thread while Vite writes the files, and swaps the deck in only once the
   * audit is clean (src/cli/build.ts).
   */
  audit?: (html: string) => void;
}

export function cspPlugin(options: CspPluginOptions = {}): Plugin {
  return {
    name: 'article-deck:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (options.audit) options.audit(html);
        else {
          const { auditPage } = await import('./page-audit.ts');
          const problems = auditPage(html);
          if (problems.length) throw unsafePageError(problems);
        }
        return {
          html,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options) }, injectTo: 'head-prepend' }],
        };
      },
    },
  };
}

/** The build's error for a page that failed the audit (nothing is written then). */
export function unsafePageError(problems: string[]): DeckError {
  return new DeckError('build', `the built page would run code the policy forbids: ${problems.slice(0, 3).join('; ')}`);
}
