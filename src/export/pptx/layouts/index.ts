/**
 * One function per slide kind draws it on a canvas; a kind without one of its own (one added to
 * the planner later, or math, whose TeX is shown as text) falls back to its title and points or
 * text (layouts/fallback.ts), and keeps its notes like every slide.
 */
import type { Deck, Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import type { LoadedImage } from '../images.ts';
import { codeLayout } from './code.ts';
import { fallbackLayout } from './fallback.ts';
import { faqLayout } from './faq.ts';
import { figureLayout } from './figure.ts';
import { agendaLayout, conclusionLayout, sectionLayout } from './lists.ts';
import { quoteLayout } from './quote.ts';
import { statLayout } from './stat.ts';
import { tableLayout } from './table.ts';
import { timelineLayout } from './timeline.ts';
import { closingLayout, titleLayout } from './title.ts';

export interface LayoutContext {
  deck: Deck;
  /** The figure slide's picture, when it could be loaded. */
  image?: LoadedImage;
}

export type PptxLayout = (canvas: Canvas, slide: Slide, context: LayoutContext) => void;

export const PPTX_LAYOUTS: Readonly<Record<string, PptxLayout>> = {
  title: (canvas, slide) => titleLayout(canvas, slide),
  agenda: (canvas, slide, { deck }) => agendaLayout(canvas, slide, deck),
  section: (canvas, slide) => sectionLayout(canvas, slide),
  stat: (canvas, slide) => statLayout(canvas, slide),
  timeline: (canvas, slide) => timelineLayout(canvas, slide),
  figure: (canvas, slide, { image }) => figureLayout(canvas, slide, image),
  faq: (canvas, slide) => faqLayout(canvas, slide),
  conclusion: (canvas, slide) => conclusionLayout(canvas, slide),
  closing: (canvas, slide, { deck }) => closingLayout(canvas, slide, deck),
  code: (canvas, slide) => codeLayout(canvas, slide),
  table: (canvas, slide) => tableLayout(canvas, slide),
  quote: (canvas, slide) => quoteLayout(canvas, slide),
};

export function layoutFor(kind: string): PptxLayout {
  return PPTX_LAYOUTS[kind] ?? ((canvas, slide) => fallbackLayout(canvas, slide));
}
