/**
 * A code slide: the section's heading over the code, coloured at build time (src/render/highlight.ts)
 * or plain when its language is unknown, with its language named in the corner and, on request, its
 * line numbers (drawn by CSS counters from the part's first line, so copying the code copies no numbers).
 */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide } from '../../types.ts';
import { highlightLines } from '../highlight.ts';
import { frame, heading, kicker } from './parts.ts';

export function codeLayout(slide: Slide): ElementContent[] {
  const code = slide.code;
  if (!code) return [frame('code', [...kicker(slide), heading(slide.title)])];
  const lines = highlightLines(code.text, code.lang) ?? plainLines(code.text);
  const numbered = code.lineNumbers;
  return [
    frame('code', [
      ...kicker(slide),
      heading(slide.title),
      h('div.code-block', [
        ...(code.lang ? [h('span.code-lang', { ariaHidden: 'true' }, code.lang)] : []),
        h(
          `pre.code${numbered ? '.code--numbered' : ''}`,
          { dataLang: code.lang, style: numbered && code.firstLine > 1 ? `counter-reset: line ${code.firstLine - 1}` : undefined, tabIndex: 0 },
          [h('code', lines)],
        ),
      ]),
    ]),
  ];
}

/** Uncoloured code, one `span.line` a line like Shiki's, so line numbers work the same. */
function plainLines(text: string): ElementContent[] {
  return text.split('\n').flatMap((line, i) => [...(i ? [{ type: 'text' as const, value: '\n' }] : []), h('span.line', line)]);
}
