/**
 * Planning: Outline → Deck. Decides which slides the talk has, in what order, what each shows,
 * what the speaker reads in its notes and how long it takes.
 *
 * Order: title, agenda, one slide per section (subsections follow their section as continuation
 * slides), conclusion, one slide per FAQ question, closing.
 */
import type { Block, Deck, Outline, Section, Slide, ThemeName } from '../types.ts';
import { distillPoints, toPhrase } from './points.ts';
import { stringsFor } from './strings.ts';
import { fitToDuration, secondsFor } from './timing.ts';

export interface PlanOptions {
  theme?: ThemeName;
  /** Points appear one at a time. */
  fragments?: boolean;
  /** Most points a slide shows before a continuation slide takes over. */
  maxPoints?: number;
}

export function planDeck(outline: Outline, options: PlanOptions = {}): Deck {
  const words = stringsFor(outline.lang);
  const maxPoints = options.maxPoints ?? 4;
  const fragments = options.fragments ?? false;
  const slides: Slide[] = [];
  const add = (slide: Omit<Slide, 'timing' | 'fragments'> & { fragments?: boolean }) =>
    slides.push({ fragments, ...slide, timing: secondsFor(slide.notes) });
  const { meta } = outline;
  const byline = [meta.author, meta.date].filter(Boolean).join(' · ') || undefined;
  const [firstIntro, ...restIntro] = outline.intro;

  add({
    kind: 'title',
    title: outline.title,
    subtitle: byline,
    points: [],
    notes: firstIntro ? [firstIntro] : [{ kind: 'paragraph', text: [outline.title, byline].filter(Boolean).join(' — ') }],
    source: { file: outline.file },
  });

  const agenda = outline.sections.map((s) => s.heading);
  if (agenda.length > 1) {
    add({
      kind: 'agenda',
      title: words.agenda,
      points: agenda,
      notes: restIntro.length ? restIntro : [{ kind: 'list', ordered: true, items: agenda }],
      fragments: false,
    });
  } else if (restIntro.length) {
    slides[0]!.notes.push(...restIntro);
    slides[0]!.timing = secondsFor(slides[0]!.notes);
  }

  for (const section of outline.sections) {
    planSection(section, undefined, { file: outline.file, lang: outline.lang, maxPoints, continued: words.continued, add });
  }

  if (outline.conclusion) {
    const { heading, blocks, line } = outline.conclusion;
    add({
      kind: 'conclusion',
      title: heading ?? words.conclusion,
      points: distillPoints(blocks, { heading: heading ?? words.conclusion, lang: outline.lang, max: maxPoints }),
      notes: blocks,
      source: { file: outline.file, line },
    });
  }

  for (const item of outline.faq) {
    add({
      kind: 'faq',
      title: item.question,
      kicker: outline.faqHeading ?? words.faq,
      points: [],
      reveal: answerText(item.answer, outline.lang),
      notes: [{ kind: 'paragraph', text: item.question }, ...item.answer],
      source: { file: outline.file, line: item.line },
    });
  }

  add({
    kind: 'closing',
    title: words.questions,
    subtitle: outline.title,
    points: [],
    notes: [{ kind: 'paragraph', text: words.closingNote }],
  });

  fitToDuration(slides, meta.duration);
  return {
    title: outline.title,
    lang: outline.lang,
    dir: outline.dir,
    theme: options.theme ?? meta.theme ?? 'auto',
    author: meta.author,
    date: meta.date,
    sourceName: outline.file.split(/[\\/]/).pop() ?? outline.file,
    slides,
    totalSeconds: slides.reduce((sum, s) => sum + s.timing, 0),
  };
}

type AddSlide = (slide: Omit<Slide, 'timing' | 'fragments'> & { fragments?: boolean }) => void;

interface SectionContext {
  file: string;
  lang: string;
  maxPoints: number;
  continued: string;
  add: AddSlide;
}

function planSection(section: Section, parent: string | undefined, context: SectionContext): void {
  const { lang, maxPoints, continued, add } = context;
  const listed = authorList(section.blocks);
  let points: string[];
  if (listed) points = listed.map((item) => toPhrase(item) ?? item);
  else if (section.blocks.length) points = distillPoints(section.blocks, { heading: section.heading, lang, max: maxPoints });
  else points = section.subsections.map((s) => s.heading);
  const notes = section.blocks.length ? section.blocks : [{ kind: 'paragraph' as const, text: section.heading }];
  const chunks = chunk(points, maxPoints);
  chunks.forEach((shown, index) => {
    add({
      kind: 'section',
      title: section.heading,
      kicker: index > 0 ? continued : parent,
      points: shown,
      notes: index === 0 ? notes : [{ kind: 'list', ordered: false, items: shown }],
      source: { file: context.file, line: section.line },
    });
  });
  for (const sub of section.subsections) planSection(sub, section.heading, context);
}

/** A list the author wrote in the section, when its items are short enough to be the points. */
function authorList(blocks: Block[]): string[] | undefined {
  const lists = blocks.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
  if (lists.length !== 1) return undefined;
  const items = lists[0]!.items;
  if (items.length < 2 || items.some((item) => item.split(/\s+/).length > 25)) return undefined;
  return items;
}

function answerText(answer: Block[], lang: string): string | undefined {
  const text = answer
    .map((b) => (b.kind === 'list' ? b.items.join(' ') : b.kind === 'figure' ? b.alt : b.text))
    .join(' ')
    .trim();
  if (!text) return undefined;
  if (text.split(/\s+/).length <= 45) return text;
  const points = distillPoints(answer, { heading: '', lang, max: 2, min: 1 });
  return points.join('. ');
}

function chunk<T>(items: T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
