/**
 * Planning: Outline → Deck. Decides which slides the talk has, in what order, what each shows,
 * what the speaker reads in its notes and how long it takes.
 *
 * Order: title, agenda, timeline (when the article holds two or more dated events), one slide per
 * section (a stat slide instead when it leads with a headline figure; subsections follow their
 * section as continuation slides), conclusion, one slide per FAQ question, closing.
 */
import { resolveOptions, type UserOptions } from '../options.ts';
import { textOfBlock } from '../outline/blocks.ts';
import type { Block, Deck, Outline, Point, Section, Sentence, Slide } from '../types.ts';
import { distillPoints, toPhrase } from './points.ts';
import { sentencesOf } from './sentences.ts';
import { AGENDA_PER_SLIDE, splitEvenly, splitPoints } from './split.ts';
import { pickStats, type PickedStat } from './stat.ts';
import { stringsFor } from '../vocab/interface-strings.ts';
import { planTimeline } from './timeline.ts';
import { fitToDuration, secondsFor } from './timing.ts';
import { agendaItem, leadOf } from './lead-and-agenda.ts';
import { imagePlanner, type ImagePlanner } from './image-slides.ts';
import { brandLook } from './brand-palette.ts';
import { technicalPlanner, withoutQuoteSlides, type TechnicalPlanner } from './technical-slides.ts';

/** The planner takes the user's options; their defaults live in src/options.ts. */
export type PlanOptions = UserOptions;

