/**
 * Blocks of technical articles: tables kept as tables (header, rows, alignment, caption), display
 * math, and quotes with their attribution ("— Name" as the quote's last line, or as the line right
 * after it, where a page's <figcaption> or <footer> puts it).
 */
import type { Blockquote, Nodes, Nodes as MdastNodes, Table } from 'mdast';
import type { Block, TableAlign } from '../types.ts';

type TableBlock = Extract<Block, { kind: 'table' }>;
type QuoteBlock = Extract<Block, { kind: 'quote' }>;

/** A dash opening an attribution line: em dash, en dash, horizontal bar, a doubled hyphen, a tilde. */
const ATTRIBUTION = /^(?:[\u2014\u2013\u2015]|--|~)\s*(\S.*)$/u;
/** An attribution names someone (and maybe where they said it): a short line, not a sentence of prose. */
const MAX_ATTRIBUTION_WORDS = 12;

export function tableBlock(node: Table, textOf: (node: Nodes) => string, line?: number): TableBlock {
  const [head, ...body] = node.children.map((row) => row.children.map((cell) => textOf(cell)));
  const header = head ?? [];
  const rows = body.filter((row) => row.some((cell) => cell !== ''));
  const align = header.map((_, i): TableAlign => node.align?.[i] ?? undefined);
  const caption = (node.data as { caption?: string } | undefined)?.caption?.trim() || undefined;
  return { kind: 'table', text: tableText(header, rows), header, rows, align, ...(caption && { caption }), ...(line !== undefined && { line }) };
}

/** A table as a speaker reads it: each row "Header: value; Header: value", one row a line. */
export function tableText(header: string[], rows: string[][]): string {
  return rows.map((row) => row.map((cell, i) => (header[i] ? `${header[i]}: ${cell}` : cell)).filter((c) => c.trim()).join('; ')).join('\n');
}

/** A blockquote; a last paragraph that reads as an attribution becomes the quote's `attribution`. */
export function quoteBlock(node: Blockquote, textOf: (node: Nodes) => string, line?: number): QuoteBlock {
  const last = node.children[node.children.length - 1];
  const attribution = node.children.length > 1 && last?.type === 'paragraph' ? attributionOf(textOf(last)) : undefined;
  const kept = attribution ? node.children.slice(0, -1) : node.children;
  const text = kept.map((child) => textOf(child)).filter(Boolean).join(' ');
  return { kind: 'quote', text, ...(attribution && { attribution }), ...(line !== undefined && { line }) };
}

/** "— Grace Hopper, 1987" → "Grace Hopper, 1987"; anything else → undefined. */
export function attributionOf(text: string): string | undefined {
  const match = ATTRIBUTION.exec(text.trim());
  const name = match?.[1]?.trim();
  return name && name.split(/\s+/).length <= MAX_ATTRIBUTION_WORDS ? name : undefined;
}

/** Pandoc's table caption: a paragraph "Table: Caption" (or ": Caption") right before or after the table. */
const CAPTION = /^(?:Table)?:\s+(\S.*)$/su;

/** A table caption line as `Table: …`, the form joinCaptions reads back. */
export const captionLine = (caption: string) => `Table: ${caption}`;

/**
 * Lines that belong to the block beside them: an attribution line after a quote (a page's
 * <figcaption>) joins the quote; a Pandoc caption line before or after a table becomes its caption.
 */
export function joinAttributions(list: Block[]): Block[] {
  const blocks = [...list];
  const out: Block[] = [];
  blocks.forEach((block, i) => {
    const previous = out[out.length - 1];
    const next = blocks[i + 1];
    if (block.kind === 'paragraph') {
      const attribution = previous?.kind === 'quote' && !previous.attribution ? attributionOf(block.text) : undefined;
      if (attribution && previous?.kind === 'quote') return void (out[out.length - 1] = { ...previous, attribution });
      const caption = CAPTION.exec(block.text.trim())?.[1];
      if (caption && previous?.kind === 'table' && !previous.caption) return void (out[out.length - 1] = { ...previous, caption });
      if (caption && next?.kind === 'table' && !next.caption) return void (blocks[i + 1] = { ...next, caption });
    }
    out.push(block);
  });
  return out;
}

interface InlineMathNode {
  type: 'inlineMath';
  value: string;
}

/**
 * The article's inline formulas, which stand in the outline's text as `\(TeX\)`, as mdast
 * `inlineMath` nodes again, so that the outline written as Markdown (to-markdown.ts) has them as
 * `$TeX$`; `inlineMathToMarkdown` writes them.
 */
export function restoreInlineMath(tree: MdastNodes, known: readonly string[]): void {
  if (!known.length) return;
  const set = new Set(known);
  const visit = (node: MdastNodes) => {
    if (!('children' in node)) return;
    const children = node.children as MdastNodes[];
    (node as { children: unknown[] }).children = children.flatMap((child): unknown[] => {
      if (child.type !== 'text') {
        visit(child);
        return [child];
      }
      const parts: ({ type: 'text'; value: string } | InlineMathNode)[] = [];
      let at = 0;
      for (const match of child.value.matchAll(/\\\((.+?)\\\)/gs)) {
        if (!set.has(match[1]!)) continue;
        if (match.index > at) parts.push({ type: 'text', value: child.value.slice(at, match.index) });
        parts.push({ type: 'inlineMath', value: match[1]! });
        at = match.index + match[0].length;
      }
      if (!parts.length) return [child];
      if (at < child.value.length) parts.push({ type: 'text', value: child.value.slice(at) });
      return parts;
    });
  };
  visit(tree);
}

/** mdast-util-to-markdown's handler for `inlineMath`: `$TeX$`. */
export const inlineMathToMarkdown = { inlineMath: (node: InlineMathNode) => `$${node.value}$` };
