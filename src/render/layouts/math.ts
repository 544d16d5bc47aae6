/** A display-math slide: the formula large under the heading, typeset with the rest of the deck (src/render/math.ts). */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';
import { frame, heading, kicker } from './parts.ts';

export function mathLayout(slide: Slide): ElementContent[] {
  return [frame('math', [...kicker(slide), heading(slide.title), h('div.math-display.math-slide', slide.math?.tex ?? '')])];
}