export function planDeck(outline: Outline, options: PlanOptions = {}): Deck {
  const words = stringsFor(outline.lang);
  const { maxPoints, fragments, allowRemote, theme, lineNumbers } = resolveOptions(options);
  const images = imagePlanner(outline, allowRemote);
  const technical = technicalPlanner(outline, { lineNumbers: lineNumbers || Boolean(outline.meta.lineNumbers), continued: words.continued });
  const slides: Slide[] = [];
  const add = (slide: Omit<Slide, 'timing' | 'fragments'> & { fragments?: boolean }) =>
    slides.push({ fragments, ...slide, timing: secondsFor(slide.notes, outline.lang) });
  const { meta } = outline;
  const byline = [meta.author, meta.date].filter(Boolean).join(' · ') || undefined;
  const [firstIntro, ...restIntro] = outline.intro;

  add({
    kind: 'title',
    title: outline.title,
    subtitle: leadOf(outline.intro, outline.lang, outline.title),
    byline,
    points: [],
    notes: firstIntro ? [firstIntro] : [{ kind: 'paragraph', text: [outline.title, byline].filter(Boolean).join(' — ') }],
    source: { file: outline.file },
  });

  const agenda = outline.sections.map((s) => agendaItem(s.heading, outline.lang));
  if (agenda.length > 1) {
    // A long agenda goes on as many slides as it needs, evenly; its layout numbers on from the last.
    splitEvenly(agenda, AGENDA_PER_SLIDE).forEach((items, index) =>
      add({
        kind: 'agenda',
        title: words.agenda,
        kicker: index > 0 ? words.continued : undefined,
        points: items,
        notes: index > 0 ? [{ kind: 'list', ordered: true, items }] : restIntro.length ? restIntro : [{ kind: 'list', ordered: true, items: agenda }],
        fragments: false,
      }),
    );
  } else if (restIntro.length) {
    slides[0]!.notes.push(...restIntro);
    slides[0]!.timing = secondsFor(slides[0]!.notes, outline.lang);
  }

  // Dated events go on a timeline right after the agenda; a year alone then makes no stat slide.
  const timeline = planTimeline(outline);
  timeline.forEach(add);
  images.slides(outline.intro, outline.title).forEach(add);

  const stats = pickStats(outline.sections, outline.lang, { years: timeline.length === 0 });
  for (const section of outline.sections) {
    planSection(section, undefined, { file: outline.file, lang: outline.lang, maxPoints, continued: words.continued, add, stats, images, technical });
  }

  if (outline.conclusion) {
    const { heading, blocks, line } = outline.conclusion;
    add({
      kind: 'conclusion',
      title: heading ?? words.conclusion,
      ...withSources(distillPoints(sentencesOf(blocks, outline.lang), { heading: heading ?? words.conclusion, lang: outline.lang, max: maxPoints })),
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
    // A brand background is one look, light or dark by its own lightness (src/plan/brand-palette.ts).
    theme: brandLook(meta.brand, 'auto').theme ?? theme ?? meta.theme ?? 'auto',
    ...(meta.brand && { brand: meta.brand }),
    author: meta.author,
    date: meta.date,
    sourceName: outline.file.split(/[\\/]/).pop() ?? outline.file,
    slides,
    totalSeconds: slides.reduce((sum, s) => sum + s.timing, 0),
    warnings: [...outline.warnings, ...images.warnings, ...technical.warnings],
    ...(outline.inlineMath && { inlineMath: outline.inlineMath }),
  };
}

type AddSlide = (slide: Omit<Slide, 'timing' | 'fragments'> & { fragments?: boolean }) => void;

interface SectionContext {
  file: string;
  lang: string;
  maxPoints: number;
  continued: string;
  add: AddSlide;
  /** Sections led by a stat slide (src/plan/stat.ts). */
  stats: Map<Section, PickedStat>;
  images: ImagePlanner;
  /** Code, table, quote and math slides (src/plan/technical-slides.ts). */
  technical: TechnicalPlanner;
}

function planSection(section: Section, parent: string | undefined, context: SectionContext): void {
  const { lang, maxPoints, continued, add } = context;
  const listed = authorList(section.blocks);
  let points: Point[];
  if (listed) points = listed.items.map((item, i) => ({ text: toPhrase(item, 12, lang) ?? item, source: listed.sources[i] }));
  else if (section.blocks.length) points = distillPoints(sentencesOf(withoutQuoteSlides(section.blocks), lang), { heading: section.heading, lang, max: maxPoints });
  else points = section.subsections.map((s) => ({ text: s.heading }));
  const notes = section.blocks.length ? section.blocks : [{ kind: 'paragraph' as const, text: section.heading }];
  const source = { file: context.file, line: section.line };
  // A headline figure leads the section on a stat slide holding all its notes; the points its
  // sentence does not give follow on continuation slides, when there are two or more.
  const stat = context.stats.get(section);
  if (stat) {
    add({ kind: 'stat', title: section.heading, kicker: parent, points: [], stat: { figure: stat.figure, caption: stat.caption }, notes, source });
    const said = stat.sentence.toLocaleLowerCase(lang);
    points = points.filter((point) => !said.includes(point.text.toLocaleLowerCase(lang)));
    if (points.length < 2) points = [];
  }
  const chunks = stat && !points.length ? [] : splitPoints(points, maxPoints, section.heading, Boolean(parent));
  chunks.forEach((shown, index) => {
    const first = index === 0 && !stat;
    const { points: texts, pointSources } = withSources(shown);
    add({
      kind: 'section',
      title: section.heading,
      kicker: first ? parent : continued,
      points: texts,
      ...(pointSources && { pointSources }),
      notes: first ? notes : [{ kind: 'list', ordered: false, items: texts }],
      source,
    });
  });
  context.technical.slides(section.blocks, section.heading, parent).forEach(add);
  context.images.slides(section.blocks, section.heading, parent).forEach(add);
  for (const sub of section.subsections) planSection(sub, section.heading, context);
}

/** A slide's point texts and, when any point has one, the sentence each came from. */
function withSources(points: Point[]): Pick<Slide, 'points' | 'pointSources'> {
  const texts = points.map((p) => p.text);
  return points.some((p) => p.source) ? { points: texts, pointSources: points.map((p) => p.source) } : { points: texts };
}

/**
 * A list the author wrote in the section, when its items are short enough to be the points; each
 * item's source is its first sentence, the one its point is phrased from.
 */
function authorList(blocks: Block[]): { items: string[]; sources: (Sentence | undefined)[] } | undefined {
  const lists = blocks.filter((b): b is Extract<Block, { kind: 'list' }> => b.kind === 'list');
  if (lists.length !== 1) return undefined;
  const items = lists[0]!.items;
  if (items.length < 2 || items.some((item) => item.split(/\s+/).length > 25)) return undefined;
  const sentences = lists[0]!.sentences ?? [];
  let next = 0;
  const sources = items.map((item) => {
    const at = sentences.findIndex((s, i) => i >= next && item.startsWith(s.text));
    if (at < 0) return undefined;
    next = at + 1;
    return sentences[at];
  });
  return { items, sources };
}

function answerText(answer: Block[], lang: string): string | undefined {
  const text = answer
    .map((b) => textOfBlock(b))
    .join(' ')
    .trim();
  if (!text) return undefined;
  if (text.split(/\s+/).length <= 45) return text;
  const points = distillPoints(sentencesOf(answer, lang), { heading: '', lang, max: 2, min: 1 });
  return points.map((p) => p.text).join('. ');
}
