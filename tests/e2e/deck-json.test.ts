/**
 * deck.json: what a built deck is (title, author, date, language, direction, slides, talk time,
 * source), written beside index.html by the build, so that tools taking a built folder (`deck pdf`,
 * `deck check`) read it there instead of reading it back out of the HTML.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportPdf } from '../../src/export/pdf.ts';
import { defaultPdfPath } from '../../src/export/naming.ts';
import { main } from '../../src/cli/main.ts';
import { buildTo, FIXTURES, tempDir } from '../helpers/build.ts';
import { pdfInfo } from '../helpers/pdf.ts';

const readJson = async (dir: string) => JSON.parse(await readFile(path.join(dir, 'deck.json'), 'utf8'));
const sectionsIn = (html: string) => html.match(/<section class="slide /g)?.length;

describe('deck.json beside a built deck', () => {
  let dir: string;

  beforeAll(async () => {
    // Front matter: title Shipping Small Web Apps, author Ada Example, date 2026-03-14, lang en, duration 12 (minutes).
    ({ outDir: dir } = await buildTo(path.join(FIXTURES, 'markdown-talk.md')));
  });

  it("holds the article's title, author, date, language, direction, slide count, talk time and source", async () => {
    const html = await readFile(path.join(dir, 'index.html'), 'utf8');
    const json = await readJson(dir);
    expect(json).toMatchObject({
      title: 'Shipping Small Web Apps',
      author: 'Ada Example',
      date: '2026-03-14',
      lang: 'en',
      dir: 'ltr',
      slides: sectionsIn(html),
      source: 'markdown-talk.md',
    });
    // The front matter's 12 minutes, give or take the rounding of each slide's seconds.
    expect(Math.abs(json.talkSeconds - 12 * 60)).toBeLessThanOrEqual(json.slides);
  });

  it('says right to left for a Hebrew article', async () => {
    const { outDir } = await buildTo(path.join(FIXTURES, 'solar-he.md'));
    expect(await readJson(outDir)).toMatchObject({ lang: 'he', dir: 'rtl', source: 'solar-he.md' });
  });

  it("deck pdf <built folder> names the file and fills the PDF's metadata from deck.json, not from <title>", async () => {
    const page = path.join(dir, 'index.html');
    await writeFile(page, (await readFile(page, 'utf8')).replace(/<title>[^<]*<\/title>/, '<title>Edited By Hand</title>'));
    expect(await defaultPdfPath(dir, true, '/work')).toBe(path.join('/work', 'dist', 'shipping-small-web-apps.pdf'));
    const out = path.join(await tempDir('deck-json-pdf'), 'talk.pdf');
    await exportPdf(dir, out);
    const info = await pdfInfo(out);
    expect([info.Title, info.Author]).toEqual(['Shipping Small Web Apps', 'Ada Example']);
  }, 90_000);

  it('deck pdf refuses a folder without deck.json in one line that says how to make one', async () => {
    const { outDir } = await buildTo(path.join(FIXTURES, 'remote-work.txt'));
    await rm(path.join(outDir, 'deck.json'));
    const err: string[] = [];
    const code = await main(['pdf', outDir, '--out', path.join(outDir, '..', 'x.pdf')], { out: () => {}, err: (l) => err.push(l) });
    expect(code).toBe(1);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/deck\.json.*deck build/);
  }, 60_000);
});
