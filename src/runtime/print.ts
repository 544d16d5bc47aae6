/**
 * Print view, used by `deck pdf`: `?print-pdf` lays the deck out one page per slide with
 * reveal.js's print view. `&fragments` prints one page per fragment step; `&handout` prints each
 * slide in small beside its speaker notes, which run over as many pages as they need (reveal's own
 * notes pages clip long notes);
 * `&size=WxH` sets the page's aspect ratio. When pages, fonts and images have settled,
 * `<html data-print-slides="N">` tells the exporter that it may print.
 */
import type Reveal from 'reveal.js';
import type { RevealConfig } from 'reveal.js';
import '../../assets/print.css';

type Deck = InstanceType<typeof Reveal>;

/** Slides are laid out this many CSS pixels high whatever the page size, so text keeps its proportions. */
export const PRINT_HEIGHT = 720;

export interface PrintRequest {
  print: boolean;
  handout: boolean;
  fragments: boolean;
  /** Width over height of a page. */
  aspect: number;
}

export function printRequest(search: string = location.search): PrintRequest {
  const params = new URLSearchParams(search);
  const [w, h] = (params.get('size') ?? '').split('x').map(Number);
  return {
    print: params.has('print-pdf'),
    handout: params.has('handout'),
    fragments: params.has('fragments'),
    aspect: w && h ? w / h : 16 / 9,
  };
}

/** Reveal options for printing; none when the page is not being printed. */
export function printConfig(request: PrintRequest = printRequest()): Partial<RevealConfig> {
  if (!request.print) return {};
  return {
    view: 'print',
    // No margin: the page is exactly the slide, so its aspect ratio is exact.
    margin: 0,
    width: Math.round(PRINT_HEIGHT * request.aspect),
    height: PRINT_HEIGHT,
    pdfSeparateFragments: request.fragments,
    // A slide that overflows is clipped to its page rather than spilling onto the next one.
    pdfMaxPagesPerSlide: 1,
    showNotes: false,
    hash: false,
    transition: 'none',
  };
}

export function installPrint(deck: Deck, request: PrintRequest = printRequest()): void {
  if (!request.print) return;
  // Numbered before reveal wraps each slide in a page: fragment pages are clones and keep the number.
  const slides = document.querySelectorAll<HTMLElement>('.reveal .slides > section');
  slides.forEach((slide, i) => (slide.dataset.printSlide = String(i)));
  deck.on('pdf-ready', () => {
    const pages = Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page'));
    for (const page of pages) page.dataset.printSlide = page.querySelector<HTMLElement>('section')?.dataset.printSlide;
    // Other pdf-ready listeners (fit.ts shrinks overflowing slides) run first; the handout shrinks settled slides.
    void settle()
      .then(() => request.handout && buildHandout(pages, slides.length, Number(deck.getConfig().width)))
      .then(settle)
      .then(() => {
        // Slides, not pages: reveal counts the copies it makes for fragment steps as slides too.
        document.documentElement.dataset.printSlides = String(slides.length);
      });
  });
}

/**
 * Handout: one sheet per slide, the slide in small beside its notes, which run over as many pages
 * as they need (assets/print.css). Fragments show their final state.
 */
function buildHandout(pages: HTMLElement[], total: number, slideWidth: number): void {
  // The slide is drawn at a fixed share of its width (assets/print.css), whatever the page size.
  document.querySelector<HTMLElement>('.reveal .slides')?.style.setProperty('--print-width', `${slideWidth}px`);
  pages.forEach((page, i) => {
    if (pages[i + 1]?.dataset.printSlide === page.dataset.printSlide) {
      page.remove();
      return;
    }
    const sheet = document.createElement('article');
    sheet.className = 'handout-sheet';
    sheet.dataset.printSlide = page.dataset.printSlide;
    const figure = document.createElement('figure');
    figure.className = 'handout-slide';
    const caption = document.createElement('figcaption');
    caption.textContent = `${Number(page.dataset.printSlide) + 1} / ${total}`;
    page.replaceWith(sheet);
    figure.append(page, caption);
    const notes = page.querySelector('aside.notes');
    sheet.append(figure, ...Array.from(notes?.childNodes ?? [], (node) => node.cloneNode(true)));
  });
}

/** Fonts loaded, images decoded, and two frames for layout: printing earlier could catch a half-laid-out page. */
async function settle(): Promise<void> {
  await document.fonts.ready;
  await Promise.all(Array.from(document.images, (img) => img.decode().catch(() => undefined)));
  await new Promise(requestAnimationFrame);
  await new Promise(requestAnimationFrame);
}
