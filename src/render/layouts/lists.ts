/** Slides that are a heading over a list: the agenda, a section's points, the conclusion's takeaways. */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Deck, Slide } from '../../types.ts';
import { frame, heading, kicker, points } from './parts.ts';

/** More items than this and the agenda flows into two columns. */
export const AGENDA_COLUMNS_AFTER = 6;

export function agendaLayout(slide: Slide, deck: Deck): ElementContent[] {
  const columns = slide.points.length > AGENDA_COLUMNS_AFTER;
  // An agenda continued on a second slide numbers on from the first.
  const before = deck.slides.slice(0, Math.max(0, deck.slides.indexOf(slide))).filter((s) => s.kind === 'agenda');
  const start = before.reduce((n, s) => n + s.points.length, 1);
  return [
    frame('agenda', [
      ...kicker(slide),
      heading(slide.title),
      h(`ol.agenda${columns ? '.agenda--columns' : ''}`, { start: start > 1 ? start : undefined }, slide.points.map((item) => h('li', item))),
    ]),
  ];
}

export function sectionLayout(slide: Slide): ElementContent[] {
  return [frame('section', [...kicker(slide), heading(slide.title), ...points(slide)])];
}

export function conclusionLayout(slide: Slide): ElementContent[] {
  return [frame('conclusion', [...kicker(slide), heading(slide.title), ...points(slide, 'ol', 'points.takeaways')])];
}
