/**
 * The deck's index.html as `deck present` serves it: the built page plus one script, the live
 * client, and a Content-Security-Policy whose `connect-src` also names this page's own ws: origin
 * (`'self'` does not cover ws: in every browser). The built file on disk is not changed, and
 * without `deck present` no socket code loads.
 */
export const CLIENT_PATH = '/__present/client.js';
export const SPEAKER_SCRIPT_PATH = '/__present/speaker.js';

const CSP_META = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?connect-src )(&#39;self&#39;|'self')/i;

/** `host` is the request's Host header, already checked against the server's names. */
export function presentedPage(html: string, host: string): string {
  const withCsp = html.replace(CSP_META, (_, before: string, self: string) => `${before}${self} ws://${host}`);
  const script = `<script type="module" src="${CLIENT_PATH}"></script>`;
  return withCsp.replace(/<\/head>/i, `    ${script}\n  </head>`);
}

/** The policy of the server's own pages (join and speaker). */
export function ownPagePolicy(host: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self' ws://${host}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
