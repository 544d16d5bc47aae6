/**
 * Speaker notes: the article's blocks, verbatim, as hast inside `<aside class="notes">`. The
 * sentence each slide point was taken from is wrapped, where it stands, in
 * `<mark class="point-source" data-point="N">` (N the point's number; "1 2" when two points share
 * it), so the speaker sees where each point comes from. Only wrapped: the text stays the same.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Block, Sentence } from '../types.ts';

/** A source sentence to mark and the numbers of the points taken from it. */
interface Source {
  text: string;
  points: number[];
  marked: boolean;
}

export function renderNotes(blocks: Block[], pointSources: (Sentence | undefined)[] = []): Element {
  const sources = sourcesOf(pointSources);
  return h(
    'aside.notes',
    blocks.map((block) => renderBlock(block, (text) => markSources(text, sources))),
  );
}

/** One entry per distinct sentence, in point order. */
function sourcesOf(pointSources: (Sentence | undefined)[]): Source[] {
  const sources: Source[] = [];
  pointSources.forEach((sentence, i) => {
    const text = sentence?.text.trim();
    if (!text) return;
    const known = sources.find((s) => s.text === text);
    if (known) known.points.push(i + 1);
    else sources.push({ text, points: [i + 1], marked: false });
  });
  return sources;
}

/**
 * `text` as text nodes and marks: each source sentence not yet marked is wrapped where it first
 * occurs (a sentence is marked once, in the first block that holds it).
 */
function markSources(text: string, sources: Source[]): (ElementContent | string)[] {
  if (!sources.length) return [text];
  const found: { start: number; end: number; source: Source }[] = [];
  for (const source of sources) {
    if (source.marked) continue;
    const start = text.indexOf(source.text);
    const end = start + source.text.length;
    if (start < 0 || found.some((f) => start < f.end && f.start < end)) continue;
    found.push({ start, end, source });
    source.marked = true;
  }
  found.sort((a, b) => a.start - b.start);
  const out: (ElementContent | string)[] = [];
  let at = 0;
  for (const { start, end, source } of found) {
    if (start > at) out.push(text.slice(at, start));
    out.push(h('mark.point-source', { dataPoint: source.points.join(' ') }, text.slice(start, end)));
    at = end;
  }
  if (at < text.length || !out.length) out.push(text.slice(at));
  return out;
}

function renderBlock(block: Block, prose: (text: string) => (ElementContent | string)[]): ElementContent {
  switch (block.kind) {
    case 'paragraph':
      return h('p', [...prose(block.text), ...linkList(block.links)]);
    case 'list':
      return h(block.ordered ? 'ol' : 'ul', [...block.items.map((item) => h('li', prose(item))), ...linkList(block.links)]);
    case 'quote':
      return h('blockquote', [h('p', prose(block.text)), ...(block.attribution ? [h('p.attribution', `— ${block.attribution}`)] : [])]);
    case 'code':
      return h('pre', h('code', block.text));
    case 'figure':
      return h('p', `[${block.alt || 'image'}]`);
    case 'table':
      // Read aloud: each row as "Header: value; Header: value".
      return h('ul.table-rows', block.text.split('\n').map((row) => h('li', prose(row))));
    case 'math':
      // Typeset with the slides (src/render/math.ts).
      return h('div.math-display', block.text);
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
