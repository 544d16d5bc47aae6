/** A quote slide: the quote large, its attribution under it when the article gives one. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';
import { frame, heading, kicker } from './parts.ts';

export function quoteLayout(slide: Slide): ElementContent[] {
  const quote = slide.quote;
  const long = (quote?.text.length ?? 0) > 180;
  return [
    frame('quote', [
      ...kicker(slide),
      heading(slide.title),
      ...(quote
        ? [
            h(`figure.quote${long ? '.quote--long' : ''}`, [
              h('blockquote', h('p', quote.text)),
              ...(quote.attribution ? [h('figcaption', `— ${quote.attribution}`)] : []),
            ]),
          ]
        : []),
    ]),
  ];
}
