/** Rendering: Deck → the HTML of the slides and the page attributes, serialized from hast. */
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { stringsFor } from '../vocab/interface-strings.ts';
import { auditTree, unsafeSlidesError } from './audit.ts';
import type { Deck, Slide } from '../types.ts';
import { layouts } from './layouts.ts';
import { renderNotes } from './notes.ts';
import { brandLogo } from './brand.ts';
import { featuresOf, type Feature } from './features.ts';
import { typesetMath } from './math.ts';

export interface RenderedDeck {
  /** `<div class="reveal">…</div>`: every slide with its notes. */
  body: string;
  /** The page title, escaped for use inside `<title>`. */
  title: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme: Deck['theme'];
  slideCount: number;
  /** Stylesheets the slides need beyond the theme (src/render/features.ts). */
  features: Feature[];
}

export function renderDeck(deck: Deck): RenderedDeck {
  const strings = stringsFor(deck.lang);
  // The reading view's notes button (src/runtime/notes-toggle.ts) takes its words from here.
  const labels = { 'data-read-notes': strings.readNotes, 'data-hide-notes': strings.hideNotes };
  const tree = h('div.reveal', { 'data-theme': deck.theme, ...labels }, [h('div.slides', deck.slides.map((slide) => renderSlide(slide, deck)))]);
  const formulas = typesetMath(tree, deck.inlineMath);
  const problems = auditTree(tree);
  if (problems.length) throw unsafeSlidesError(problems);
  return {
    body: toHtml(tree),
    title: toHtml({ type: 'text', value: deck.title }),
    lang: escapeAttribute(deck.lang),
    dir: deck.dir,
    theme: deck.theme,
    slideCount: deck.slides.length,
    features: featuresOf(deck, formulas),
  };
}

const TRANSPARENT = 'rgba(0,0,0,0)';
/** Slides that show a brand's logo large (src/render/brand.ts); the others have it in a corner. */
const BIG_LOGO = new Set<Slide['kind']>(['title', 'closing']);

export function renderSlide(slide: Slide, deck: Deck): Element {
  return h(
    `section.slide.slide--${slide.kind}`,
    {
      dataTiming: String(slide.timing),
      // The theme paints the page behind every slide. Named, reveal.js reads no computed style per
      // slide to choose a contrast class when it starts (one style recalculation a slide, on a phone).
      dataBackgroundColor: TRANSPARENT,
      dataKind: slide.kind,
      dataLine: slide.source?.line !== undefined ? String(slide.source.line) : undefined,
    },
    [...layouts[slide.kind](slide, deck), ...(BIG_LOGO.has(slide.kind) ? [] : brandLogo(deck, 'corner')), renderNotes(slide.notes, slide.pointSources)],
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/[^A-Za-z0-9-]/g, '');
}
