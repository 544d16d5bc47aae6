/** An image from the article, with its alt text as the caption. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';
import { frame, heading, kicker } from './parts.ts';

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
