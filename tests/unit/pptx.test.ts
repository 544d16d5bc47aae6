/**
 * deck pptx, read back as OOXML: one slide per planned slide with its title in the title
 * placeholder, every sentence of the notes in the notes pane (links kept), every run tagged with
 * the article's language, Hebrew right to left and mirrored, the theme's colours, boxes on the slide.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { deckToPptx } from '../../src/export/pptx/deck-to-pptx.ts';
import { compileFile } from '../../src/pipeline.ts';
import type { Block, Deck, Slide } from '../../src/types.ts';
import { ARTICLE, FIXTURES } from '../helpers/build.ts';
import { readPptx, slideXml, type Pptx } from '../helpers/ooxml.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const EMU_PER_PX = 914400 / 96;

/** What the notes pane must hold: each block's sentences (or its text), as the article wrote them. */
function noteSentences(blocks: Block[]): string[] {
  return blocks.flatMap((block) => {
    if ('sentences' in block && block.sentences?.length) return block.sentences.map((s) => s.text);
    if (block.kind === 'list') return block.items;
    if (block.kind === 'figure') return [block.alt];
    return 'text' in block ? [block.text] : [];
  });
}

const compiled = new Map<string, Promise<Deck>>();
/** Each article is compiled once for the whole file. */
const deckOf = (article: string) => compiled.get(article) ?? compiled.set(article, compileFile(article).then((c) => c.deck)).get(article)!;

async function exported(article: string, theme?: 'light' | 'dark'): Promise<{ deck: Deck; pptx: Pptx }> {
  const deck = await deckOf(article);
  return { deck, pptx: await readPptx(await deckToPptx(deck, { theme })) };
}

describe.each([
  ['the bundled article', ARTICLE, 'en-US'],
  ['a German article with links, a figure and a timeline', path.join(FIXTURES, 'gewaechshaus-de.md'), 'de-DE'],
  ['a Hebrew article', path.join(FIXTURES, 'solar-he.md'), 'he-IL'],
  ['a technical article with code, a table, a quote and math', path.join(FIXTURES, 'technical-cache.md'), 'en-US'],
])('%s as PowerPoint', (_name, article, lang) => {
  let deck: Deck;
  let pptx: Pptx;
  beforeAll(async () => {
    ({ deck, pptx } = await exported(article));
  });

  it('is 16:9 at 13.333 × 7.5 in, one slide per planned slide, each with its title in the title placeholder', () => {
    expect(pptx.size).toEqual({ cx: 12192000, cy: 6858000 });
    expect(pptx.slides).toHaveLength(deck.slides.length);
    pptx.slides.forEach((slide, i) => expect(squash(slide.title ?? ''), `slide ${i + 1}`).toBe(squash(deck.slides[i]!.title)));
  });

  it("holds every sentence of every slide's notes in that slide's notes pane", () => {
    deck.slides.forEach((slide, i) => {
      const notes = squash(pptx.notes[i]!.text);
      for (const sentence of noteSentences(slide.notes)) expect(notes, `slide ${i + 1}`).toContain(squash(sentence));
    });
  });

  it("shows each slide's points as text, and tags every run on slides and in notes with the article's language", () => {
    deck.slides.forEach((slide, i) => {
      const text = squash(pptx.slides[i]!.texts.join(' '));
      for (const point of slide.points) expect(text, `slide ${i + 1}`).toContain(squash(point));
    });
    const slideLangs = new Set(pptx.slides.flatMap((s) => s.runs.map((r) => r.lang)));
    const notesLangs = new Set(pptx.notes.flatMap((n) => n.langs));
    expect([...slideLangs]).toEqual([lang]);
    expect([...notesLangs]).toEqual([lang]);
    expect(pptx.core).toMatchObject({ title: deck.title, language: lang, creator: deck.author ?? '' });
  });

  it('keeps every text box, shape and picture on the slide', () => {
    for (const [i, slide] of pptx.slides.entries()) {
      for (const box of slide.boxes) {
        expect(box.x, `slide ${i + 1} ${box.kind} "${box.text}"`).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(pptx.size.cx);
        expect(box.y + box.h, `slide ${i + 1} ${box.kind} "${box.text}"`).toBeLessThanOrEqual(pptx.size.cy);
      }
    }
  });
});

