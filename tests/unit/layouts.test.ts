/** Which layout each slide gets: headline figures (stat), dated events (timeline), splitting, and what the layouts draw. */
import path from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.ts';
import { findDates, findFigures } from '../../src/plan/quantities.ts';
import { planDeck } from '../../src/plan/index.ts';
import { splitPoints, wrappedLines } from '../../src/plan/split.ts';
import { findStat, pickStats } from '../../src/plan/stat.ts';
import { findEvents, planTimeline } from '../../src/plan/timeline.ts';
import { agendaItem } from '../../src/plan/lead-and-agenda.ts';
import { readArticle } from '../../src/read/file.ts';
import { renderSlide } from '../../src/render/index.ts';
import type { Block, Deck, Outline, Slide } from '../../src/types.ts';
import { ARTICLE, FIXTURES } from '../helpers/build.ts';

const paragraph = (text: string): Block[] => [{ kind: 'paragraph', text }];
const outline = buildOutline(await readArticle(ARTICLE));
const deck = planDeck(outline);

describe('figures and dates in a sentence', () => {
  it('finds money, percentages and large counts, and nothing in model names or bare years', () => {
    const found = (s: string) => findFigures(s).map((f) => `${f.kind}:${f.text}`);
    expect(found('amounting to a whopping $1 billion.')).toEqual(['money:$1 billion']);
    expect(found('Revenue grew 45% to €3.2bn; 12,000 people and 3 million users.')).toEqual([
      'percent:45%',
      'money:€3.2bn',
      'count:12,000',
      'count:3 million',
    ]);
    expect(found('such as GPT-3, released in 2020 with 2019 ideas')).toEqual([]);
  });

  it('finds a month and year, a full date, a decade, and a year after "in" or "since", with a sortable order', () => {
    const dates = (s: string) => findDates(s).map((d) => [d.text, d.order]);
    expect(dates('OpenAI, founded in December 2015, had a mission.')).toEqual([['December 2015', 2015 * 12 + 12]]);
    expect(dates('dating back to the 1990s')).toEqual([['1990s', 1990 * 12]]);
    expect(dates('On 11 July 2019 and since 2010')).toEqual([
      ['11 July 2019', 2019 * 12 + 7],
      ['2010', 2010 * 12],
    ]);
    expect(dates('It cost $2015 for 2015 employees.')).toEqual([]);
  });
});

describe('stat: the headline figure of a section', () => {
  it('shows the investment as "$1 billion" with a caption from its own sentence', () => {
    const section = outline.sections.find((s) => s.heading.startsWith('The Investment'))!;
    expect(findStat(section.blocks, 'en')).toEqual({
      figure: '$1 billion',
      caption: 'In July 2019, Microsoft announced a significant investment in OpenAI',
      sentence: 'In July 2019, Microsoft announced a significant investment in OpenAI, amounting to a whopping $1 billion.',
    });
  });

  it('prefers money to a percentage to a count, and takes a year only when asked', () => {
    expect(findStat(paragraph('About 12,000 people joined. Costs fell 8%. Revenue reached $4 million.'), 'en')?.figure).toBe('$4 million');
    expect(findStat(paragraph('The lab opened in 2015 with a small team.'), 'en')).toBeUndefined();
    expect(findStat(paragraph('The lab opened in 2015 with a small team.'), 'en', { years: true })?.figure).toBe('2015');
  });

  it('drops a figure that is a prepositional object from the caption, but never leaves a broken phrase', () => {
    expect(findStat(paragraph('The company reported revenue of $3 billion for the year.'), 'en')?.caption).toBe('The company reported revenue for the year');
    expect(findStat(paragraph('Dark roofs absorb up to 95 percent of the sunlight.'), 'en')?.caption).toBe('Dark roofs absorb up to 95 percent of the sunlight');
    // A clause of its own is the caption; the clause before it is about something else.
    expect(findStat(paragraph('We wrote down what we changed, and the numbers moved by about 10% within a quarter.'), 'en')?.caption).toBe(
      'The numbers moved by about 10% within a quarter',
    );
  });

  it('keeps stat slides for highlights: the strongest figures, in at most a third of the sections', async () => {
    const dated = buildOutline(await readArticle(path.join(FIXTURES, 'dated.md')));
    // Five sections with figures in three (80%, 90 percent, 5 billion): two stat slides, percentages first.
    const stats = pickStats(dated.sections, 'en');
    expect([...stats.keys()].map((s) => s.heading)).toEqual(['Mosaic and Netscape', 'The browser wars']);
    expect([...stats.values()].map((s) => s.figure)).toEqual(['80%', '90 percent']);
  });

  it('ignores figures too long to be a headline', () => {
    expect(findStat(paragraph('The total was $1,234,567,890,123.45 in the end.'), 'en')).toBeUndefined();
  });
});

