/**
 * Outline: an article's mdast → title, introduction, sections (with subsections), FAQ and conclusion.
 * The same rules apply to every format; readers only decide what is a heading, a paragraph or a list.
 */
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import { DeckError } from '../errors.ts';
import { comparable } from '../read/normalize.ts';
import type { Block, Conclusion, FaqItem, Outline, Section, Source } from '../types.ts';
import { lineOf, textOf, textOfBlock, toBlocks } from './blocks.ts';
import { dropBoilerplate } from './boilerplate.ts';
import { A_LABEL, Q_LABEL, QUESTION, QUESTION_NUMBER } from '../vocab/qa.ts';
import { CONCLUSION_HEADINGS, CONCLUSION_OPENERS, FAQ_HEADINGS } from '../vocab/sections.ts';
import { detectLang, directionOf } from './lang.ts';
import { splitOutlineSentences } from './sentences.ts';
import { inlineMathOf } from './inline-math.ts';

type Mode = 'intro' | 'section' | 'faq' | 'conclusion';

export function buildOutline(source: Source): Outline {
  const { kept, dropped } = dropBoilerplate(source.tree.children.filter((n) => n.type !== 'yaml'));
  const levels = headingLevels(kept);
  const title = source.meta.title ?? (levels.titleNode ? textOf(levels.titleNode) : fallbackTitle(source.file));
  const titleKey = comparable(title);

  const intro: Block[] = [];
  const sections: Section[] = [];
  const faq: FaqItem[] = [];
  let faqHeading: string | undefined;
  let conclusion: Conclusion | undefined;
  let mode: Mode = 'intro';
  let section: Section | undefined;
  let target: Block[] = intro;

  const startConclusion = (line: number | undefined, heading?: string) => {
    conclusion ??= { heading, blocks: [], line };
    mode = 'conclusion';
    target = conclusion.blocks;
  };

  for (const node of kept) {
    if (node === levels.titleNode) continue;
    if (node.type === 'heading' && node.depth <= levels.subDepth) {
      const text = textOf(node);
      if (!text || comparable(text) === titleKey) continue;
      if (mode === 'faq' && QUESTION.test(text)) {
        // Inside an FAQ, a question heading is a question, whatever its level.
        faq.push({ question: text.replace(QUESTION_NUMBER, ''), answer: [], line: lineOf(node) });
      } else if (node.depth <= levels.sectionDepth || mode === 'intro') {
        if (FAQ_HEADINGS.test(text)) {
          mode = 'faq';
          faqHeading = text;
        } else if (CONCLUSION_HEADINGS.test(text)) {
          startConclusion(lineOf(node), text);
        } else {
          section = { heading: text, line: lineOf(node), blocks: [], subsections: [] };
          sections.push(section);
          mode = 'section';
          target = section.blocks;
        }
      } else if (mode === 'faq') {
        faq.push({ question: text, answer: [], line: lineOf(node) });
      } else if (mode === 'section' && section) {
        const sub: Section = { heading: text, line: lineOf(node), blocks: [], subsections: [] };
        section.subsections.push(sub);
        target = sub.blocks;
      } else {
        target.push(...toBlocks(node));
      }
      continue;
    }

    if (node.type === 'list' && isQuestionList(node, mode === 'faq')) {
      mode = 'faq';
      for (const item of node.children) {
        const [question, ...answer] = item.children;
        faq.push({
          question: question ? textOf(question) : '',
          answer: answer.flatMap((child) => toBlocks(child as RootContent)),
          line: lineOf(item),
        });
      }
      continue;
    }

    if (node.type === 'paragraph') {
      const text = textOf(node);
      const pair = splitQA(text);
      if (pair) {
        mode = 'faq';
        faq.push({ question: pair.question, answer: pair.answer ? [{ kind: 'paragraph', text: pair.answer, line: lineOf(node) }] : [], line: lineOf(node) });
        continue;
      }
      if (mode === 'faq') {
        const last = faq[faq.length - 1];
        if (QUESTION.test(text) && !A_LABEL.test(text)) {
          faq.push({ question: text.replace(QUESTION_NUMBER, ''), answer: [], line: lineOf(node) });
          continue;
        }
        if (CONCLUSION_OPENERS.test(text)) startConclusion(lineOf(node));
        else if (last) {
          last.answer.push({ kind: 'paragraph', text: text.replace(A_LABEL, ''), line: lineOf(node) });
          continue;
        }
      } else if ((mode as Mode) !== 'conclusion' && CONCLUSION_OPENERS.test(text)) {
        startConclusion(lineOf(node));
      }
    }
    const lastQuestion = faq[faq.length - 1];
    if (mode === 'faq' && lastQuestion) lastQuestion.answer.push(...toBlocks(node));
    else target.push(...toBlocks(node));
  }

  const body = [intro, ...sections.map((s) => s.blocks), ...faq.map((f) => f.answer)].flat();
  const sampleText = [title, ...sections.map((s) => s.heading), ...body.map((block) => textOfBlock(block))].join(' ');
  const lang = source.meta.lang ?? detectLang(sampleText);

  if (sections.length === 0 && faq.length === 0) {
    throw new DeckError(
      'no-sections',
      source.format === 'markdown'
        ? 'no sections found: start each section with a "## Heading" line'
        : 'no sections found: put each section heading on a short line of its own, followed by its text',
      { file: source.file, line: lineOf(kept[0] ?? {}) },
    );
  }
  const inlineMath = inlineMathOf(source.tree);
  return {
    file: source.file,
    format: source.format,
    meta: source.meta,
    title,
    lang,
    dir: directionOf(lang),
    ...splitOutlineSentences({ intro, sections, faq, conclusion }, lang),
    faqHeading,
    dropped: [...(source.dropped ?? []), ...dropped],
    warnings: source.warnings,
    ...(inlineMath.length && { inlineMath }),
  };
}

