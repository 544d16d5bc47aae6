/** The opening and closing slides: the talk's title, its lead and byline; "Questions?" and the source. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import { stringsFor } from '../../vocab/interface-strings.ts';
import type { Deck, Slide } from '../../types.ts';
import { brandLogo } from '../brand.ts';
import { frame, heading } from './parts.ts';

export function titleLayout(slide: Slide, deck: Deck): ElementContent[] {
  return [
    frame('title', [
      ...brandLogo(deck, 'title'),
      h('div.title-rule', { ariaHidden: 'true' }),
      heading(slide.title, 'h1', 'title'),
      ...(slide.subtitle ? [h('p.lead', slide.subtitle)] : []),
      ...(slide.byline ? [h('p.byline', slide.byline)] : []),
    ], true),
  ];
}

export function closingLayout(slide: Slide, deck: Deck): ElementContent[] {
  return [
    frame('closing', [
      ...brandLogo(deck, 'title'),
      h('div.title-rule', { ariaHidden: 'true' }),
      heading(slide.title, 'h2', 'closing'),
      h('p.closing-title', slide.subtitle ?? deck.title),
      h('p.closing-source', `${stringsFor(deck.lang).source}: ${deck.sourceName}`),
    ], true),
  ];
}
