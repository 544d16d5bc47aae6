/**
 * How a plain-text page's lines are read: which one is the title, which lines are headings (also
 * when they end in a colon), and which are furniture between sections or after the article.
 */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.ts';
import { parseArticle } from '../../src/read/index.ts';

const outlineOf = (text: string) => buildOutline(parseArticle(text, 'page.txt'));
const body = (outline: ReturnType<typeof outlineOf>) => JSON.stringify([outline.intro, outline.sections, outline.faq, outline.conclusion]);

const para = (topic: string) =>
  `The ${topic} was the part of the project that took the longest to get right. We tried three different approaches before one of them held up for a whole season. This paragraph says what we learned.`;

describe('headings that end in a colon', () => {
  const page = [
    'Lessons from a year of rooftop solar',
    para('planning'),
    'Where we started:',
    para('permit'),
    'What we changed:',
    para('wiring'),
    'Tags: solar, roofs, permits',
    'Share this:',
  ].join('\n\n');

  it('are section headings when they stand alone and body text follows, shown without the colon', () => {
    expect(outlineOf(page).sections.map((s) => s.heading)).toEqual(['Where we started', 'What we changed']);
  });

  it('are not headings when they are label lines ("Tags: a, b") or share prompts', () => {
    const outline = outlineOf(page);
    expect(outline.dropped.map((d) => d.reason)).toEqual(expect.arrayContaining(['tags', 'share line']));
    expect(body(outline)).not.toMatch(/Tags:|Share this/);
  });

  it('are headings right above a hand-wrapped paragraph too', () => {
    const wrap = (text: string) => text.replace(/(.{1,68})(?:\s+|$)/g, '$1\n').trim();
    const outline = outlineOf(['A year of rooftop solar', wrap(para('planning')), `Where we started:\n${wrap(para('permit'))}`, `What we changed:\n${wrap(para('wiring'))}`].join('\n\n'));
    expect(outline.sections.map((s) => s.heading)).toEqual(['Where we started', 'What we changed']);
    expect(outline.sections[1]!.blocks).toEqual([expect.objectContaining({ text: para('wiring') })]);
  });

  it('are not headings when they introduce a list; the line stays as text', () => {
    const outline = outlineOf(['Packing for a long hike', para('packing'), 'Gear that matters', para('gear'), 'You will need:', '• a map', '• a compass', '• water'].join('\n\n'));
    expect(outline.sections.map((s) => s.heading)).toEqual(['Gear that matters']);
    expect(body(outline)).toContain('You will need:');
  });
});

describe('the title of a copied page', () => {
  it('is the heading-like line printed twice, not the site name or the menu above it', () => {
    const outline = outlineOf(
      ['Skip to content', 'Harbour Walks', 'Stories from the coast\n\nMenu\nHome\nWalks\nAbout', 'The Lighthouse Path at Low Tide\nPosted on May 4, 2024 by Sam Ortiz', 'The Lighthouse Path at Low Tide', para('tide table'), 'Getting There', para('bus route')].join('\n\n'),
    );
    expect(outline.title).toBe('The Lighthouse Path at Low Tide');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Getting There']);
    expect(outline.meta).toMatchObject({ author: 'Sam Ortiz', date: 'May 4, 2024' });
    expect(outline.dropped.map((d) => d.reason)).toEqual(expect.arrayContaining(['navigation', 'site header', 'byline']));
  });

  it('is the line above the byline; the standfirst under it stays text, not a section', () => {
    const outline = outlineOf(
      ['Coastal Courier', 'Environment', 'Town votes to let the salt marsh flood again\nThe plan would return forty hectares of farmland to the tides within five years\nBy Ana Lopes\n5 min read', para('vote'), 'What the farmers said', para('compensation')].join('\n\n'),
    );
    expect(outline.title).toBe('Town votes to let the salt marsh flood again');
    expect(outline.sections.map((s) => s.heading)).toEqual(['What the farmers said']);
    expect(body(outline)).toContain('forty hectares of farmland');
    expect(body(outline)).not.toMatch(/5 min read|By Ana Lopes/);
  });
});

describe('a standfirst written as a sentence', () => {
  it('is not the first paragraph: the author and date under it are a byline, not a section', () => {
    const outline = outlineOf(
      ['GUIDES', 'A beginner’s guide to foraging wild garlic\nWhere to find it, how to tell it apart from its poisonous lookalikes, and what to cook first.\nSam Carter\nMar 4, 2025 — 6 min read', para('smell'), 'Where it grows', para('woodland')].join('\n\n'),
    );
    expect(outline.title).toBe('A beginner’s guide to foraging wild garlic');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Where it grows']);
    expect(outline.meta).toMatchObject({ author: 'Sam Carter', date: 'Mar 4, 2025' });
    expect(body(outline)).toContain('what to cook first.');
    expect(body(outline)).not.toMatch(/Sam Carter|6 min read/);
  });
});

describe('furniture between sections and after the article', () => {
  it('drops an advertisement line and a photo credit between sections without ending or splitting a section', () => {
    const outline = outlineOf(
      ['Fixing a dripping tap', para('washer'), 'Find the right washer', para('size'), 'Advertisement', para('seat'), 'Photo by Kim Lee on Unsplash', 'Put it back together', para('handle')].join('\n\n'),
    );
    expect(outline.sections.map((s) => s.heading)).toEqual(['Find the right washer', 'Put it back together']);
    expect(outline.sections[0]!.blocks).toHaveLength(2);
    expect(outline.dropped.map((d) => d.reason)).toEqual(['advertisement', 'photo credit']);
  });

  it('keeps a section whose heading is a word that footers also use ("Privacy")', () => {
    const outline = outlineOf(['Choosing a smart speaker', para('sound'), 'Sound quality', para('bass'), 'Privacy', para('microphone'), 'Terms\nPrivacy\nContact'].join('\n\n'));
    expect(outline.sections.map((s) => s.heading)).toEqual(['Sound quality', 'Privacy']);
    expect(outline.dropped).toEqual([expect.objectContaining({ reason: 'footer', text: 'Terms\nPrivacy\nContact' })]);
  });

  it('keeps a short last paragraph about cookies (the baked kind) above the share bar', () => {
    const outline = outlineOf(['Brown butter cookies', para('butter'), 'Baking', para('oven'), 'Let the cookies cool on the tray for five minutes.', 'Share this:\nFacebook\nX'].join('\n\n'));
    expect(body(outline)).toContain('Let the cookies cool on the tray for five minutes.');
    expect(outline.dropped).toEqual([expect.objectContaining({ reason: 'share line' })]);
  });

  it('drops a run of post titles after the conclusion, and the comments below them', () => {
    const outline = outlineOf(
      [
        'Growing garlic in pots',
        para('soil'),
        'Planting',
        para('clove'),
        'Final Thoughts',
        para('harvest'),
        'Pickling Garlic Scapes\nA Beginner’s Guide to Leeks\nWhy My Onions Bolted',
        '2 comments',
        'Rosa M. says:\nMarch 3, 2024 at 8:10 am\nThis worked for me too. Thanks for writing it up.',
      ].join('\n\n'),
    );
    expect(outline.sections.map((s) => s.heading)).toEqual(['Planting']);
    expect(outline.conclusion?.heading).toBe('Final Thoughts');
    expect(body(outline)).not.toMatch(/Pickling|Leeks|Onions|comments|Rosa|worked for me/);
    expect(outline.dropped.map((d) => d.reason)).toEqual(['related posts', 'comments']);
  });
});
