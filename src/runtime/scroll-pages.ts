/**
 * Which slide the reader is on, in a scroll view whose pages are as tall as their text.
 *
 * reveal.js 6 assumes every scroll page is one screen high: it splits the scroll range evenly
 * between slides (`setTriggerRanges`) and jumps to a slide at its share of that range
 * (`scrollToSlide`). Reflowed pages differ in height, so both are replaced here by versions that
 * measure the pages. The controller is reveal's own (`deck.scroll`); nothing else of it changes.
 */

type Range = [number, number];

interface Page {
  pageElement?: HTMLElement;
  scrollTriggers: { range?: Range }[];
}

/** The part of reveal.js's scroll view controller (`deck.scroll`, untyped) used here. */
export interface ScrollController {
  slideTriggers: { page: Page; range?: Range }[];
  isActive(): boolean;
  setTriggerRanges(): void;
  scrollToSlide(slide: HTMLElement): void;
  readonly viewportElement: HTMLElement;
}

/** A page counts as current from at least this many pixels above its top, so landing on it by rounding never misses. */
export const SLACK = 4;

/**
 * A page shorter than the reading line stays current until its top is this far above the screen:
 * its heading sits under the page's top padding (28 px in assets/mobile.css), so a reader who
 * scrolled the heading to the top of the screen is still on that page, however short it is.
 */
export const HOLD = 40;

/** The reader is on the page under this fraction of the screen's height, from its top. */
export const READING_LINE = 0.3;

/**
 * Scroll ranges, as fractions of the scrollable height, for pages starting at `tops` (pixels from
 * the top of the scrolled content): page k becomes current when its top rises to `lead` pixels
 * below the top of the screen, or sooner if the page above is shorter than that, so a page
 * scrolled to the top of the screen (up to `HOLD` pixels past its top) is always the current one.
 * The ranges tile [0, 1]: the first starts at 0 and the last ends at 1.
 */
export function pageRanges(tops: number[], maxScroll: number, lead = SLACK): Range[] {
  if (maxScroll <= 0) return tops.map((_, i) => (i === 0 ? [0, 1] : [1, 1]));
  const starts = tops.map((top, i) => {
    if (i === 0) return 0;
    const above = top - tops[i - 1]!;
    return clamp((top - Math.max(SLACK, Math.min(lead, above - HOLD))) / maxScroll);
  });
  // Pages never start before the one above them, even if a page above is empty.
  for (let i = 1; i < starts.length; i++) starts[i] = Math.max(starts[i]!, starts[i - 1]!);
  return starts.map((start, i) => [start, i === starts.length - 1 ? 1 : starts[i + 1]!]);
}

/** Splits a page's range evenly between its triggers (reveal's fragment steps; all shown when reading). */
export function splitRange([from, to]: Range, parts: number): Range[] {
  const step = (to - from) / parts;
  return Array.from({ length: parts }, (_, i) => [from + i * step, i === parts - 1 ? to : from + (i + 1) * step]);
}

/**
 * `measured()` says whether the pages are laid out as the reader will see them; until then reveal's
 * even split stands in, which spares a forced layout (src/runtime/mobile.ts measures once ready).
 */
export function measurePages(scroll: ScrollController, measured: () => boolean = () => true): void {
  const originalScrollTo = scroll.scrollToSlide.bind(scroll);
  const originalRanges = scroll.setTriggerRanges.bind(scroll);

  scroll.setTriggerRanges = () => {
    if (!measured()) return originalRanges();
    const viewport = scroll.viewportElement;
    const tops = topsOf(scroll, viewport);
    const ranges = pageRanges(tops, viewport.scrollHeight - viewport.clientHeight, viewport.clientHeight * READING_LINE);
    scroll.slideTriggers.forEach((trigger, i) => {
      trigger.range = ranges[i]!;
      const parts = splitRange(trigger.range, Math.max(trigger.page.scrollTriggers.length, 1));
      trigger.page.scrollTriggers.forEach((step, j) => (step.range = parts[j]!));
    });
  };

  scroll.scrollToSlide = (slide) => {
    if (!scroll.isActive()) return originalScrollTo(slide);
    const page = slide.closest<HTMLElement>('.scroll-page');
    if (page) scroll.viewportElement.scrollTop = topOf(page, scroll.viewportElement);
  };
}

function topsOf(scroll: ScrollController, viewport: HTMLElement): number[] {
  let last = 0;
  return scroll.slideTriggers.map(({ page }) => (last = page.pageElement ? topOf(page.pageElement, viewport) : last));
}

function topOf(element: HTMLElement, viewport: HTMLElement): number {
  return element.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
}

function clamp(value: number): number {
  return Math.min(Math.max(value, 0), 1);
}
