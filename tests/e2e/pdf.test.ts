/** `deck pdf`: the PDF a user gets, read back with poppler (text, page sizes, pixels) and pdf-lib (links). */
import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { findChrome } from '../../src/export/browser.ts';
import { splitSentences } from '../../src/plan/sentences.ts';
import { launchBrowser, serveDir } from '../helpers/browser.ts';
import { ARTICLE, buildTo, FIXTURES, tempDir } from '../helpers/build.ts';
import { fonts, inkPerPage, linkTargets, pageSizes, pageTexts, pdfInfo } from '../helpers/pdf.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Runs `deck pdf …` as a user would, collecting what it prints and its progress line. */
async function deckPdf(args: string[], tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const status: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), tty, status: (l: string) => status.push(l) };
  const code = await main(['pdf', ...args], io);
  return { code, out, err, status };
}

/** What the deck shows on screen, from the built page in Chromium (not from the print code). */
async function onScreen(dir: string) {
  const browser = await launchBrowser();
  const server = await serveDir(dir);
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    await page.waitForSelector('.reveal.ready');
    return await page.$$eval('.reveal .slides > section', (sections) =>
      sections.map((s) => {
        const fragments = Array.from(s.querySelectorAll<HTMLElement>('.fragment'), (f) => f.dataset.fragmentIndex);
        // What the slide shows: not its notes, nor the reading view's "Read the notes" button.
        const visible = s.cloneNode(true) as HTMLElement;
        visible.querySelectorAll('aside.notes, button').forEach((n) => n.remove());
        return {
          title: s.querySelector('h1, h2')?.textContent ?? '',
          steps: 1 + new Set(fragments).size,
          lastFragment: Array.from(s.querySelectorAll('.fragment')).at(-1)?.textContent ?? '',
          visible: visible.textContent ?? '',
          notes: Array.from(s.querySelectorAll('aside.notes p, aside.notes li'), (p) => p.textContent ?? ''),
        };
      }),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

let work: string;
let deckDir: string;
let slides: Awaited<ReturnType<typeof onScreen>>;
beforeAll(async () => {
  work = await tempDir('pdf');
  deckDir = (await buildTo(ARTICLE)).outDir;
  slides = await onScreen(deckDir);
});

describe('deck pdf, one page per slide', () => {
  let file: string;
  let run: Awaited<ReturnType<typeof deckPdf>>;
  let texts: string[];
  beforeAll(async () => {
    file = path.join(work, 'slides.pdf');
    run = await deckPdf([deckDir, '--out', file], true);
    texts = await pageTexts(file);
  });

  it('has as many 16:9 pages as the deck has slides, each showing its slide title', async () => {
    expect(run.code).toBe(0);
    expect(texts.length).toBe(slides.length);
    const sizes = await pageSizes(file);
    expect(sizes).toHaveLength(slides.length);
    for (const { width, height } of sizes) expect(width / height).toBeCloseTo(16 / 9, 3);
    slides.forEach((slide, i) => expect(texts[i]).toContain(squash(slide.title)));
  });

  it('shows fragments in their final state and none of the notes-only text', () => {
    const all = texts.join(' ');
    const answers = slides.filter((s) => s.steps > 1);
    expect(answers.length).toBeGreaterThan(0);
    for (const slide of answers) expect(all).toContain(squash(slide.lastFragment));
    const visible = squash(slides.map((s) => s.visible).join(' '));
    const notesOnly = slides.flatMap((s) => s.notes.flatMap((n) => splitSentences(squash(n), 'en'))).filter((s) => !visible.includes(s));
    expect(notesOnly.length).toBeGreaterThan(10);
    for (const sentence of notesOnly) expect(all).not.toContain(sentence);
  });

  it('has no blank page, embeds its fonts and carries the title as metadata', async () => {
    for (const share of await inkPerPage(file)) expect(share).toBeGreaterThan(0.001);
    const used = await fonts(file);
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((f) => f.embedded)).toBe(true);
    expect((await pdfInfo(file)).Title).toBe("The Dynamics of Microsoft's Collaboration with OpenAI");
  });

  it('reports progress on a terminal, then one line with the page count and the time', () => {
    expect(run.status).toContain(`slide ${slides.length} of ${slides.length}`);
    expect(run.out).toEqual([expect.stringMatching(new RegExp(`^deck: .*slides\\.pdf: ${slides.length} pages in \\d+\\.\\d\\d s$`))]);
    expect(run.err).toEqual([]);
  });
});

it('--fragments: one page per fragment step', async () => {
  const built = await buildTo(ARTICLE, { fragments: true });
  const steps = (await onScreen(built.outDir)).reduce((sum, s) => sum + s.steps, 0);
  expect(steps).toBeGreaterThan(slides.length + 10);
  const file = path.join(work, 'steps.pdf');
  const run = await deckPdf([built.outDir, '--out', file, '--fragments']);
  expect(run.code).toBe(0);
  expect((await pageTexts(file)).length).toBe(steps);
  expect(run.out).toEqual([expect.stringMatching(/^deck: .*steps\.pdf: \d+ pages in [\d.]+ s$/)]);
});

it('--notes: a handout holding every sentence of the article body, no page blank', async () => {
  const file = path.join(work, 'handout.pdf');
  const run = await deckPdf([deckDir, '--out', file, '--notes']);
  expect(run.code).toBe(0);
  const texts = await pageTexts(file);
  expect(texts.length).toBeGreaterThanOrEqual(slides.length);
  const all = texts.join(' ');
  for (const slide of slides) expect(all).toContain(squash(slide.title));
  const lines = readFileSync(ARTICLE, 'utf8').split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim());
  const body = lines.filter((l) => l.split(' ').length > 12).map((l) => l.replace(/^[–•-]\s*/, ''));
  expect(body.length).toBeGreaterThan(15);
  for (const paragraph of body) for (const sentence of splitSentences(paragraph, 'en')) expect(all).toContain(squash(sentence));
  for (const share of await inkPerPage(file)) expect(share).toBeGreaterThan(0.001);
});

