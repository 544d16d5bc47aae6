/**
 * One small component per slide layout: Slide → the hast children of its `<section>`.
 * Text goes into hast as text nodes, so the serializer escapes it; nothing here builds HTML strings.
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Deck, Slide } from '../types.ts';

type Layout = (slide: Slide, deck: Deck) => ElementContent[];

const kicker = (slide: Slide): ElementContent[] => (slide.kicker ? [h('p.kicker', slide.kicker)] : []);

const points = (slide: Slide, tag: 'ul' | 'ol' = 'ul'): ElementContent[] =>
  slide.points.length
    ? [h(`${tag}.points`, slide.points.map((point) => h(slide.fragments ? 'li.fragment' : 'li', point)))]
    : [];

export const layouts: Record<Slide['kind'], Layout> = {
  title: (slide) => [
    h('h1.title', slide.title),
    ...(slide.subtitle ? [h('p.byline', slide.subtitle)] : []),
  ],
  agenda: (slide) => [
    h('h2', slide.title),
    h(`ol.agenda${slide.points.length > 6 ? '.agenda--columns' : ''}`, slide.points.map((p) => h('li', p))),
  ],
  section: (slide) => [...kicker(slide), h('h2', slide.title), ...points(slide)],
  stat: (slide) => [
    ...kicker(slide),
    h('h2', slide.title),
    h('p.stat-figure', slide.stat?.figure ?? ''),
    h('p.stat-caption', slide.stat?.caption ?? ''),
  ],
  timeline: (slide) => [
    h('h2', slide.title),
    h('ol.timeline', (slide.events ?? []).map((e) => h('li', [h('span.timeline-date', e.date), h('span.timeline-caption', e.caption)]))),
  ],
  figure: (slide) => [
    h('h2', slide.title),
    h('figure', [h('img', { src: slide.figure?.src ?? '', alt: slide.figure?.alt ?? '' }), h('figcaption', slide.figure?.alt ?? '')]),
  ],
  faq: (slide) => [
    ...kicker(slide),
    h('h2.question', slide.title),
    ...(slide.reveal ? [h('p.answer.fragment', slide.reveal)] : []),
  ],
  conclusion: (slide) => [h('h2', slide.title), ...points(slide)],
  closing: (slide, deck) => [
    h('h2.closing', slide.title),
    h('p.closing-title', deck.title),
    h('p.closing-source', deck.sourceName),
  ],
};
