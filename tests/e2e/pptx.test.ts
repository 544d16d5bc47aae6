/**
 * `deck pptx` as a user runs it, and the file opened by another program: LibreOffice Impress
 * (headless) converts each export to PDF once, and poppler reads it back — one page per slide,
 * every slide's title on its page, every word inside the page. The pages are also written as PNGs
 * to tests/.output/pptx-*.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { compileFile } from '../../src/pipeline.ts';
import type { Deck } from '../../src/types.ts';
import { ARTICLE, buildTo, FIXTURES, tempDir } from '../helpers/build.ts';
import { readPptx } from '../helpers/ooxml.ts';
import { pageSizes, pageTexts } from '../helpers/pdf.ts';

const run = promisify(execFile);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Runs `deck pptx …` as a user would, collecting what it prints and its progress line. */
async function deckPptx(args: string[], tty = false) {
  const out: string[] = [];
  const err: string[] = [];
  const status: string[] = [];
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), tty, status: (l: string) => status.push(l) };
  const code = await main(['pptx', ...args], io);
  return { code, out, err, status };
}

/** All the files converted by one LibreOffice run, with a profile of its own (runs may overlap). */
async function toPdf(files: string[], outDir: string): Promise<void> {
  const profile = await mkdtemp(path.join(outDir, 'lo-profile-'));
  await run('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    env: { ...process.env, HOME: profile },
    timeout: 240_000,
  });
}

/** Words `pdftotext -bbox` places outside their page. */
async function wordsOffPage(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 << 20 });
  const off: string[] = [];
  let page = { width: 0, height: 0, n: 0 };
  for (const line of stdout.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (p) page = { width: Number(p[1]), height: Number(p[2]), n: page.n + 1 };
    const w = /<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*)<\/word>/.exec(line);
    if (w && (Number(w[1]) < 0 || Number(w[2]) < 0 || Number(w[3]) > page.width + 0.5 || Number(w[4]) > page.height + 0.5)) off.push(`page ${page.n}: ${w[5]}`);
  }
  return off;
}

const HEBREW = path.join(FIXTURES, 'solar-he.md');
const GERMAN = path.join(FIXTURES, 'gewaechshaus-de.md');
const TECHNICAL = path.join(FIXTURES, 'technical-cache.md');

let work: string;
let decks: Record<'bundled' | 'hebrew' | 'german' | 'technical', Deck>;
let runs: Record<string, Awaited<ReturnType<typeof deckPptx>>>;
const exports = ['light', 'dark', 'hebrew', 'built', 'technical'] as const;
const file = (name: string) => path.join(work, `${name}.pptx`);
const pdf = (name: string) => path.join(work, `${name}.pdf`);

beforeAll(async () => {
  work = await tempDir('pptx');
  const [bundled, hebrew, german, technical] = await Promise.all([ARTICLE, HEBREW, GERMAN, TECHNICAL].map(async (a) => (await compileFile(a)).deck));
  decks = { bundled: bundled!, hebrew: hebrew!, german: german!, technical: technical! };
  const built = await buildTo(GERMAN, { theme: 'dark' });
  runs = {
    light: await deckPptx([ARTICLE, '--out', file('light'), '--theme', 'light'], true),
    dark: await deckPptx([ARTICLE, '--out', file('dark'), '--theme', 'dark']),
    hebrew: await deckPptx([HEBREW, '--out', file('hebrew')]),
    built: await deckPptx([built.outDir, '--out', file('built')]),
    technical: await deckPptx([TECHNICAL, '--out', file('technical')]),
  };
  await toPdf(exports.map(file), work);
  for (const name of exports) await run('pdftoppm', ['-png', '-r', '50', pdf(name), path.join(work, name)]);
}, 300_000);

describe('deck pptx, opened in LibreOffice Impress', () => {
  it('reports progress on a terminal, then one line with the slide count and the time; nothing else', () => {
    expect(runs.light!.code).toBe(0);
    const total = decks.bundled.slides.length;
    expect(runs.light!.status).toEqual(['reading the article…', `slide ${total} of ${total}`, 'writing the file…', '']);
    expect(runs.light!.out).toEqual([expect.stringMatching(new RegExp(`^deck: .*light\\.pptx: ${decks.bundled.slides.length} slides in \\d+\\.\\d\\d s$`))]);
    expect(runs.dark!.status).toEqual([]);
    for (const r of Object.values(runs)) expect([r.code, r.err]).toEqual([0, []]);
  });

  it.each([
    ['light', 'bundled'],
    ['dark', 'bundled'],
    ['hebrew', 'hebrew'],
    ['built', 'german'],
    ['technical', 'technical'],
  ] as const)('%s: one 16:9 page per slide, each with its slide title, every word inside the page', async (name, deck) => {
    const slides = decks[deck].slides;
    const sizes = await pageSizes(pdf(name));
    expect(sizes).toHaveLength(slides.length);
    for (const { width, height } of sizes) expect(width / height).toBeCloseTo(16 / 9, 2);
    const texts = await pageTexts(pdf(name));
    // pdftotext gives right-to-left words in visual order (letters reversed): compare words either way round.
    slides.forEach((slide, i) => {
      for (const word of squash(slide.title).split(' ').map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => w.length > 2)) {
        const reversed = [...word].reverse().join('');
        expect(texts[i]!.includes(word) || texts[i]!.includes(reversed), `page ${i + 1}: "${word}" in ${texts[i]}`).toBe(true);
      }
    });
    expect(await wordsOffPage(pdf(name))).toEqual([]);
    expect((await readdir(work)).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))).toHaveLength(slides.length);
  });

  it('a built folder gives the same slides and notes as its article, the image included', async () => {
    const fromFolder = await readPptx(await readFile(file('built')));
    expect(fromFolder.slides.map((s) => s.title)).toEqual(decks.german.slides.map((s) => s.title));
    const figure = decks.german.slides.findIndex((s) => s.kind === 'figure');
    expect(fromFolder.slides[figure]!.pictures).toEqual([{ alt: decks.german.slides[figure]!.figure!.alt }]);
    expect(squash(fromFolder.notes[3]!.text)).toContain(squash(decks.german.slides[3]!.notes.map((b) => ('text' in b ? b.text : '')).join(' ')));
  });

  it('Hebrew pages read right to left: the title ends at the right margin', async () => {
    const { stdout } = await run('pdftotext', ['-bbox', '-f', '3', '-l', '3', pdf('hebrew'), '-']);
    const xs = [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/g)].map((m) => Number(m[2]));
    expect(Math.max(...xs)).toBeGreaterThan(960 - 96 * 0.75 - 12); // the content box's right edge, 72 pt in
  });
});

describe('deck pptx errors', () => {
  it('a missing article: one line, exit 1, and an earlier file of that name left as it was', async () => {
    const out = path.join(work, 'kept.pptx');
    await writeFile(out, 'earlier');
    const r = await deckPptx([path.join(work, 'missing.md'), '--out', out]);
    expect([r.code, r.err]).toEqual([1, [expect.stringMatching(/^deck: .*missing\.md: no such file or folder/)]]);
    expect(await readFile(out, 'utf8')).toBe('earlier');
    expect((await readdir(work)).filter((f) => f.startsWith('.deck-tmp'))).toEqual([]);
  });

  it('a folder that is not a built deck: one line saying how to make one', async () => {
    const r = await deckPptx([work, '--out', path.join(work, 'x.pptx')]);
    expect([r.code, r.err]).toEqual([1, [expect.stringContaining('not a built deck')]]);
    expect(existsSync(path.join(work, 'x.pptx'))).toBe(false);
  });
});