it('--notes from an article file: notes of several thousand words run over pages, unclipped, links kept', async () => {
  const article = path.join(FIXTURES, 'long-notes.md');
  const file = path.join(work, 'long.pdf');
  const run = await deckPdf([article, '--out', file, '--notes']);
  expect(run.code).toBe(0);
  const texts = await pageTexts(file);
  const all = texts.join(' ');
  const numbered = [...readFileSync(article, 'utf8').matchAll(/Sentence (\d+) notes[^.]*\./g)];
  expect(numbered.length).toBeGreaterThan(200);
  for (const [sentence] of numbered) expect(all).toContain(sentence);
  const last = texts.findIndex((t) => t.includes('The last sentence of the long section is this one, and it must reach the end of the handout.'));
  const after = texts.findIndex((t) => t.includes('After the long section, the talk ends with a short section.'));
  expect(last).toBeGreaterThan(0);
  expect(after).toBeGreaterThan(last);
  const longest = texts.filter((t) => t.includes('Sentence 1 notes') || t.includes('Sentence 100 notes') || t.includes('Sentence 200 notes'));
  expect(new Set(longest).size).toBe(3);
  expect(await linkTargets(file)).toContain('https://example.com/long-notes');
  const info = await pdfInfo(file);
  expect([info.Title, info.Author]).toEqual(['A Talk With Very Long Notes', 'Lena Fixture']);
  for (const share of await inkPerPage(file)) expect(share).toBeGreaterThan(0.001);
});

it('--size 1920x1080: larger pages, same slides', async () => {
  const file = path.join(work, 'big.pdf');
  expect((await deckPdf([deckDir, '--out', file, '--size', '1920x1080'])).code).toBe(0);
  const sizes = await pageSizes(file);
  expect(sizes).toHaveLength(slides.length);
  expect(sizes[0]).toEqual({ width: 1440, height: 810 });
  expect((await pageTexts(file))[3]).toContain(squash(slides[3]!.title));
});

describe('when it cannot export', () => {
  const chromePath = process.env.CHROME_PATH;
  // Put back after each test: only the first one hides Chromium.
  afterEach(() => {
    if (chromePath === undefined) delete process.env.CHROME_PATH;
    else process.env.CHROME_PATH = chromePath;
  });

  it('without Chromium: one line saying how to get it, exit 1, no PDF', async () => {
    expect(() => findChrome({ PATH: work })).toThrow('Chromium not found: install it (apt-get install chromium) or set CHROME_PATH to its path');
    process.env.CHROME_PATH = path.join(work, 'no-chromium-here');
    const file = path.join(work, 'none.pdf');
    const run = await deckPdf([ARTICLE, '--out', file]);
    expect(run.code).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(/^deck: Chromium not found .*apt-get install chromium.*CHROME_PATH/);
    await expect(readFile(file)).rejects.toThrow();
  });

  it('a failed export leaves the previous PDF as it was and no temporary file', async () => {
    const notADeck = await tempDir('not-a-deck');
    await writeFile(path.join(notADeck, 'index.html'), '<!doctype html><title>x</title><p>hello</p>');
    const file = path.join(work, 'kept.pdf');
    await writeFile(file, 'the previous PDF');
    const run = await deckPdf([notADeck, '--out', file]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual([expect.stringContaining('not a built deck')]);
    expect(await readFile(file, 'utf8')).toBe('the previous PDF');
    expect((await readdir(work)).filter((n) => n.startsWith('.deck-tmp'))).toEqual([]);
  });

  it('rejects a malformed --size and --notes with --fragments, naming the fix', async () => {
    const bad = await deckPdf([deckDir, '--size', 'big']);
    expect([bad.code, bad.err]).toEqual([1, [expect.stringContaining('WIDTHxHEIGHT in pixels, e.g. 1280x720')]]);
    const both = await deckPdf([deckDir, '--notes', '--fragments']);
    expect([both.code, both.err]).toEqual([1, ['deck: choose --notes (a handout) or --fragments (a page per step), not both']]);
  });
});
