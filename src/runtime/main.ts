/**
 * Browser entry: starts reveal.js on the slides the build rendered into the page.
 * The speaker view, search and zoom are loaded the first time they are used.
 */
import Reveal from 'reveal.js';
import 'reveal.js/reveal.css';
import '../../assets/theme.css';
import '../../assets/first-paint.css';
import { afterFirstPaint } from './first-paint.ts';
import { installFit } from './fit.ts';
import { installLazyPlugins } from './plugins.ts';
import { keepEarlyCalls } from './receiver.ts';
import { installLiveUpdate } from './live.ts';
import { installPrint, printConfig } from './print.ts';
import { installMobile, mobileConfig } from './mobile.ts';

const root = document.querySelector<HTMLElement>('.reveal');
if (root) {
  const deck = new Reveal(root, {
    hash: true,
    // assets/first-paint.css lays the first slide out with these three before this script runs.
    width: 1280,
    height: 720,
    margin: 0.04,
    center: false,
    progress: true,
    slideNumber: 'c/t',
    // Turns on the speaker view's pacing timer; every slide overrides it with its own data-timing.
    // (reveal's types declare it null-only, but the speaker view reads a number.)
    ...({ defaultTiming: 60 } as object),
    showSlideNumber: 'all',
    transition: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'none' : 'fade',
    backgroundTransition: 'none',
    controls: true,
    controlsLayout: 'bottom-right',
    // Hebrew, Arabic…: the build sets dir="rtl"; reveal.js then mirrors navigation and progress.
    rtl: document.documentElement.dir === 'rtl',
    plugins: [],
    ...mobileConfig(),
    ...printConfig(),
  });
  installPrint(deck);
  installMobile(deck);
  installFit(deck);
  installLazyPlugins(deck);
  keepEarlyCalls(deck);
  afterFirstPaint(() => {
    void deck.initialize().then(() => {
      installLiveUpdate(deck);
    });
    // reveal.js lays the deck out again when the window's load event comes, for images that were
    // still loading. Without images nothing changes size then, and that pass, often landing while
    // reveal.js starts, would only hold the start back. (reveal.js's own destroy() does the same.)
    if (!root.querySelector('img')) window.removeEventListener('load', deck.layout);
  });
  (window as unknown as { deck: typeof deck }).deck = deck;
}
