/**
 * Outline → Markdown: the article as the outline read it, written so that building the Markdown
 * gives the same deck. It is the escape hatch for every reading heuristic: a user whose article was
 * misread edits this file (a heading, a dropped paragraph, the FAQ) and builds it instead.
 *
 * The text goes through mdast-util-to-markdown, which escapes whatever Markdown would read as
 * syntax (`*`, `_`, `<`, `[`, a `#` or `1.` at a line start…); template braces and bare addresses
 * are kept from being read as tags and links too, so every character comes back verbatim.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BlockContent, Heading, List, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Block, FaqItem, Outline, Section } from '../types.ts';
import { stringsFor } from '../vocab/interface-strings.ts';
import { A_LABEL, Q_LABEL, QUESTION, QUESTION_NUMBER } from '../vocab/qa.ts';
import { CONCLUSION_HEADINGS, CONCLUSION_OPENERS } from '../vocab/sections.ts';
import { type Placed, withDropped } from './markdown-dropped.ts';
import { captionLine, inlineMathToMarkdown, restoreInlineMath } from './technical-blocks.ts';
import { inline, phrasing } from './markdown-phrasing.ts';

export interface MarkdownOptions {
  /** Where a figure's image is, seen from the written file. Default: a local image (a `file:` URL in the outline) as a path from the article's folder. */
  imageSrc?: (src: string) => string;
}

