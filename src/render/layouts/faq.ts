/** A question with its answer, which appears on the next click. */
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
