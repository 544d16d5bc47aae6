/**
 * The slides of a section's technical blocks — code, tables, quotes and display math — in the
 * order the article has them, after the section's points. Formulas KaTeX cannot read are warnings.
 */
import { createRequire } from 'node:module';
import type { Block, Diagnostic, Outline } from '../types.ts';
import { codeSlides } from './code-slides.ts';
import type { PlannedSlide } from './image-slides.ts';
import { formulaWarnings, mathSlide } from './math-slides.ts';
import { quoteSlide } from './quote-slides.ts';
import { tableSlides } from './table-slides.ts';

export interface TechnicalPlanner {
  slides(blocks: Block[], heading: string, kicker?: string): PlannedSlide[];
  readonly warnings: Diagnostic[];
}

export function technicalPlanner(outline: Pick<Outline, 'file' | 'lang' | 'inlineMath'>, options: { lineNumbers: boolean; continued: string }): TechnicalPlanner {
  const warnings: Diagnostic[] = [];
  const { file, lang } = outline;
  return {
    warnings,
    slides(blocks, heading, kicker) {
      warnings.push(...formulaWarnings(formulasIn(blocks, outline.inlineMath ?? []), file, texProblem));
      return blocks.flatMap((block, i): PlannedSlide[] => {
        const before = blocks[i - 1];
        const intro = before?.kind === 'paragraph' ? before : undefined;
        switch (block.kind) {
          case 'code':
            return codeSlides(block, { file, heading, kicker, continued: options.continued, lineNumbers: options.lineNumbers, intro });
          case 'table':
            return tableSlides(block, { file, heading, kicker, continued: options.continued, before, lang });
          case 'quote':
            return [quoteSlide(block, { file, heading, kicker })].filter((s) => s !== undefined);
          case 'math':
            return [mathSlide(block, { file, heading, kicker, intro })].filter((s) => s !== undefined);
          default:
            return [];
        }
      });
    },
  };
}

/**
 * The blocks a section's points are chosen from: a quote that gets a slide of its own is said there,
 * so its sentences are not points too — unless the section has nothing else to say.
 */
export function withoutQuoteSlides(blocks: Block[]): Block[] {
  const rest = blocks.filter((block) => block.kind !== 'quote' || !quoteSlide(block, { file: '', heading: '' }));
  return rest.some((block) => block.kind === 'paragraph' || block.kind === 'list') ? rest : blocks;
}

/** Display formulas and the inline ones (`\(TeX\)` in a block's text), each with its block's line. */
function formulasIn(blocks: Block[], inline: string[]): { tex: string; line?: number }[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'math') return [{ tex: block.text, line: block.line }];
    if (block.kind !== 'paragraph' && block.kind !== 'list' && block.kind !== 'quote') return [];
    const text = block.kind === 'list' ? block.items.join(' ') : block.text;
    return inline.filter((tex) => text.includes(`\\(${tex}\\)`)).map((tex) => ({ tex, line: block.line }));
  });
}

/** KaTeX's complaint about `tex`, or undefined when it reads. KaTeX loads only for an article with formulas. */
function texProblem(tex: string): string | undefined {
  const katex = createRequire(import.meta.url)('katex') as { renderToString(tex: string, options: object): string };
  try {
    katex.renderToString(tex, { throwOnError: true, displayMode: true });
    return undefined;
  } catch (error) {
    return String((error as Error).message ?? error).replace(/^KaTeX parse error:\s*/, '').split('\n')[0];
  }
}
