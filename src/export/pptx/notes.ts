/**
 * Speaker notes as PowerPoint paragraphs: every block of the slide's notes, verbatim, each run
 * tagged with the deck's language (right to left where the deck is), lists with their bullets or
 * numbers, a quote with its attribution, a table row by row, code and TeX in a monospace font,
 * and the article's links as real links (web and mailto
 * addresses; any other address is kept as text beside its words). pptxgenjs writes notes as one
 * plain run, so src/export/pptx/package.ts puts these paragraphs in its place.
 */
import type { Block, Link } from '../../types.ts';
import { xmlText } from './xml.ts';

export interface NotesXml {
  /** `<a:p>` elements for the notes placeholder's text body. */
  paragraphs: string;
  /** Link targets; the n-th is referred to as `rId` + LINK_ID_BASE + n. */
  links: string[];
}

export const LINK_ID_BASE = 1000;
const SAFE_LINK = /^(https?:|mailto:)/i;

interface Style {
  lang: string;
  rtl: boolean;
  mono: string;
}

export function notesXml(blocks: Block[], lang: string, rtl: boolean, mono: string): NotesXml {
  const links: string[] = [];
  const style: Style = { lang, rtl, mono };
  const paragraphs = blocks.flatMap((block) => blockParagraphs(block, style, links)).join('');
  return { paragraphs: paragraphs || paragraph('', style), links };
}

function blockParagraphs(block: Block, style: Style, links: string[]): string[] {
  switch (block.kind) {
    case 'paragraph':
      return [paragraph(run(block.text, style) + linkRuns(block.links, style, links), style)];
    case 'list': {
      const items = block.items.map((item) => paragraph(run(item, style), style, block.ordered ? 'number' : 'bullet'));
      const trailing = linkRuns(block.links, style, links);
      return trailing ? [...items, paragraph(trailing, style)] : items;
    }
    case 'quote':
      return [
        paragraph(run(block.text, style, { italic: true }), style, 'quote'),
        ...(block.attribution ? [paragraph(run(`— ${block.attribution}`, style), style, 'quote')] : []),
      ];
    case 'table':
      // Read aloud as the HTML notes read it: one row a line, "Header: value; Header: value".
      return block.text.split('\n').map((row) => paragraph(run(row, style), style, 'bullet'));
    case 'math':
      return [paragraph(run(block.text, style, { font: style.mono }), { ...style, rtl: false })];
    case 'code':
      return block.text.split('\n').map((line) => paragraph(run(line, style, { font: style.mono }), { ...style, rtl: false }));
    case 'figure':
      return [paragraph(run(`[${block.alt || 'image'}]`, style), style)];
    default: {
      // A block kind added after this module: its text, whatever it is called, still reaches the notes.
      const other = block as { text?: unknown; items?: unknown };
      const text = typeof other.text === 'string' ? other.text : Array.isArray(other.items) ? other.items.join('\n') : '';
      return text ? [paragraph(run(text, style), style)] : [];
    }
  }
}

function paragraph(runs: string, style: Style, kind?: 'bullet' | 'number' | 'quote'): string {
  const dir = style.rtl ? ' rtl="1" algn="r"' : '';
  const marker =
    kind === 'bullet' ? ' marL="228600" indent="-228600"><a:buChar char="•"/></a:pPr>'
    : kind === 'number' ? ' marL="342900" indent="-342900"><a:buAutoNum type="arabicPeriod"/></a:pPr>'
    : kind === 'quote' ? ' marL="228600" indent="0"/>'
    : ' marL="0" indent="0"/>';
  return `<a:p><a:pPr${dir}${marker}${runs}<a:endParaRPr lang="${style.lang}" dirty="0"/></a:p>`;
}

function run(text: string, style: Style, look: { italic?: boolean; font?: string } = {}): string {
  const italic = look.italic ? ' i="1"' : '';
  const face = look.font ? `<a:latin typeface="${xmlText(look.font)}"/>` : '';
  const props = face ? `<a:rPr lang="${style.lang}"${italic} dirty="0">${face}</a:rPr>` : `<a:rPr lang="${style.lang}"${italic} dirty="0"/>`;
  return `<a:r>${props}<a:t>${xmlText(text)}</a:t></a:r>`;
}

/** The article's links after the text they came with, as the HTML notes show them: " words, words". */
function linkRuns(list: Link[] | undefined, style: Style, links: string[]): string {
  if (!list?.length) return '';
  return list
    .map((link, i) => {
      const lead = run(i ? ', ' : ' ', style);
      if (!SAFE_LINK.test(link.url)) return lead + run(`${link.text} (${link.url})`, style);
      links.push(link.url);
      const id = `rId${LINK_ID_BASE + links.length - 1}`;
      return `${lead}<a:r><a:rPr lang="${style.lang}" dirty="0"><a:hlinkClick r:id="${id}"/></a:rPr><a:t>${xmlText(link.text || link.url)}</a:t></a:r>`;
    })
    .join('');
}
