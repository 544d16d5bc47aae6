/**
 * Never overflow: a slide whose content is taller or wider than its frame is shrunk until it fits —
 * first the heading down to the type scale's minimum, then the body down to its minimum, then each
 * further, down to a floor. `deck check` reports a slide that needed more than the type scale allows.
 */
import type Reveal from 'reveal.js';
import { wantsReading } from './mobile.ts';

type Deck = InstanceType<typeof Reveal>;

/**
 * [CSS variable, smallest scale] in order: a long heading to 46/52 px, the body to 28/30 px, then
 * each further. A heading of one or two lines is left alone: shrinking it would gain little.
 */
const STAGES: [string, number][] = [
  ['--fit-h', 46 / 52],
  ['--fit-b', 28 / 30],
  ['--fit-h', 0.45],
  ['--fit-b', 0.55],
];
const SHORT_HEADING_LINES = 2;
const STEPS = 7;

const overflows = (frame: HTMLElement) => frame.scrollHeight > frame.clientHeight + 1 || frame.scrollWidth > frame.clientWidth + 1;

/** Fits one slide; idempotent. Slides reveal.js keeps hidden are shown for the measurement only. */
export function fitSlide(section: HTMLElement): void {
  const frame = section.querySelector<HTMLElement>(':scope > .frame');
  if (!frame) return;
  const display = section.style.display;
  if (getComputedStyle(section).display === 'none') section.style.display = 'block';
  try {
    for (const [name] of STAGES) frame.style.removeProperty(name);
    if (!overflows(frame)) return;
    const heading = frame.querySelector<HTMLElement>(':scope > :is(h1, h2)');
    const long = heading && heading.offsetHeight > (SHORT_HEADING_LINES + 0.5) * parseFloat(getComputedStyle(heading).lineHeight);
    for (const [name, floor] of STAGES) {
      if (name === '--fit-h' && !long) continue;
      const start = Number(frame.style.getPropertyValue(name) || 1);
      frame.style.setProperty(name, String(floor));
      if (overflows(frame)) continue;
      // The largest scale between the floor and the start at which the slide fits.
      let [low, high] = [floor, start];
      for (let i = 0; i < STEPS; i++) {
        const mid = (low + high) / 2;
        frame.style.setProperty(name, String(mid));
        if (overflows(frame)) high = mid;
        else low = mid;
      }
      frame.style.setProperty(name, String(low));
      return;
    }
  } finally {
    section.style.display = display;
  }
}

export function fitAll(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('.reveal .slides section').forEach(fitSlide);
}

/**
 * Fits every slide when the deck is ready or printed, the current one on each change, and all again
 * when the slides are replaced. Phones reading the deck as an article (src/runtime/mobile.ts)
 * reflow every slide at their own width, so nothing is fitted until they turn to the slide view.
 */
export function installFit(deck: Deck): void {
  // `<html data-fitted>` tells tools that measure the deck (deck check, tests) that every slide is fitted.
  const done = () => (document.documentElement.dataset.fitted = 'true');
  const all = () => {
    if (wantsReading()) return void done();
    // (Asking for document.fonts.ready costs a style recalculation: not while reading.)
    void document.fonts.ready.then(() => {
      fitAll();
      done();
    });
  };
  // At once, the slide on screen (assets/first-paint.css shows the first before reveal.js starts);
  // the others once the deck is ready, so that measuring them does not hold the start back.
  const first = document.querySelector<HTMLElement>('.reveal .slides > section');
  if (first && !wantsReading()) fitSlide(first);
  deck.on('ready', all);
  deck.on('pdf-ready', () => fitAll());
  deck.on('slidechanged', () => {
    const current = deck.getCurrentSlide();
    if (current && !wantsReading()) fitSlide(current);
  });
  // The slides are replaced when the dev server pushes new ones, and when a phone turns between
  // reading and presenting (reveal.js rebuilds them as it leaves or enters the scroll view).
  const slides = document.querySelector('.reveal .slides');
  if (slides) new MutationObserver(all).observe(slides, { childList: true });
}
