/**
 * The questions inside reveal.js's speaker view (the window S opens): a "Questions" block above
 * the notes, with the count of open questions. The window is this page's own (same origin); like
 * src/runtime/speaker-marks.ts, it is found when it says it connected, and its styles come as a
 * constructed sheet in its own realm.
 */
import type { Question } from './protocol.ts';
import { QuestionList } from './questions-list.ts';

const CSS = `
.speaker-controls-questions { padding: 10px 16px; }
.speaker-controls-questions ol { list-style: none; margin: 6px 0 0; padding: 0; max-height: 30vh; overflow: auto; }
.speaker-controls-questions li { display: flex; gap: 10px; align-items: start; padding: 6px 0; border-bottom: 1px solid #ddd; font-size: 1.05em; line-height: 1.35; }
.speaker-controls-questions li .text { flex: 1; white-space: pre-wrap; overflow-wrap: anywhere; }
.speaker-controls-questions li .meta { display: block; color: #777; font-size: .75em; }
.speaker-controls-questions li.answered { opacity: .5; }
.speaker-controls-questions button { font: inherit; font-size: .8em; padding: 2px 8px; }
.speaker-controls-questions .count { display: inline-block; min-width: 1.4em; margin-inline-start: .4em; padding: 0 .4em; border-radius: 1em; background: #b3261e; color: #fff; text-align: center; }
.speaker-controls-questions .count[data-open="0"] { background: #999; }
`;

/** Keeps every speaker view this page opens showing the questions; returns the lists to update. */
export function questionsInSpeakerView(onAnswer: (id: number) => void, current: () => Question[]): Set<QuestionList> {
  const lists = new Set<QuestionList>();
  const seen = new WeakSet<Document>();
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string' || !event.data.includes('"connected"')) return;
    let view: Document | undefined;
    try {
      const message = JSON.parse(event.data) as { namespace?: unknown; type?: unknown };
      if (message.namespace !== 'reveal-notes' || message.type !== 'connected') return;
      view = (event.source as Window | null)?.document;
    } catch {
      return;
    }
    const realm = view?.defaultView as (Window & typeof globalThis) | null | undefined;
    const controls = view?.getElementById('speaker-controls');
    if (!view || !realm || !controls || seen.has(view)) return;
    seen.add(view);
    const sheet = new realm.CSSStyleSheet();
    sheet.replaceSync(CSS);
    view.adoptedStyleSheets = [...view.adoptedStyleSheets, sheet];
    const block = view.createElement('div');
    block.className = 'speaker-controls-questions';
    const label = view.createElement('h4');
    label.className = 'label';
    label.textContent = 'Questions';
    const count = view.createElement('span');
    count.className = 'count';
    label.append(count);
    block.append(label);
    controls.insertBefore(block, view.querySelector('.speaker-controls-notes'));
    const list = new QuestionList(view, block, count, onAnswer);
    list.set(current());
    lists.add(list);
    realm.addEventListener('pagehide', () => lists.delete(list));
  });
  return lists;
}
