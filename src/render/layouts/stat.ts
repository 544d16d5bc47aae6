/** A headline figure, big, with its one-line caption under the section's heading. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';
import { frame, heading, kicker } from './parts.ts';

/** Size class by length, so "$1 billion" and "12,000,000" both fit one line (CSS sets the sizes). */
export function figureSize(figure: string): 'xl' | 'l' | 'm' {
  return figure.length <= 7 ? 'xl' : figure.length <= 11 ? 'l' : 'm';
}

export function statLayout(slide: Slide): ElementContent[] {
  const figure = slide.stat?.figure ?? '';
  return [
    frame('stat', [
      ...kicker(slide),
      heading(slide.title),
      h('div.stat', [
        h('p.stat-figure', { dataSize: figureSize(figure) }, figure),
        ...(slide.stat?.caption ? [h('p.stat-caption', slide.stat.caption)] : []),
      ]),
    ]),
  ];
}
