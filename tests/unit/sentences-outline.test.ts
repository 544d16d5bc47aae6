/**
 * Sentences are split once, at the outline stage, in the article's language, each with the line of
 * the article it starts on; the planners take those sentences instead of splitting again.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/plan/index.ts';
import { sentencesOf } from '../../src/plan/sentences.ts';
import { parseArticle } from '../../src/read/index.ts';
import type { Block, Outline, Section, Sentence } from '../../src/types.ts';
import { ARTICLE, FIXTURES } from '../helpers/build.ts';

const outlineOf = (text: string, file: string) => buildOutline(parseArticle(text, file));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const sectionBlocks = (s: Section): Block[] => [...s.blocks, ...s.subsections.flatMap(sectionBlocks)];
const allBlocks = (o: Outline) => [...o.intro, ...o.sections.flatMap(sectionBlocks), ...o.faq.flatMap((f) => f.answer), ...(o.conclusion?.blocks ?? [])];
const section = (o: Outline, heading: string) => o.sections.find((s) => s.heading === heading)!;
/** The sentences of a prose block, as [text, line] pairs. */
const lines = (block: Block) => ('sentences' in block ? block.sentences : undefined)?.map((s) => [s.text, s.line]);
const sentencesOfBlock = (block: Block) => ('sentences' in block ? block.sentences : undefined);

describe('the outline splits every prose block into sentences with their lines', () => {
  it('gives each sentence of a hard-wrapped Markdown paragraph the line it starts on', () => {
    const md = [
      '# Night trains', //                                                 1
      '', //                                                               2
      '## Why they came back', //                                          3
      '', //                                                               4
      'Sleeper trains nearly vanished from Europe by 2015. Airlines were', // 5
      'cheaper and faster. Then travellers began to count the carbon of', // 6
      'their trips, and the night train looked different.', //             7
      '', //                                                               8
      '## What they cost', //                                              9
      '', //                                                              10
      'A couchette costs less than a hotel room.', //                     11
    ].join('\n');
    const outline = outlineOf(md, 'trains.md');
    expect(lines(section(outline, 'Why they came back').blocks[0]!)).toEqual([
      ['Sleeper trains nearly vanished from Europe by 2015.', 5],
      ['Airlines were cheaper and faster.', 5],
      ['Then travellers began to count the carbon of their trips, and the night train looked different.', 6],
    ]);
    expect(lines(section(outline, 'What they cost').blocks[0]!)).toEqual([['A couchette costs less than a hotel room.', 11]]);
  });

  it('finds the line of a sentence that starts after emphasis, a link or a hard break', () => {
    const md = '# T\n\n## One\n\nThe *first* claim holds. A [second](https://example.org)\nclaim follows.\\\nA third one ends it.\n';
    expect(lines(section(outlineOf(md, 'x.md'), 'One').blocks[0]!)).toEqual([
      ['The first claim holds.', 5],
      ['A second claim follows.', 5],
      ['A third one ends it.', 7],
    ]);
  });

  it('gives each sentence of a hard-wrapped plain-text article its own line, and each list item its line (Italian)', () => {
    const outline = outlineOf(fixture('bollitore-wrapped-it.txt'), 'bollitore-wrapped-it.txt');
    expect(outline.lang).toBe('it');
    expect(lines(section(outline, 'Potenza e tempi').blocks[0]!)).toEqual([
      ["Un modello da 2200 watt porta a ebollizione un litro d'acqua in circa tre minuti.", 10],
      ['Uno da 1500 watt impiega quasi un minuto in più, ma si adatta meglio agli impianti domestici con un contatore da 3 kW.', 11],
      ['Se in casa girano già la lavatrice e il forno, la potenza più bassa evita che salti la corrente.', 12],
    ]);
    const list = section(outline, 'Funzioni utili').blocks[0]!;
    expect(list.kind).toBe('list');
    expect(sentencesOfBlock(list)?.map((s) => [s.text.split(' ')[0], s.line, s.list])).toEqual([
      ['Lo', 26, true],
      ['La', 28, true],
      ['Il', 30, true],
    ]);
  });

  it("splits in the article's language: Greek ends a question with ';'", () => {
    const outline = outlineOf(fixture('rockpools-el.md'), 'rockpools-el.md');
    expect(outline.lang).toBe('el');
    expect(lines(outline.intro[0]!)).toEqual([
      ['Όταν η παλίρροια υποχωρεί, στα βράχια μένουν μικρές λιμνούλες γεμάτες ζωή.', 8],
      ['Τι ζει εκεί μέσα;', 9],
      ["Περισσότερα είδη απ' όσα φανταζόμαστε.", 9],
    ]);
  });

  it('keeps every word of every block: the sentences put back together are the block text', () => {
    const squash = (s: string) => s.replace(/\s+/g, '');
    for (const [text, file] of [
      [readFileSync(ARTICLE, 'utf8'), 'microsoft-openai.txt'],
      ...['wrapped.txt', 'huertos-urbanos.txt', 'overflow.md', 'kissaten-zh.md', 'solar-he.md', 'saved-page.html', 'bollitore-wrapped-it.txt', 'rockpools-el.md'].map((n) => [fixture(n), n]),
    ] as const) {
      for (const block of allBlocks(outlineOf(text, file))) {
        if (block.kind === 'code' || block.kind === 'figure') continue;
        const whole = block.kind === 'list' ? block.items.join('') : block.text;
        expect(squash(sentencesOfBlock(block)!.map((s) => s.text).join('')), `${file}:${block.line}`).toBe(squash(whole));
        for (const s of sentencesOfBlock(block)!) expect(s.line, `${file}: ${s.text}`).toBeGreaterThanOrEqual(block.line ?? 1);
      }
    }
  });
});

