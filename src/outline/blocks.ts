/** mdast block nodes → the outline's Blocks: plain text only, so nothing from the article is markup. */
import type { List, ListItem, Nodes, RootContent } from 'mdast';
import type { Block, Link } from '../types.ts';
import { quoteBlock, tableBlock } from './technical-blocks.ts';
import { BLOCK_PARENTS, keepLines } from './text-lines.ts';

/**
 * Plain text of a node, with raw HTML kept as literal text and whitespace collapsed. Hard line
 * breaks and block boundaries become spaces, so words and sentences never run together.
 */
export function textOf(node: Nodes): string {
  return plain(node).replace(/\s+/g, ' ').trim();
}

function plain(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  // A formula stands in the text as `\(TeX\)` (src/render/math.ts typesets it).
  if ((node as { type: string }).type === 'inlineMath') return `\\(${(node as { value: string }).value}\\)`;
  if ('value' in node) return node.value;
  if (!('children' in node)) return '';
  return node.children.map((child) => plain(child as Nodes)).join(BLOCK_PARENTS.has(node.type) ? ' ' : '');
}

/** A block as plain text: a list's items joined by `itemSeparator`, a figure as its alt text. */
export function textOfBlock(block: Block, itemSeparator = ' '): string {
  return block.kind === 'list' ? block.items.join(itemSeparator) : block.kind === 'figure' ? block.alt : block.text;
}

export function lineOf(node: { position?: { start: { line: number } } }): number | undefined {
  return node.position?.start.line;
}

/** The blocks of a node, each prose block with the lines its text came from (src/outline/text-lines.ts). */
export function toBlocks(node: RootContent): Block[] {
  const blocks = blocksOf(node);
  for (const block of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'quote') keepLines(block, [node]);
    else if (block.kind === 'list' && node.type === 'list') keepLines(block, node.children);
  }
  return blocks;
}

function blocksOf(node: RootContent): Block[] {
  const line = lineOf(node);
  switch (node.type) {
    case 'paragraph': {
      const images = collect(node, 'image');
      const text = textOf(node);
      const blocks: Block[] = [];
      const onlyImages = images.length > 0 && node.children.every((c) => c.type === 'image' || (c.type === 'text' && !c.value.trim()));
      if (!onlyImages && text) blocks.push(withLinks({ kind: 'paragraph', text, line }, node));
      for (const image of images) blocks.push({ kind: 'figure', src: image.url, alt: image.alt ?? '', line });
      return blocks;
    }
    case 'heading':
      return [{ kind: 'paragraph', text: textOf(node), line }];
    case 'list':
      return [withLinks({ kind: 'list', ordered: Boolean(node.ordered), items: listItems(node), line }, node)];
    case 'blockquote':
      return [quoteBlock(node, textOf, line)];
    case 'code':
      // GitHub's ```math fence is display math.
      if (node.lang === 'math') return [{ kind: 'math', text: node.value, line }];
      return [{ kind: 'code', text: node.value, lang: node.lang ?? undefined, line }];
    case 'html': {
      const text = node.value.trim();
      return text ? [{ kind: 'paragraph', text, line }] : [];
    }
    case 'table':
      return [tableBlock(node, textOf, line)];
    case 'thematicBreak':
    case 'definition':
    case 'yaml':
      return [];
    default: {
      if ((node as { type: string }).type === 'math') return [{ kind: 'math', text: (node as { value: string }).value, line }];
      const text = textOf(node as Nodes);
      return text ? [{ kind: 'paragraph', text, line }] : [];
    }
  }
}

/** Items of a list, each item's nested content flattened into its text. */
export function listItems(list: List): string[] {
  return list.children.map((item: ListItem) => textOf(item)).filter(Boolean);
}

function withLinks<T extends Block>(block: T, node: Nodes): T {
  const links: Link[] = collect(node, 'link').map((link) => ({ text: textOf(link), url: link.url }));
  return links.length ? { ...block, links } : block;
}

function collect<T extends 'image' | 'link'>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  const visit = (n: Nodes) => {
    if (n.type === type) found.push(n as Extract<Nodes, { type: T }>);
    if ('children' in n) for (const child of n.children) visit(child as Nodes);
  };
  visit(node);
  return found;
}