describe('timeline: dated events across the article', () => {
  it('puts the bundled article\'s events in date order with short captions', () => {
    expect(findEvents(outline).map((e) => [e.date, e.caption])).toEqual([
      ['1990s', "Microsoft's Ambitious Pursuit of AI"],
      ['December 2015', 'OpenAI founded'],
      ['July 2019', 'Microsoft announced a significant investment in OpenAI'],
    ]);
  });

  it('has the events\' sentences, verbatim, as its notes', () => {
    const [slide] = planTimeline(outline);
    expect(slide!.notes.map((n) => (n as { text: string }).text)).toEqual(findEvents(outline).map((e) => e.sentence));
    expect(slide!.notes[1]).toMatchObject({ text: expect.stringContaining('founded in December 2015') });
  });

  it('spreads many events evenly over timeline slides, in date order', async () => {
    const dated = buildOutline(await readArticle(path.join(FIXTURES, 'dated.md')));
    const slides = planTimeline(dated);
    expect(slides.map((s) => s.events!.length)).toEqual([4, 3]);
    expect(slides.flatMap((s) => s.events!.map((e) => e.date))).toEqual([
      'December 1990',
      'April 1993',
      'October 1994',
      'August 1995',
      '2002',
      'November 2004',
      'September 2008',
    ]);
    expect(slides[1]!.kicker).toBe('continued');
  });

  it('needs two dates: one dated event makes no timeline', () => {
    const one: Pick<Outline, 'intro' | 'sections' | 'lang' | 'file'> = {
      file: 'x.md',
      lang: 'en',
      intro: paragraph('The shop opened in 2019. It sold bread.'),
      sections: [{ heading: 'Bread', blocks: paragraph('It sold bread in 2019 too.'), subsections: [] }],
    };
    expect(planTimeline(one)).toEqual([]);
  });
});

describe('the planned deck of the bundled article', () => {
  const kinds = deck.slides.map((s) => s.kind);

  it('opens with title, agenda and the timeline, and has one stat slide, for the investment', () => {
    expect(kinds.slice(0, 3)).toEqual(['title', 'agenda', 'timeline']);
    const stats = deck.slides.filter((s) => s.kind === 'stat');
    expect(stats.map((s) => [s.title, s.stat?.figure])).toEqual([["The Investment: Microsoft's Stake in OpenAI", '$1 billion']]);
  });

  it('keeps each section\'s notes complete, on exactly one slide', () => {
    for (const section of outline.sections) {
      const holding = deck.slides.filter((s) => s.notes === section.blocks || JSON.stringify(s.notes) === JSON.stringify(section.blocks));
      expect(holding, section.heading).toHaveLength(1);
    }
  });

  it('gives the title slide a lead from the opening sentence', () => {
    expect(deck.slides[0]!.subtitle).toMatch(/^The tech landscape is rife with collaborations/);
  });
});

describe('never too much on one slide', () => {
  it('wraps text into lines as a browser would, breaking words longer than a line', () => {
    expect(wrappedLines('short', 10)).toBe(1);
    expect(wrappedLines('aaaa bbbb cccc', 10)).toBe(2);
    expect(wrappedLines('x'.repeat(25), 10)).toBe(3);
  });

  it('splits long points across slides and keeps every point, in order', () => {
    const long = Array.from({ length: 9 }, (_, i) => `Point ${i} ${'with quite a few words in it '.repeat(3)}`.trim());
    const slides = splitPoints(long, 4, 'A heading');
    expect(slides.length).toBeGreaterThan(2);
    expect(slides.every((s) => s.length >= 1 && s.length <= 4)).toBe(true);
    expect(slides.flat()).toEqual(long);
    expect(splitPoints(['a', 'b', 'c'], 4, 'Short')).toEqual([['a', 'b', 'c']]);
  });

  it('cuts an agenda item of hundreds of characters to a phrase', () => {
    const heading = `Why a heading ${'goes on and on '.repeat(30)}`;
    expect(agendaItem(heading, 'en').length).toBeLessThan(90);
    expect(agendaItem(heading, 'en')).toMatch(/…$/);
    expect(agendaItem('The Road Ahead', 'en')).toBe('The Road Ahead');
  });
});

describe('layouts', () => {
  const html = (slide: Partial<Slide>) =>
    toHtml(renderSlide({ kind: 'section', title: 'T', points: [], notes: paragraph('n'), timing: 15, fragments: false, ...slide } as Slide, deck as Deck));

  it('stat: the figure and its caption', () => {
    const out = html({ kind: 'stat', title: 'Money', stat: { figure: '$1 billion', caption: 'Invested in 2019' } });
    expect(out).toContain('<p class="stat-figure" data-size="l">$1 billion</p>');
    expect(out).toContain('<p class="stat-caption">Invested in 2019</p>');
  });

  it('timeline: columns for a few events, rows for many', () => {
    const events = (n: number) => Array.from({ length: n }, (_, i) => ({ date: `${2000 + i}`, order: i, caption: `Event ${i}` }));
    expect(html({ kind: 'timeline', events: events(3) })).toContain('<ol class="timeline">');
    expect(html({ kind: 'timeline', events: events(4) })).toContain('<ol class="timeline timeline--rows">');
  });

  it('title: the lead and the byline under the title; section points appear as fragments only when asked', () => {
    const title = html({ kind: 'title', title: 'Talk', subtitle: 'A lead', byline: 'Ada · 2024' });
    expect(title).toMatch(/<h1 class="title">Talk<\/h1><p class="lead">A lead<\/p><p class="byline">Ada · 2024<\/p>/);
    expect(html({ points: ['a', 'b'] })).toContain('<li>a</li>');
    expect(html({ points: ['a', 'b'], fragments: true })).toContain('<li class="fragment">a</li>');
  });
});
