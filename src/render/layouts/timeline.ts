/** Dated events in order: a line across the slide, or rows down it when there are many. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';
import { frame, heading, kicker } from './parts.ts';

/** More events than this go in rows instead of columns. */
export const TIMELINE_COLUMNS_UP_TO = 3;

export function timelineLayout(slide: Slide): ElementContent[] {
  const events = slide.events ?? [];
  const rows = events.length > TIMELINE_COLUMNS_UP_TO;
  return [
    frame('timeline', [
      ...kicker(slide),
      heading(slide.title),
      h(
        `ol.timeline${rows ? '.timeline--rows' : ''}`,
        events.map((event) => h('li', [h('span.timeline-date', event.date), h('span.timeline-caption', event.caption)])),
      ),
    ]),
  ];
}
