/**
 * The server's own two pages. The join page shows the audience URL as a large QR code and as
 * text, for the speaker to put on screen. The speaker page (`/__present/speaker?token=…`) lists
 * the audience's questions; its script (src/runtime/present/speaker-page.ts) fills it in as text.
 */
import { stringsFor } from '../vocab/interface-strings.ts';
import { SPEAKER_SCRIPT_PATH } from './page.ts';

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const STYLE = `
  body { font: 18px/1.45 system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fafafa; }
  main { max-width: 44rem; margin: 0 auto; padding: 1.5rem; }
  .join { text-align: center; }
  .join svg { width: min(62vh, 80vw, 36rem); height: auto; }
  .join h1 { margin: .5rem 0; }
  .join .url { font-size: clamp(1.2rem, 4vw, 2.4rem); font-weight: 600; word-break: break-all; }
  .status { color: #555; }
  ol { padding: 0; margin: 0; list-style: none; }
  li { background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: .75rem 1rem; margin: .5rem 0; display: flex; gap: 1rem; align-items: start; }
  li .text { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; }
  li .meta { color: #666; font-size: .85em; display: block; }
  li.answered { opacity: .55; }
  button { font: inherit; padding: .35rem .8rem; border-radius: 6px; border: 1px solid #888; background: #fff; cursor: pointer; }
  @media (prefers-color-scheme: dark) { body { background: #111; color: #eee; } li { background: #1c1c1c; border-color: #333; } button { background: #222; color: #eee; } .status, li .meta { color: #aaa; } }
`;

function page(title: string, body: string, head = '', lang = 'en', dir: 'ltr' | 'rtl' = 'ltr'): string {
  return `<!doctype html>
<html lang="${escape(lang)}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The join page, in the deck's language and direction (the audience reads it off the screen). */
export function joinPage(audienceUrl: string, svg: string, lang = 'en', dir: 'ltr' | 'rtl' = 'ltr'): string {
  const words = stringsFor(lang);
  const body = `<main class="join">
<h1>${escape(words.follow)}</h1>
${svg}
<p class="url" dir="ltr">${escape(audienceUrl)}</p>
</main>`;
  return page(words.join, body, '', lang, dir);
}

export function speakerPage(joinPath: string): string {
  const body = `<main>
<h1>Questions <span id="count">0</span></h1>
<p class="status" id="status">Connecting…</p>
<p><a href="${escape(joinPath)}" target="_blank" rel="noopener">Show the join page (QR code)</a></p>
<div id="questions"></div>
<p id="empty">No questions yet.</p>
</main>`;
  return page('Questions · speaker', body, `<script type="module" src="${SPEAKER_SCRIPT_PATH}"></script>`);
}
