/**
 * An audience page follows the speaker. In the slide view (desktop, landscape) it moves slide by
 * slide and step by step; in the phone's reading view the live slide is marked and scrolled into
 * view. A reader who moves away on purpose (a scroll, swipe, key or click that lands on another
 * slide) is left there, with a "Back to live" button; coming back to the live slide, by the button
 * or by hand, follows again.
 */
import type Reveal from 'reveal.js';
import type { Position } from './protocol.ts';

type Deck = InstanceType<typeof Reveal>;
/** reveal.js 6 has it; its types do not declare it. */
const isScrollView = (deck: Deck) => (deck as Deck & { isScrollView(): boolean }).isScrollView();

/** A slide change this soon after the reader's own gesture is the reader's doing. */
const GESTURE_MS = 1500;
const GESTURES = ['wheel', 'touchstart', 'touchmove', 'keydown', 'pointerdown'] as const;

export interface Follower {
  /** The room's position, from the hub. */
  live(position: Position): void;
}

export function follow(deck: Deck, backButton: HTMLButtonElement): Follower {
  let live: Position | undefined;
  let away = false;
  let lastGesture = -Infinity;
  let marked: Element | undefined;
  const reading = () => isScrollView(deck);
  const onLiveSlide = () => {
    const { h, v } = deck.getIndices();
    return live !== undefined && live.h === h && live.v === v;
  };
  /** Reading shows every step of a slide at once; presenting, the reader is live only on the live step. */
  const onLive = () => onLiveSlide() && (reading() || (deck.getIndices().f ?? -1) === live!.f);
  const show = () => (backButton.hidden = !away);

  for (const type of GESTURES) {
    window.addEventListener(type, (event) => {
      if (!backButton.contains(event.target as Node)) lastGesture = performance.now();
    }, { capture: true, passive: true });
  }
  const moved = () => {
    if (!live) return;
    if (onLive()) away = false;
    else if (performance.now() - lastGesture < GESTURE_MS) away = true;
    show();
  };
  for (const event of ['slidechanged', 'fragmentshown', 'fragmenthidden']) deck.on(event, moved);

  const goLive = () => {
    if (!live) return;
    // Reading, every step of a slide shows at once: only a new slide scrolls.
    if (!reading()) deck.slide(live.h, live.v, live.f);
    else if (!onLiveSlide()) deck.slide(live.h, live.v);
  };
  backButton.addEventListener('click', () => {
    away = false;
    show();
    goLive();
  });

  return {
    live(position) {
      live = position;
      marked?.classList.remove('deck-live-slide');
      marked = slideAt(deck, position);
      marked?.classList.add('deck-live-slide');
      if (!away) goLive();
      else if (onLive()) away = false;
      show();
    },
  };
}

/** The slide at h, v. In the scroll view slides sit inside scroll pages, where reveal's getSlide() does not look. */
function slideAt(deck: Deck, { h, v }: Position): Element | undefined {
  return deck.getSlides().find((slide) => {
    const at = deck.getIndices(slide);
    return at.h === h && (at.v ?? 0) === v;
  });
}
