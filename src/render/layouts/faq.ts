/** A question with its answer, which appears on the next click; and a figure with its caption. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';
import { frame, heading, kicker } from './parts.ts';

export function faqLayout(slide: Slide): ElementContent[] {
  return [
    frame('faq', [
      ...kicker(slide),
      heading(slide.title, 'h2', 'heading.question'),
      ...(slide.reveal ? [h('p.answer.fragment', slide.reveal)] : []),
    ]),
  ];
}

export function figureLayout(slide: Slide): ElementContent[] {
  const alt = slide.figure?.alt ?? '';
  return [
    frame('figure', [
      ...kicker(slide),
      heading(slide.title),
      h('figure', [h('img', { src: slide.figure?.src ?? '', alt }), ...(alt ? [h('figcaption', alt)] : [])]),
    ]),
  ];
}
