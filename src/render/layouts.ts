/**
 * One small component per slide layout: Slide → the hast children of its `<section>`.
 * Text goes into hast as text nodes, so the serializer escapes it; nothing here builds HTML strings.
 * The planner (src/plan/) chooses each slide's kind from the content; this only draws it.
 */
import type { ElementContent } from 'hast';
import type { Deck, Slide } from '../types.ts';
import { faqLayout } from './layouts/faq.ts';
import { figureLayout } from './layouts/figure.ts';
import { agendaLayout, conclusionLayout, sectionLayout } from './layouts/lists.ts';
import { statLayout } from './layouts/stat.ts';
import { timelineLayout } from './layouts/timeline.ts';
import { closingLayout, titleLayout } from './layouts/title.ts';
import { codeLayout } from './layouts/code.ts';
import { mathLayout } from './layouts/math.ts';
import { quoteLayout } from './layouts/quote.ts';
import { tableLayout } from './layouts/table.ts';

type Layout = (slide: Slide, deck: Deck) => ElementContent[];

export const layouts: Record<Slide['kind'], Layout> = {
  title: titleLayout,
  agenda: agendaLayout,
  section: sectionLayout,
  stat: statLayout,
  timeline: timelineLayout,
  figure: figureLayout,
  faq: faqLayout,
  conclusion: conclusionLayout,
  closing: closingLayout,
  code: codeLayout,
  table: tableLayout,
  quote: quoteLayout,
  math: mathLayout,
};
