/** Speaker notes: the article's blocks, verbatim, as hast inside `<aside class="notes">`. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Block } from '../types.ts';

export function renderNotes(blocks: Block[]): Element {
  return h('aside.notes', blocks.map(renderBlock));
}

function renderBlock(block: Block): ElementContent {
  switch (block.kind) {
    case 'paragraph':
      return h('p', [block.text, ...linkList(block.links)]);
    case 'list':
      return h(block.ordered ? 'ol' : 'ul', [...block.items.map((item) => h('li', item)), ...linkList(block.links)]);
    case 'quote':
      return h('blockquote', h('p', block.text));
    case 'code':
      return h('pre', h('code', block.text));
    case 'figure':
      return h('p', `[${block.alt || 'image'}]`);
  }
}

/** Links the article made are kept in the notes, as links only when they are web addresses. */
function linkList(links: { text: string; url: string }[] | undefined): ElementContent[] {
  if (!links?.length) return [];
  return [
    { type: 'text', value: ' ' },
    h(
      'span.links',
      links.flatMap((link, i) => {
        const safe = /^(https?:|mailto:)/i.test(link.url);
        return [i ? ', ' : '', safe ? h('a', { href: link.url, rel: 'noopener noreferrer', target: '_blank' }, link.text || link.url) : `${link.text} (${link.url})`];
      }),
    ),
  ];
}
