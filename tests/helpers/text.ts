/** Text a reader of an outline or a built deck would see, for tests that look for words in it. */
import type { Block, Outline, Section } from '../../src/types.ts';

const blockText = (b: Block) => (b.kind === 'list' ? b.items.join(' ') : b.kind === 'figure' ? b.alt : b.text);

/** Every text an outline keeps: title, introduction, sections with their subsections, FAQ, conclusion. */
export function outlineText(outline: Outline): string {
  const section = (s: Section): string[] => [s.heading, ...s.blocks.map(blockText), ...s.subsections.flatMap(section)];
  return [
    outline.title,
    ...outline.intro.map(blockText),
    ...outline.sections.flatMap(section),
    ...outline.faq.flatMap((f) => [f.question, ...f.answer.map(blockText)]),
    ...(outline.conclusion?.blocks.map(blockText) ?? []),
  ].join('\n');
}

/** Rendered deck HTML as the text on it: tags gone, the serializer's character references decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x3C;/g, '<')
    .replace(/&#x26;/g, '&')
    .replace(/&#x27;/g, "'")
    .replace(/&#x22;/g, '"')
    .replace(/&#x3E;/g, '>')
    .replace(/\s+/g, ' ');
}
