/** The live view's few controls: the "Back to live" button, the Ask box, the live slide's mark. */
const CSS = `
.deck-live-bar { position: fixed; z-index: 40; inset-inline-start: 12px; bottom: max(12px, env(safe-area-inset-bottom)); display: flex; gap: 8px; align-items: end; font: 16px/1.3 system-ui, sans-serif; }
.deck-live-bar button { font: inherit; min-height: 44px; padding: 0 16px; border-radius: 22px; border: 0; background: #1b2b5e; color: #fff; box-shadow: 0 2px 8px rgba(0,0,0,.25); cursor: pointer; }
.deck-live-bar .deck-back-to-live { background: #b3261e; }
.deck-live-bar [hidden] { display: none; }
/* Reading on a phone, each page's "Read the notes" button sits at its start: the bar keeps to the other side. */
.reveal-viewport.reveal-scroll .deck-live-bar { inset-inline-start: auto; inset-inline-end: 12px; flex-direction: row-reverse; }
.deck-ask-box { position: fixed; z-index: 41; inset-inline: 12px; bottom: max(68px, calc(env(safe-area-inset-bottom) + 56px)); max-width: 28rem; background: #fff; color: #111; border-radius: 12px; padding: 12px; box-shadow: 0 4px 24px rgba(0,0,0,.3); font: 16px/1.4 system-ui, sans-serif; }
.deck-ask-box textarea { box-sizing: border-box; width: 100%; min-height: 5.5em; font: inherit; padding: 8px; border: 1px solid #888; border-radius: 8px; resize: vertical; }
.deck-ask-box .row { display: flex; gap: 8px; justify-content: space-between; align-items: center; margin-top: 8px; }
.deck-ask-box .row button { font: inherit; min-height: 40px; padding: 0 14px; border-radius: 20px; border: 1px solid #1b2b5e; background: #fff; color: #1b2b5e; }
.deck-ask-box .row button.send { background: #1b2b5e; color: #fff; }
.deck-ask-box .status { min-height: 1.4em; margin: 6px 0 0; color: #333; }
.deck-ask-box[hidden] { display: none; }
.reveal-viewport.reveal-scroll .deck-live-slide { box-shadow: inset 5px 0 0 #b3261e; }
[dir="rtl"] .reveal-viewport.reveal-scroll .deck-live-slide { box-shadow: inset -5px 0 0 #b3261e; }
html.deck-offline .deck-live-bar::after { content: attr(data-offline); align-self: center; padding: 4px 10px; border-radius: 12px; background: #fff3; color: inherit; font-size: 14px; }
`;

/** Adds the rules once, through a constructed sheet (no <style> element the page's policy would need to list). */
export function addLiveStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
