/**
 * Blocks of technical articles: tables kept as tables (header, rows, alignment, caption), display
 * math, and quotes with their attribution ("— Name" as the quote's last line, or as the line right
 * after it, where a page's <figcaption> or <footer> puts it).
 */
import type { Blockquote, Nodes, Table } from 'mdast';
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

/** A quote followed by an attribution line (a page's <figcaption>): the line joins the quote. */
export function joinAttributions(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    const attribution = block.kind === 'paragraph' && previous?.kind === 'quote' && !previous.attribution ? attributionOf(block.text) : undefined;
    if (attribution && previous?.kind === 'quote') out[out.length - 1] = { ...previous, attribution };
    else out.push(block);
  }
  return out;
}