describe('direction', () => {
  it('Hebrew: every paragraph on slides and in notes runs right to left, aligned right, and the layout is mirrored', async () => {
    const { pptx } = await exported(path.join(FIXTURES, 'solar-he.md'));
    const paragraphs = pptx.slides.flatMap((s) => s.paragraphs);
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(paragraphs.every((p) => p.rtl && p.align === 'r')).toBe(true);
    expect(pptx.notes.flatMap((n) => n.rtl).every(Boolean)).toBe(true);
    // The content box ends 96 px from the right edge: headings hang from there, not from the left.
    const heading = pptx.slides[2]!.boxes.find((b) => b.text === pptx.slides[2]!.title)!;
    expect((heading.x + heading.w) / EMU_PER_PX).toBeCloseTo(1280 - 96, 0);
  });

  it('a left-to-right deck has no right-to-left paragraph', async () => {
    const { pptx } = await exported(ARTICLE);
    expect(pptx.slides.flatMap((s) => s.paragraphs).some((p) => p.rtl)).toBe(false);
    const heading = pptx.slides[3]!.boxes.find((b) => b.text === pptx.slides[3]!.title)!;
    expect(heading.x / EMU_PER_PX).toBeCloseTo(96, 0);
  });
});

describe('layouts', () => {
  it('the German article: its figure embedded with its alt text, the timeline drawn with a dot per event, links live in the notes', async () => {
    const { deck, pptx } = await exported(path.join(FIXTURES, 'gewaechshaus-de.md'));
    const figure = deck.slides.findIndex((s) => s.kind === 'figure');
    expect(pptx.slides[figure]!.pictures).toEqual([{ alt: deck.slides[figure]!.figure!.alt }]);
    const timeline = deck.slides.findIndex((s) => s.kind === 'timeline');
    expect(pptx.slides[timeline]!.ellipses).toBe(deck.slides[timeline]!.events!.length);
    for (const event of deck.slides[timeline]!.events!) expect(pptx.slides[timeline]!.texts).toContain(event.date);
    expect(pptx.notes.flatMap((n) => n.links)).toEqual(['https://example.org/leitfaden-gewaechshaus', 'https://example.org/messwerte']);
  });

  it('the bundled article: the stat figure big in its own box, the FAQ answer in a second box under the question', async () => {
    const { deck, pptx } = await exported(ARTICLE);
    const stat = deck.slides.findIndex((s) => s.kind === 'stat');
    const figureRun = pptx.slides[stat]!.runs.find((r) => r.text === deck.slides[stat]!.stat!.figure)!;
    expect(figureRun.size).toBeGreaterThan(70); // pt; points are 24
    const faq = deck.slides.findIndex((s) => s.kind === 'faq');
    expect(pptx.slides[faq]!.texts.map(squash)).toContain(squash(deck.slides[faq]!.reveal!));
  });

  it('dark and light use the theme colours of assets/theme.css', async () => {
    const light = await exported(ARTICLE, 'light');
    const dark = await exported(ARTICLE, 'dark');
    expect(light.pptx.background).toBe('FFFFFF');
    expect(dark.pptx.background).toBe('12151C');
  });

  it("a brand's accent colour replaces the theme's on bullets and accent text", async () => {
    const deck = await deckOf(ARTICLE);
    const branded = { ...deck, brand: { accent: { hex: '#c2410c' } } };
    const xml = await slideXml(await deckToPptx(branded), 5); // a section with points
    expect(xml).toContain('<a:buClr><a:srgbClr val="C2410C"/>');
    expect(xml).not.toContain('2251CC');
  });

  it('a technical article: its table as a native table, its code line by line in a monospace font, its quote in quotation marks', async () => {
    const deck = await deckOf(path.join(FIXTURES, 'technical-cache.md'));
    const bytes = await deckToPptx(deck);
    const pptx = await readPptx(bytes);
    const table = deck.slides.findIndex((s) => s.kind === 'table');
    const { header, rows } = deck.slides[table]!.table!;
    expect(pptx.slides[table]!.tables).toEqual([[header, ...rows]]);
    expect(new Set(pptx.slides[table]!.runs.map((r) => r.lang))).toEqual(new Set(['en-US']));
    const code = deck.slides.findIndex((s) => s.kind === 'code');
    expect(pptx.slides[code]!.texts).toContain(deck.slides[code]!.code!.text);
    expect(await slideXml(bytes, code + 1)).toContain('<a:latin typeface="Courier New"');
    const quote = deck.slides.findIndex((s) => s.kind === 'quote');
    expect(pptx.slides[quote]!.texts).toContain(`“${deck.slides[quote]!.quote!.text}”`);
  });

  it('a slide kind without a layout of its own keeps its title, its points and its notes', async () => {
    const deck = await deckOf(ARTICLE);
    const poll = { ...deck.slides[4]!, kind: 'poll' as Slide['kind'], title: 'Which partnership matters most?', points: ['Cloud computing', 'Research'] };
    const pptx = await readPptx(await deckToPptx({ ...deck, slides: [poll] }));
    expect(pptx.slides[0]!.title).toBe('Which partnership matters most?');
    expect(pptx.slides[0]!.texts.join('\n')).toContain('Cloud computing\nResearch');
    expect(squash(pptx.notes[0]!.text)).toContain(squash(noteSentences(poll.notes)[0]!));
  });

  it('a kind without a layout that carries code shows the code, line by line, in a monospace font', async () => {
    const deck = await deckOf(ARTICLE);
    // Only the text: the fields a code slide may carry besides are its own layout's business.
    const snippet = { ...deck.slides[4]!, kind: 'snippet', points: [], code: { text: 'const a = 1;\n  return a;' } } as unknown as Slide;
    const bytes = await deckToPptx({ ...deck, slides: [snippet] });
    expect((await readPptx(bytes)).slides[0]!.texts).toContain('const a = 1;\n  return a;');
    expect(await slideXml(bytes, 1)).toContain('<a:latin typeface="Courier New"');
  });

  it('Chinese: runs tagged zh-CN, East Asian characters in a Chinese font, Latin letters in Arial', async () => {
    const bytes = await deckToPptx(await deckOf(path.join(FIXTURES, 'kissaten-zh.md')));
    const xml = await slideXml(bytes, 3);
    expect(xml).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(xml).toContain('<a:latin typeface="Arial"');
    expect(new Set((await readPptx(bytes)).slides.flatMap((s) => s.runs.map((r) => r.lang)))).toEqual(new Set(['zh-CN']));
  });

  it('a heading too long for half the slide and a crowded slide get smaller type instead of running off the slide', async () => {
    const deck = await deckOf(ARTICLE);
    const long = 'A heading that goes on and on about the partnership between two companies, their history, their research, their plans for the decades ahead, the people who made it, the money it cost, the doubts it raised and the questions nobody in the room has answered yet';
    const points = Array.from({ length: 6 }, (_, i) => `Point ${i + 1} is a long sentence that certainly needs two full lines on a slide of this size`);
    const pptx = await readPptx(await deckToPptx({ ...deck, slides: [{ ...deck.slides[4]!, title: long, points }] }));
    const sizes = pptx.slides[0]!.runs.map((r) => r.size!);
    expect(Math.max(...sizes)).toBeLessThan(39); // 52 px = 39 pt at full size
    expect(Math.min(...sizes)).toBeLessThan(24); // 32 px = 24 pt at full size
    for (const box of pptx.slides[0]!.boxes) expect(box.y + box.h).toBeLessThanOrEqual(pptx.size.cy);
  });
});

