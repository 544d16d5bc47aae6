/**
 * Every prose block split into sentences once, in the article's language, each sentence with the
 * line it starts on: paragraphs, quotes and each list item. The planner's points, stat slides and
 * timeline all read these (src/plan/sentences.ts `sentencesOf`) instead of splitting again.
 */
import type { Block, Conclusion, FaqItem, Section, Sentence } from '../types.ts';
import { sentenceSpans } from './split-sentences.ts';
import { joinAttributions } from './technical-blocks.ts';
import { lineAt, linesOf } from './text-lines.ts';

/** The sentences of one text of `block`: each on its own line where the reader kept lines, else on the block's. */
function sentencesOfText(block: Block, index: number, text: string, list: boolean, lang: string): Sentence[] {
  const lines = linesOf(block, index, text);
  return sentenceSpans(text, lang).map((span) => {
    const at = lines ? lineAt(lines, span.start) : block.line;
    return { text: span.text, ...(at !== undefined && { line: at }), ...(list && { list }) };
  });
}

/** `block` with its sentences; code and figures have none. */
export function withSentences(block: Block, lang: string): Block {
  switch (block.kind) {
    case 'paragraph':
    case 'quote':
      return { ...block, sentences: sentencesOfText(block, 0, block.text, false, lang) };
    case 'list':
      return { ...block, sentences: block.items.flatMap((item, i) => sentencesOfText(block, i, item, true, lang)) };
    default:
      return block;
  }
}

interface Parts {
  intro: Block[];
  sections: Section[];
  faq: FaqItem[];
  conclusion?: Conclusion;
}

/** The outline's parts with every block's sentences. */
export function splitOutlineSentences(parts: Parts, lang: string): Parts {
  const blocks = (list: Block[]) => joinAttributions(list).map((block) => withSentences(block, lang));
  const section = (s: Section): Section => ({ ...s, blocks: blocks(s.blocks), subsections: s.subsections.map(section) });
  return {
    intro: blocks(parts.intro),
    sections: parts.sections.map(section),
    faq: parts.faq.map((item) => ({ ...item, answer: blocks(item.answer) })),
    conclusion: parts.conclusion && { ...parts.conclusion, blocks: blocks(parts.conclusion.blocks) },
  };
}
