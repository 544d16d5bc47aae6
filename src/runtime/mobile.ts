/**
 * Phones and tablets. Portrait phones (or any window under 600 px wide with a mouse) read the deck
 * as an article: reveal.js's scroll view, reflowed by assets/mobile.css, with a "Read the notes"
 * button under each slide. Landscape phones and tablets present: the slide view, with swipes.
 * Turning the phone switches views on the same slide; the URL follows the reader in both.
 */
import type Reveal from 'reveal.js';
import type { RevealConfig } from 'reveal.js';
import '../../assets/mobile.css';
import { installNotesToggles } from './notes-toggle.ts';
import { measurePages, type ScrollController } from './scroll-pages.ts';

type Deck = InstanceType<typeof Reveal>;

/** Keep in step with the media query in assets/mobile.css. */
export const READING_QUERY =
  'screen and (orientation: portrait) and (pointer: coarse), screen and (max-width: 599px) and (not (pointer: coarse))';

/** What reveal.js 6 hands its plugins (its internal API) but does not declare in its types. */
interface RevealInternals {
  scroll: ScrollController;
  location: { writeURL(): void };
  isScrollView(): boolean;
  toggleScrollView(on: boolean): void;
}

const READING: Partial<RevealConfig> = {
  view: 'scroll',
  // Every point shows at once when reading, and the URL names slides, not steps.
  fragments: false,
  fragmentInURL: false,
  // Pages are often taller than the screen: snapping to their tops would pull the reader back.
  scrollSnap: false,
  // The browser's own scrollbar, as on any article. reveal.js's progress bar would hide it and, in
  // this reflowed layout, draw nothing in its place; building it also cost a tenth of the phone's start.
  scrollProgress: false,
  // reveal.js's layout sizes and scales 1280 × 720 slides, which assets/mobile.css overrides here:
  // off, it skips a pass over the whole article while it starts (a tenth to a fifth of a phone's start).
  disableLayout: true,
};
const PRESENTING: Partial<RevealConfig> = { view: null, fragments: true, fragmentInURL: true, disableLayout: false };

/** The speaker view's slide previews (`?receiver`) and printing (`?print-pdf`) always present. */
export function presentsOnly(search: string = location.search): boolean {
  return /[?&](receiver|print-pdf)\b/i.test(search);
}

let readingQuery: MediaQueryList | undefined;

export function wantsReading(): boolean {
  readingQuery ??= matchMedia(READING_QUERY);
  return !presentsOnly() && readingQuery.matches;
}

/** reveal.js options for this device; its own width-based switch is off, this module decides. */
export function mobileConfig(): Partial<RevealConfig> {
  return { scrollActivationWidth: 0, ...(wantsReading() ? READING : {}) };
}

/** Call after `new Reveal(...)` and before `initialize()`: a plugin, so it starts before the first layout. */
export function installMobile(deck: Deck): void {
  if (presentsOnly()) return;
  // Pages are laid out only near the screen while reveal.js starts (assets/mobile.css), unless the
  // URL names a slide to scroll to: that needs every page above it at its real height.
  const deepLink = wantsReading() && /^#\/./.test(location.hash);
  if (deepLink) document.documentElement.classList.add('deck-deep-link');
  // Before the script ran, the page already scrolled as an article: keep the reader's place. Read
  // before reveal.js changes the page, while its layout is clean (later, reading it forces a layout).
  const earlyScroll = window.scrollY;
  const plugin = {
    id: 'deck-mobile',
    init: (internals: RevealInternals) => {
      setUp(deck, internals, { deepLink, earlyScroll });
    },
  };
  deck.registerPlugin(plugin as never);
}

function setUp(deck: Deck, api: RevealInternals, { deepLink, earlyScroll }: { deepLink: boolean; earlyScroll: number }): void {
  let ready = false;
  deck.on('ready', () => (ready = true));
  // While reveal.js starts, the pages off screen are not laid out (assets/mobile.css): measuring
  // them waits for the relayout below, unless a deep link needs them now.
  measurePages(api.scroll, () => ready || deepLink);
  const slides = deck.getSlidesElement() as HTMLElement;
  // Opening notes changes the pages' heights; the observer below lays the pages out again.
  const notes = installNotesToggles(deck.getRevealElement() as HTMLElement);

  // reveal.js writes the URL on navigation but not while scrolling. Not before it is ready: it
  // shows the first slide before it reads a deep link from the URL.
  deck.on('slidechanged', () => ready && api.isScrollView() && api.location.writeURL());

  // Pages change height when notes open, images load or text rewraps, and once when the deck is
  // ready and every page gets laid out (assets/mobile.css): the slide ranges follow. The observer
  // reports heights after the browser's own layout; reading offsetHeight would force one.
  deck.on('ready', () => {
    let height: number | undefined;
    new ResizeObserver((entries) => {
      const now = entries.at(-1)?.borderBoxSize[0]?.blockSize;
      if (now === undefined || now === height) return;
      height = now;
      if (api.isScrollView()) deck.layout();
    }).observe(slides);
  });

  deck.on('ready', () => {
    if (api.isScrollView() && earlyScroll > 0 && !location.hash) deck.getViewportElement()!.scrollTop = earlyScroll;
  });

  const query = matchMedia(READING_QUERY);
  query.addEventListener('change', () => {
    if (!deck.isReady() || query.matches === api.isScrollView()) return;
    const { h, v } = deck.getIndices();
    if (query.matches) {
      // reveal.js takes the slide view's scaling off in a layout of its own: one, before reading turns layout off.
      deck.configure({ ...READING, disableLayout: false });
      api.toggleScrollView(true);
      deck.configure({ disableLayout: true });
    } else {
      api.toggleScrollView(false);
      deck.configure(PRESENTING);
    }
    notes.sync();
    deck.layout();
    deck.slide(h, v);
  });
}
