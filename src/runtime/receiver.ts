/**
 * The speaker view's slide previews are this page in frames (`?receiver`), driven by reveal.js API
 * calls the speaker view posts to them (`setState`, then `next` for the upcoming slide). reveal.js
 * listens for those only once it has started, and the speaker view sends them once: a frame that
 * starts late would keep showing the wrong slide until the presenter moves on. Calls that arrive
 * before the deck is ready are kept here and made when it is.
 *
 * Calls posted before the frame's page has even loaded reach the blank page it replaces and are
 * lost. The upcoming-slide preview (the frame without controls) opens at the current slide and
 * waits for a `next`: when no call has reached it by the time it is ready, it moves on by itself.
 * Any later call sets the state outright, so moving early never leaves it on the wrong slide.
 */
import type Reveal from 'reveal.js';

type Deck = InstanceType<typeof Reveal>;

/** What the speaker view calls on its previews; nothing else is taken from a message. */
const METHODS = new Set(['setState', 'next']);

export function keepEarlyCalls(deck: Deck, search: string = location.search): void {
  if (!/[?&]receiver\b/i.test(search)) return;
  const upcoming = /[?&]controls=false\b/i.test(search);
  const early: { method: string; args: unknown[] }[] = [];
  // reveal.js handles calls itself from the moment it starts, a little before it is ready: a call
  // it handled is newer than the kept ones, which then must not be made after it.
  let superseded = false;
  const keep = (event: MessageEvent) => {
    if (event.source !== window.parent || typeof event.data !== 'string') return;
    if (deck.isReady()) return void (superseded = true);
    let call: { method?: unknown; args?: unknown };
    try {
      call = JSON.parse(event.data) as typeof call;
    } catch {
      return;
    }
    if (typeof call.method === 'string' && METHODS.has(call.method)) early.push({ method: call.method, args: Array.isArray(call.args) ? call.args : [] });
  };
  window.addEventListener('message', keep);
  deck.on('ready', () => {
    window.removeEventListener('message', keep);
    const api = deck as unknown as Record<string, (...args: unknown[]) => unknown>;
    if (superseded) return;
    for (const { method, args } of early) api[method]!(...args);
    if (!early.length && upcoming) deck.next();
  });
}
