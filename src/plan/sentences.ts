/**
 * The planner's sentences: those the outline split each block into, once, with their lines
 * (src/outline/sentences.ts). A block made without them — by a test, or by the planner itself —
 * is split here the same way, each sentence on the block's line.
 */
import { splitSentences } from '../outline/split-sentences.ts';
import type { Block, Sentence } from '../types.ts';

export { endsWithAbbreviation, splitSentences } from '../outline/split-sentences.ts';

/** The sentences of `blocks` in order, list items marked `list`; code, figures, tables and math have none. */
export function sentencesOf(blocks: Block[], lang: string): Sentence[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'code' || block.kind === 'figure' || block.kind === 'table' || block.kind === 'math') return [];
    if (block.sentences) return block.sentences;
    const list = block.kind === 'list';
    return blockText(block).flatMap((text) =>
      splitSentences(text, lang).map((s) => ({ text: s, ...(block.line !== undefined && { line: block.line }), ...(list && { list }) })),
    );
  });
}

/**
 * The plain texts of a block: a paragraph's or quote's text, each list item;
 * code and figures carry no prose and give [].
 */
export function blockText(block: Block): string[] {
  switch (block.kind) {
    case 'paragraph':
    case 'quote':
      return block.text.trim() ? [block.text] : [];
    case 'list':
      return block.items.filter((item) => item.trim() !== '');
    case 'code':
    case 'figure':
    case 'table':
    case 'math':
      return [];
  }
}
