/**
 * The single file's Content-Security-Policy: nothing may load from anywhere; only the inline
 * code and styles it embeds may run, each named by its hash. No `unsafe-eval`, no `unsafe-inline`.
 */
import { cspHash, type InlineSources } from '../vite/csp-hash.ts';

export function singleFilePolicy(sources: InlineSources): string {
  const hashes = (texts: string[]) => [...new Set(texts.map(cspHash))];
  const attributeHashes = hashes(sources.styleAttributes);
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', ...hashes(sources.scripts)],
    ['style-src', ...hashes(sources.styles), ...(attributeHashes.length ? ["'unsafe-hashes'", ...attributeHashes] : [])],
    // Images, the favicon and fonts are embedded as data: URLs.
    ['img-src', 'data:'],
    ['font-src', 'data:'],
    ['media-src', 'data:'],
    // The speaker view previews the deck in frames of this very file (`?receiver`).
    ['frame-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => (d.length > 1 ? d.join(' ') : `${d[0]} 'none'`)).join('; ');
}
