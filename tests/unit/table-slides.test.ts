/** Table slides: a real table (header row, numbers right-aligned), split by rows, titled by its caption or introduction. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { outlineToMarkdown } from '../../src/outline/to-markdown.ts';
import { compileSource } from '../../src/pipeline.ts';
import { isNumeric, splitRows } from '../../src/plan/table-slides.ts';
import { readArticle } from '../../src/read/file.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { FIXTURES } from '../helpers/build.ts';
import { htmlText } from '../helpers/text.ts';

const compile = (markdown: string) => compileSource({ file: 'post.md', format: 'markdown', ...readMarkdown(markdown, 'post.md') });

const article = (intro: string, table: string) => `# Trains across the Alps

A short comparison of the night trains we took last winter.

## What we paid

${intro}

${table}

The sleeper was worth every cent on the long legs.

## Booking

Book early: the cheap couchettes sell out within days.
`;

const TABLE = `| Route | Hours | Fare | Operator |
|-------|------:|------|----------|
| Zürich – Wien | 9.5 | €89 | ÖBB |
| München – Roma | 13 | €129 | ÖBB |
| Basel – Praha | 11 | €79 | EN |`;

describe('table slides', () => {
  it('draw a header row and every cell, numbers right-aligned, after the section\'s points', () => {
    const { deck, rendered } = compile(article('We kept every ticket and added up the fares:', TABLE));
    const kinds = deck.slides.map((s) => s.kind);
    expect(kinds.indexOf('table')).toBe(kinds.indexOf('section') + 1);
    const slide = deck.slides.find((s) => s.kind === 'table')!;
    expect(slide.table?.header).toEqual(['Route', 'Hours', 'Fare', 'Operator']);
    expect(slide.table?.rows).toHaveLength(3);
    // The author right-aligned Hours; Fare holds only figures, so it is right-aligned too.
    expect(slide.table?.align).toEqual([undefined, 'right', 'right', undefined]);
    const html = rendered.body.slice(rendered.body.indexOf('slide--table'));
    expect(html).toContain('<th scope="col">Route</th>');
    expect(html).toContain('<td class="align-right">€129</td>');
    expect(rendered.features).toEqual(['table']);
  });

  it('take the introducing sentence as the title when it ends in a colon, the heading otherwise', () => {
    const titled = compile(article('We kept every ticket and added up the fares:', TABLE)).deck.slides.find((s) => s.kind === 'table');
    expect(titled?.title).toBe('We kept every ticket and added up the fares');
    expect(titled?.kicker).toBe('What we paid');
    const plain = compile(article('Prices rose twice during the season, so your fare may differ from ours.', TABLE)).deck.slides.find((s) => s.kind === 'table');
    expect(plain?.title).toBe('What we paid');
  });

  it('read the cells in the notes as "Header: value", and keep them out of the points', () => {
    const { deck, rendered } = compile(article('We kept every ticket and added up the fares:', TABLE));
    const slide = deck.slides.find((s) => s.kind === 'table')!;
    expect(slide.notes[0]).toMatchObject({ kind: 'list', items: expect.arrayContaining(['Route: München – Roma; Hours: 13; Fare: €129; Operator: ÖBB']) });
    const section = deck.slides.find((s) => s.kind === 'section' && s.title === 'What we paid')!;
    expect(section.points.join(' ')).not.toContain('Zürich');
    expect(htmlText(rendered.body)).toContain('Route: Basel – Praha; Hours: 11; Fare: €79; Operator: EN');
  });

  it('split a long table by rows, evenly, with the header on every slide', () => {
    const rows = Array.from({ length: 19 }, (_, i) => `| Station ${i + 1} | ${(i + 1) * 7} |`).join('\n');
    const { deck } = compile(article('Every stop on the line:', `| Stop | Minutes |\n|---|---|\n${rows}`));
    const parts = deck.slides.filter((s) => s.kind === 'table');
    expect(parts.map((p) => p.table!.rows.length)).toEqual([7, 7, 5]);
    expect(parts.every((p) => p.table!.header.join() === 'Stop,Minutes')).toBe(true);
    expect(parts.flatMap((p) => p.table!.rows.map((r) => r[0]))).toEqual(Array.from({ length: 19 }, (_, i) => `Station ${i + 1}`));
    expect(splitRows([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 8)).toEqual([[1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11]]);
  });

  it('recognise figures with units, currencies and separators, and not words', () => {
    for (const cell of ['1,240,000', '14.8 µg/m³', '$29', '−3.5 %', '2.1×', '30 s', '1 024', '۲۰ متر', '٤٫٥']) expect(isNumeric(cell), cell).toBe(true);
    for (const cell of ['yes', 'ÖBB', 'Zürich – Wien', 'v2 beta']) expect(isNumeric(cell), cell).toBe(false);
  });

  it('take a web page table\'s caption as its title', async () => {
    const source = await readArticle(path.join(FIXTURES, 'technical-page.html'));
    const { deck } = compileSource(source);
    const slide = deck.slides.find((s) => s.kind === 'table');
    expect(slide?.title).toBe('Dauer der Pipeline-Schritte vor der Änderung');
    expect(slide?.table?.align).toEqual([undefined, 'right', 'right']);
    expect(readFileSync(path.join(FIXTURES, 'technical-page.html'), 'utf8')).toContain('<caption>');
  });

  it('keep a caption as Pandoc\'s "Table: …" line in the outline written as Markdown, and read it back', () => {
    const { outline } = compile(article('Prices rose twice during the season.', `${TABLE}\n\nTable: Night trains, winter 2024`));
    expect(compile(article('Prices rose twice during the season.', `${TABLE}\n\nTable: Night trains, winter 2024`)).deck.slides.find((s) => s.kind === 'table')?.title).toBe('Night trains, winter 2024');
    const markdown = outlineToMarkdown(outline);
    expect(markdown).toContain('Table: Night trains, winter 2024');
    expect(compile(markdown).deck.slides.find((s) => s.kind === 'table')?.title).toBe('Night trains, winter 2024');
  });
});