describe('notes', () => {
  it('keeps a web link live, any other address as text, markup as text, a quote with its attribution and a table row by row', async () => {
    const deck = await deckOf(ARTICLE);
    const notes: Block[] = [
      { kind: 'paragraph', text: 'Read <b>the report</b> & the data.', links: [{ text: 'report', url: 'https://example.org/r?a=1&b=2' }, { text: 'bad', url: 'javascript:alert(1)' }] },
      { kind: 'list', ordered: true, items: ['first step', 'second step'] },
      { kind: 'code', text: 'npm run pptx\nnpx deck pptx talk.md' },
      { kind: 'quote', text: 'Measure first.', attribution: 'an engineer' },
      { kind: 'table', text: 'Endpoint: /price; Calls: 1,240,000\nEndpoint: /cart; Calls: 310,200', header: ['Endpoint', 'Calls'], rows: [['/price', '1,240,000'], ['/cart', '310,200']], align: [undefined, 'right'] },
    ];
    const pptx = await readPptx(await deckToPptx({ ...deck, slides: [{ ...deck.slides[4]!, notes }] }));
    expect(pptx.notes[0]!.links).toEqual(['https://example.org/r?a=1&b=2']);
    expect(pptx.notes[0]!.text).toBe(
      'Read <b>the report</b> & the data. report, bad (javascript:alert(1))\nfirst step\nsecond step\nnpm run pptx\nnpx deck pptx talk.md\n' +
        'Measure first.\n— an engineer\nEndpoint: /price; Calls: 1,240,000\nEndpoint: /cart; Calls: 310,200',
    );
  });
});
