/** Pieces every layout shares: the frame that lays a slide out, its kicker, heading and points. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';

/**
 * The slide's box. reveal.js sets `display` on each `<section>` itself (to show and hide it), so
 * the layout lives one level down; `frame--center` centres it vertically (title, closing).
 */
export function frame(kind: string, children: ElementContent[], center = false): Element {
  return h(`div.frame.frame--${kind}${center ? '.frame--center' : ''}`, children);
}

export const kicker = (slide: Slide): ElementContent[] => (slide.kicker ? [h('p.kicker', slide.kicker)] : []);

/** The slide's heading: fitted by the browser when too long (src/runtime/fit.ts). */
export const heading = (text: string, tag: 'h1' | 'h2' = 'h2', className = 'heading'): Element => h(`${tag}.${className}`, text);

export function points(slide: Slide, tag: 'ul' | 'ol' = 'ul', className = 'points'): ElementContent[] {
  if (!slide.points.length) return [];
  return [h(`${tag}.${className}`, slide.points.map((point) => h(slide.fragments ? 'li.fragment' : 'li', point)))];
}
