/**
 * Splits a long Markdown article into pieces that parse alone to the same tree.
 *
 * remark's parser gets slower than linear on very long documents (2,000 sections: 4 s and
 * 360 MB for one parse). Cutting before an ATX heading that follows a blank line changes
 * nothing in CommonMark: such a heading always ends the block before it. The exceptions are
 * constructs that reach across the cut, so an article using them is parsed whole: fenced code
 * (tracked), link reference and footnote definitions, and HTML blocks that end only at a
 * closing tag (comments, <pre>, <script>, <style>, <textarea>, processing instructions).
 */
const REACHES_ACROSS = /^ {0,3}(?:\[[^\]]+\]:|\[\^|<(?:!|\?|pre\b|script\b|style\b|textarea\b))/im;
const HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export const CHUNK_THRESHOLD = 100_000;
const CHUNK_SIZE = 40_000;

export interface Chunk {
  text: string;
  /** Lines and characters before this chunk in the whole article. */
  lineOffset: number;
  offset: number;
}

export function splitMarkdown(text: string): Chunk[] {
  if (text.length < CHUNK_THRESHOLD || REACHES_ACROSS.test(text)) return [{ text, lineOffset: 0, offset: 0 }];
  const lines = text.split('\n');
  const chunks: Chunk[] = [];
  let fence: string | undefined;
  let start = 0; // line index where the current chunk starts
  let startOffset = 0;
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = FENCE.exec(line)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? undefined : marker;
    } else if (!fence && i > start && HEADING.test(line) && lines[i - 1]!.trim() === '' && offset - startOffset >= CHUNK_SIZE) {
      chunks.push({ text: lines.slice(start, i).join('\n'), lineOffset: start, offset: startOffset });
      start = i;
      startOffset = offset;
    }
    offset += line.length + 1;
  }
  chunks.push({ text: lines.slice(start).join('\n'), lineOffset: start, offset: startOffset });
  return chunks;
}