/** Which heading depth is the title, which the sections, which the subsections. */
function headingLevels(nodes: RootContent[]): { titleNode?: Heading; sectionDepth: number; subDepth: number } {
  const headings = nodes.filter((n): n is Heading => n.type === 'heading');
  const depths = [...new Set(headings.map((h) => h.depth))].sort((a, b) => a - b);
  const top = depths[0] ?? 1;
  const atTop = headings.filter((h) => h.depth === top);
  if (atTop.length === 1 && headings[0] === atTop[0] && depths.length > 1) {
    return { titleNode: atTop[0], sectionDepth: depths[1]!, subDepth: depths[2] ?? depths[1]! };
  }
  if (atTop.length === 1 && headings[0] === atTop[0] && headings.length === 1) {
    return { titleNode: atTop[0], sectionDepth: top + 1, subDepth: top + 1 };
  }
  return { sectionDepth: top, subDepth: depths[1] ?? top };
}

/** A list whose every item is a question followed by its answer. */
function isQuestionList(list: List, inFaq: boolean): boolean {
  if (list.children.length < (inFaq ? 1 : 2)) return false;
  return list.children.every((item) => {
    const first = item.children[0];
    return first?.type === 'paragraph' && QUESTION.test(textOf(first)) && (item.children.length > 1 || inFaq);
  });
}

/** `Q: … A: …` in one paragraph, or a `Q: …` paragraph alone. */
function splitQA(text: string): { question: string; answer?: string } | undefined {
  if (!Q_LABEL.test(text)) return undefined;
  const body = text.replace(Q_LABEL, '');
  const match = /\s(?:A|Answer|R|Respuesta|Antwort|Réponse)\s*:\s+/u.exec(body);
  if (!match) return { question: body };
  return { question: body.slice(0, match.index).trim(), answer: body.slice(match.index + match[0].length).trim() };
}


function fallbackTitle(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
}

export type { Paragraph };