/** A local image's `file:` URL as the path a Markdown file in `folder` gives it; other addresses as they are. */
export function imagePathFrom(folder: string, src: string): string {
  if (!src.startsWith('file:')) return src;
  const relative = path.relative(folder, fileURLToPath(src)).split(path.sep).join('/');
  // `%`, `#`, `?` and spaces would be read as part of an address, not of the file's name.
  return relative.replace(/[%#?\s]/g, encodeURIComponent);
}

/**
 * Other dialects' markup that the Markdown reader cuts out before parsing: template tags (`{{`,
 * `{%`), kramdown attribute lists (`{:`), heading ids (`{#…}`, `{.…}`, `{-}`), `${toc}` and `:::`
 * container fences. The character after the `{` (or the first `:` of a line) is escaped, so the text
 * keeps its braces and the reader sees no markup. The `{` is looked behind for, not matched, so that
 * every one of a run is escaped.
 */
const DIALECT_MARKUP: Unsafe[] = [
  ...['{', '%', ':', '#', '.', '-'].map((character) => ({ character, before: '(?<=\\{)' })),
  { character: '{', before: '(?<=\\$)' },
  { character: ':', atBreak: true, after: '(?=::)' },
  // A dollar sign of the text must not open a formula when the file is read back (remark-math).
  { character: '$', inConstruct: 'phrasing' },
];

export function outlineToMarkdown(outline: Outline, options: MarkdownOptions = {}): string {
  const imageSrc = options.imageSrc ?? ((src: string) => imagePathFrom(path.dirname(path.resolve(outline.file)), src));
  const blocks = (list: Block[]): Placed[] =>
    list.flatMap((block) => [
      { line: block.line, node: toNode(block, imageSrc) },
      // Markdown tables have no caption: Pandoc's caption line follows it (read back by src/outline/technical-blocks.ts).
      ...(block.kind === 'table' && block.caption ? [{ line: block.line, node: paragraph(captionLine(block.caption)) }] : []),
    ]);
  const heading = (depth: Heading['depth'], text: string, line?: number): Placed => ({ line, node: { type: 'heading', depth, children: phrasing(text) } });

  const section = (s: Section, depth: 2 | 3): Placed[] => [
    heading(depth, s.heading, s.line),
    ...blocks(s.blocks),
    ...s.subsections.flatMap((sub) => section(sub, 3)),
  ];
  // An FAQ the article gave no heading gets the deck's own word for it, which its slides show anyway.
  const faq = (): Placed[] =>
    outline.faq.length
      ? [heading(2, outline.faqHeading ?? stringsFor(outline.lang).faq, outline.faq[0]!.line), ...outline.faq.flatMap((item) => faqItem(item, blocks))]
      : [];
  const conclusion = (): Placed[] => {
    if (!outline.conclusion) return [];
    const { heading: text, blocks: body, line } = outline.conclusion;
    // A conclusion without a heading began at a cue paragraph ("In short, …"), which begins it again;
    // one that did not gets a heading the outline takes for a conclusion's.
    const first = body[0];
    const cued = first?.kind === 'paragraph' && CONCLUSION_OPENERS.test(first.text);
    const title = text ?? (cued ? undefined : conclusionHeading(outline.lang));
    return [...(title ? [heading(2, title, line)] : []), ...blocks(body)];
  };

  const placed = [
    heading(1, outline.title),
    ...blocks(outline.intro),
    ...inArticleOrder([
      ...outline.sections.map((s) => ({ line: s.line, nodes: section(s, 2) })),
      { line: outline.conclusion?.line, nodes: conclusion() },
      { line: outline.faq[0]?.line, nodes: faq() },
    ]),
  ];
  const tree: Root = { type: 'root', children: withDropped(placed, outline.dropped) };
  restoreInlineMath(tree, outline.inlineMath ?? []);
  const body = toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', fences: true, rule: '-', unsafe: DIALECT_MARKUP, handlers: inlineMathToMarkdown as never });
  return `${frontMatter(outline)}${body}`;
}

/**
 * Sections, conclusion and FAQ in the order the article had them, so that what followed a part
 * (furniture the outline kept) follows it again; by the deck's order when a line is unknown.
 */
function inArticleOrder(parts: { line?: number; nodes: Placed[] }[]): Placed[] {
  const placed = parts.every((part) => part.line !== undefined || !part.nodes.length);
  const ordered = placed ? [...parts].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) : parts;
  return ordered.flatMap((part) => part.nodes);
}

/** The deck's own word for a conclusion when the outline reads it as one, else the English heading. */
function conclusionHeading(lang: string): string {
  const word = stringsFor(lang).conclusion;
  return CONCLUSION_HEADINGS.test(word) ? word : 'Conclusion';
}

/** Title, author, date, language, theme and duration, as YAML that quotes whatever needs quoting. */
function frontMatter(outline: Outline): string {
  const { title, author, date, theme, duration } = outline.meta;
  const data = Object.fromEntries(
    Object.entries({ title, author, date, lang: outline.lang, theme, duration }).filter(([, value]) => value !== undefined),
  );
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n`;
}

/**
 * `### Question?` and its answer. What a question heading would read as something else — a number
 * before the question, an answer that opens with a cue to conclude, a `Q:`/`A:` label, or asks a
 * question itself — is kept as written in a list item instead, whose answer is taken whole.
 */
function faqItem(item: FaqItem, blocks: (list: Block[]) => Placed[]): Placed[] {
  const cue = (text: string) => [CONCLUSION_OPENERS, QUESTION, Q_LABEL, A_LABEL].some((pattern) => pattern.test(text));
  const misread =
    QUESTION_NUMBER.test(item.question) ||
    item.answer.some((b) => (b.kind === 'paragraph' && cue(b.text)) || (b.kind === 'list' && b.items.every((i) => QUESTION.test(i))));
  if (!misread || !QUESTION.test(item.question)) {
    return [{ line: item.line, node: { type: 'heading', depth: 3, children: phrasing(item.question) } }, ...blocks(item.answer)];
  }
  const answer = blocks(item.answer).map((placed) => placed.node as BlockContent);
  const list: List = {
    type: 'list',
    ordered: false,
    spread: true,
    children: [{ type: 'listItem', spread: true, children: [paragraph(item.question), ...answer] }],
  };
  return [{ line: item.line, node: list }];
}

function toNode(block: Block, imageSrc: (src: string) => string): RootContent {
  switch (block.kind) {
    case 'paragraph':
      return { type: 'paragraph', children: inline(block.text, block.links ?? [], { at: 0 }) };
    case 'list': {
      const cursor = { at: 0 };
      return {
        type: 'list',
        ordered: block.ordered,
        spread: false,
        children: block.items.map((item) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: inline(item, block.links ?? [], cursor) }] })),
      };
    }
    case 'quote':
      return { type: 'blockquote', children: [...(block.text ? [paragraph(block.text)] : []), ...(block.attribution ? [paragraph(`— ${block.attribution}`)] : [])] };
    case 'table':
      return tableNode(block);
    case 'math':
      // GitHub's math fence: read back as display math (src/outline/blocks.ts).
      return { type: 'code', lang: 'math', value: block.text };
    case 'code':
      return { type: 'code', lang: block.lang ?? null, value: block.text };
    case 'figure':
      return { type: 'paragraph', children: [{ type: 'image', url: imageSrc(block.src), alt: block.alt }] };
  }
}

function tableNode(block: Extract<Block, { kind: 'table' }>): RootContent {
  const row = (cells: string[]) => ({ type: 'tableRow' as const, children: cells.map((cell) => ({ type: 'tableCell' as const, children: phrasing(cell) })) });
  return { type: 'table', align: block.align.map((a) => a ?? null), children: [row(block.header), ...block.rows.map(row)] };
}

function paragraph(text: string): BlockContent {
  return { type: 'paragraph', children: phrasing(text) };
}
