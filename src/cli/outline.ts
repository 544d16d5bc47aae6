/** `deck outline`: the outline as JSON (for tools) or as an indented list (for people), with what was dropped and why. */
import { textOfBlock } from '../outline/blocks.ts';
import type { Block, Dropped, Outline } from '../types.ts';

const text = (blocks: Block[]) => blocks.map((b) => textOfBlock(b, '\n')).join('\n\n');

export function outlineJson(outline: Outline) {
  const section = (s: Outline['sections'][number]): unknown => ({
    heading: s.heading,
    line: s.line,
    body: text(s.blocks),
    ...(s.subsections.length ? { subsections: s.subsections.map(section) } : {}),
  });
  return {
    title: outline.title,
    lang: outline.lang,
    dir: outline.dir,
    format: outline.format,
    meta: outline.meta,
    intro: text(outline.intro),
    sections: outline.sections.map(section),
    faq: outline.faq.map((f) => ({ question: f.question, answer: text(f.answer), line: f.line })),
    conclusion: outline.conclusion ? { heading: outline.conclusion.heading, body: text(outline.conclusion.blocks), line: outline.conclusion.line } : null,
    dropped: outline.dropped,
  };
}

export function printOutline(outline: Outline, json: boolean, out: (line: string) => void): void {
  if (json) {
    out(JSON.stringify(outlineJson(outline), null, 2));
    return;
  }
  out(`${outline.title}  [${outline.format}, ${outline.lang}]`);
  const walk = (sections: Outline['sections'], depth: number) => {
    for (const s of sections) {
      out(`${'  '.repeat(depth)}- ${s.heading}${s.line ? `  (line ${s.line})` : ''}`);
      walk(s.subsections, depth + 1);
    }
  };
  walk(outline.sections, 0);
  if (outline.conclusion) out(`- ${outline.conclusion.heading ?? 'Conclusion'}  (line ${outline.conclusion.line ?? '?'})`);
  for (const f of outline.faq) out(`- FAQ: ${f.question}`);
  if (outline.dropped.length) {
    out('');
    out(`Dropped, not in the deck (${outline.dropped.length}); deck outline --markdown writes each as a comment you can uncomment:`);
    for (const line of droppedLines(outline.dropped)) out(line);
  }
}

const SHOWN = 90;

/** One line per dropped block, in the article's order: where it was, why it went, its start. */
export function droppedLines(dropped: Dropped[]): string[] {
  const sorted = [...dropped].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  const width = Math.max(...sorted.map((d) => String(d.line ?? '').length));
  return sorted.map((d) => {
    const where = d.line ? `line ${String(d.line).padStart(width)}` : `${' '.repeat(width + 5)}`;
    const chars = [...d.text.replace(/\s+/g, ' ').trim()];
    const shown = chars.length > SHOWN ? `${chars.slice(0, SHOWN - 1).join('').trimEnd()}…` : chars.join('');
    return `  ${where}  ${d.reason}: ${shown || '(empty)'}`;
  });
}
