/**
 * Speaker view previews (`?receiver` frames) keep the reveal.js calls that reach them before the
 * deck is ready, and make them once it is (src/runtime/receiver.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepEarlyCalls } from '../../src/runtime/receiver.ts';

type Listener = () => void;

/** The few reveal.js methods involved, recording the calls made on it. */
function fakeDeck() {
  const calls: [string, ...unknown[]][] = [];
  const listeners: Record<string, Listener[]> = {};
  let ready = false;
  return {
    calls,
    start: () => (ready = true),
    becomeReady: () => listeners.ready?.forEach((l) => l()),
    deck: {
      isReady: () => ready,
      on: (event: string, listener: Listener) => (listeners[event] ??= []).push(listener),
      setState: (...args: unknown[]) => calls.push(['setState', ...args]),
      next: () => calls.push(['next']),
    },
  };
}

describe('speaker view previews', () => {
  const parent = {};
  let win: EventTarget & { parent: object };
  const post = (data: unknown, source: object = parent) => {
    const event = new Event('message');
    Object.defineProperties(event, { data: { value: data }, source: { value: source } });
    win.dispatchEvent(event);
  };
  const setState = JSON.stringify({ method: 'setState', args: [{ indexh: 6, indexv: 0 }] });
  const next = JSON.stringify({ method: 'next' });

  beforeEach(() => {
    win = Object.assign(new EventTarget(), { parent });
    vi.stubGlobal('window', win);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('make the calls that came before the deck was ready, in order, once it is', () => {
    const f = fakeDeck();
    keepEarlyCalls(f.deck as never, '?receiver');
    post(setState);
    post(next);
    expect(f.calls).toEqual([]);
    f.start();
    f.becomeReady();
    expect(f.calls).toEqual([['setState', { indexh: 6, indexv: 0 }], ['next']]);
  });

  it('drop them when reveal.js has handled a newer call itself', () => {
    const f = fakeDeck();
    keepEarlyCalls(f.deck as never, '?receiver');
    post(setState);
    f.start();
    post(next); // reveal.js's own listener takes this one
    f.becomeReady();
    expect(f.calls).toEqual([]);
  });

  it('take only calls from the speaker view, only the navigation ones, only in preview frames', () => {
    const f = fakeDeck();
    keepEarlyCalls(f.deck as never, '?receiver');
    post(setState, {}); // another window
    post(JSON.stringify({ method: 'addKeyBinding', args: [] }));
    post('not json');
    post({ method: 'next' }); // not the speaker view's JSON text
    f.start();
    f.becomeReady();
    expect(f.calls).toEqual([]);

    const page = fakeDeck();
    keepEarlyCalls(page.deck as never, '');
    post(setState);
    page.start();
    page.becomeReady();
    expect(page.calls).toEqual([]);
  });

  const UPCOMING = '?receiver&progress=false&history=false&scrollActivationWidth=false&controls=false';
  const CURRENT = '?receiver&progress=false&history=false&scrollActivationWidth=false&postMessageEvents=true';

  it('move the upcoming preview on by itself when no call reached it before it was ready (they were lost)', () => {
    const upcoming = fakeDeck();
    keepEarlyCalls(upcoming.deck as never, UPCOMING);
    upcoming.start();
    upcoming.becomeReady();
    expect(upcoming.calls).toEqual([['next']]);

    const current = fakeDeck();
    keepEarlyCalls(current.deck as never, CURRENT);
    current.start();
    current.becomeReady();
    expect(current.calls).toEqual([]);
  });

  it('leave the upcoming preview to the calls that did reach it', () => {
    const f = fakeDeck();
    keepEarlyCalls(f.deck as never, UPCOMING);
    post(setState);
    post(next);
    f.start();
    f.becomeReady();
    expect(f.calls).toEqual([['setState', { indexh: 6, indexv: 0 }], ['next']]);
  });
});
