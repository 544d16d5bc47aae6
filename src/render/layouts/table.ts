/** A table slide: the title over a real table, header row, numbers right-aligned, zebra rows (assets/table.css). */
import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Slide, TableAlign } from '../../types.ts';
import { frame, heading, kicker } from './parts.ts';

export function tableLayout(slide: Slide): ElementContent[] {
  const table = slide.table;
  if (!table) return [frame('table', [...kicker(slide), heading(slide.title)])];
  const cell = (tag: 'th' | 'td', text: string, align: TableAlign) => h(`${tag}${align ? `.align-${align}` : ''}`, tag === 'th' ? { scope: 'col' } : {}, text);
  return [
    frame('table', [
      ...kicker(slide),
      heading(slide.title),
      h('div.table-block', { tabIndex: 0 }, [
        h('table.data', [
          h('thead', h('tr', table.header.map((text, i) => cell('th', text, table.align[i])))),
          h('tbody', table.rows.map((row) => h('tr', table.header.map((_, i) => cell('td', row[i] ?? '', table.align[i]))))),
        ]),
      ]),
    ]),
  ];
}
