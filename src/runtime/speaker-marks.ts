/**
 * The speaker view is reveal.js's own window, with its own styles: there the notes' source-sentence
 * marks (src/render/notes.ts) would show only as the browser's plain <mark>, one sentence running
 * into the next. When the window says it is connected, this gives it a few rules: each mark a light
 * highlight with its point's number in front ("1", "2"; "1 2" when two points share a sentence),
 * drawn by CSS, so the notes' text stays as the article wrote it.
 */
/** The speaker windows already styled. */
const styled = new WeakSet<Document>();

const CSS = `
.speaker-controls-notes mark.point-source {
  background: #fff1a8;
  color: #111;
  border-radius: 3px;
  padding: 0 0.15em;
  box-decoration-break: clone;
  -webkit-box-decoration-break: clone;
}
.speaker-controls-notes mark.point-source::before {
  content: attr(data-point);
  color: #1a3a99;
  font-size: 0.75em;
  font-weight: bold;
  vertical-align: super;
  margin-inline-end: 0.25em;
}`;

/** Styles the speaker view this page opens, once it has connected. */
export function styleSpeakerMarks(): void {
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('reveal-notes')) return;
    let message: { namespace?: unknown; type?: unknown };
    try {
      message = JSON.parse(event.data) as typeof message;
    } catch {
      return;
    }
    if (message.namespace !== 'reveal-notes' || message.type !== 'connected') return;
    let view: Document | undefined;
    try {
      view = (event.source as Window | null)?.document; // the window this page opened: same origin
    } catch {
      return;
    }
    const realm = view?.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!view || !realm || styled.has(view)) return;
    styled.add(view);
    // A stylesheet built in the window's own realm, not a <style> element: the one-file deck's
    // Content-Security-Policy allows only the inline styles it lists by hash.
    const sheet = new realm.CSSStyleSheet();
    sheet.replaceSync(CSS);
    view.adoptedStyleSheets = [...view.adoptedStyleSheets, sheet];
  });
}