describe('the planner reads the outline’s sentences', () => {
  it('splits a block built without sentences itself, each on the block line', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'Dr. Rao spoke first. Then came questions.', line: 4 },
      { kind: 'list', ordered: false, items: ['One item.', 'Two items. Really.'], line: 9 },
      { kind: 'code', text: 'x = 1. y = 2.', line: 12 },
    ];
    expect(sentencesOf(blocks, 'en')).toEqual([
      { text: 'Dr. Rao spoke first.', line: 4 },
      { text: 'Then came questions.', line: 4 },
      { text: 'One item.', line: 9, list: true },
      { text: 'Two items.', line: 9, list: true },
      { text: 'Really.', line: 9, list: true },
    ]);
  });

  it('takes points and timeline events from the sentences the outline made, with their lines', () => {
    // The outline's split is the one that counts: each "sentence" here holds what a fresh split would cut in two.
    const outline = outlineOf('# T\n\n## Growth\n\nSome text.\n\n## Decline\n\nMore text.\n', 't.md');
    const made: Sentence[] = [
      { text: 'Sales of the small model doubled in March 2020. Nobody had expected it.', line: 42 },
      { text: 'They fell back in May 2021, as costs rose across the region. The board resigned.', line: 50 },
    ];
    section(outline, 'Growth').blocks = [{ kind: 'paragraph', text: made[0]!.text, line: 41, sentences: [made[0]!] }];
    section(outline, 'Decline').blocks = [{ kind: 'paragraph', text: made[1]!.text, line: 49, sentences: [made[1]!] }];
    const deck = planDeck(outline);
    const timeline = deck.slides.find((s) => s.kind === 'timeline')!;
    expect(timeline.notes.map((n) => [(n as { text: string }).text, n.line])).toEqual(made.map((s) => [s.text, s.line]));
    const growth = deck.slides.find((s) => s.kind === 'section' && s.title === 'Growth')!;
    expect(growth.points.length).toBeGreaterThan(0);
    expect(growth.pointSources?.map((s) => s?.line)).toEqual(growth.points.map(() => 42));
  });
});
