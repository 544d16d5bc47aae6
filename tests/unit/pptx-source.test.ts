/**
 * deck pptx from a built folder: it draws from the deck-plan.json the build wrote, reads images
 * only from inside that folder, and refuses a folder without a plan in one line that says what to do.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { pixelSize } from '../../src/export/pptx/images.ts';
import { compileFile } from '../../src/pipeline.ts';
import type { Deck } from '../../src/types.ts';
import { deckJson, deckPlan } from '../../src/vite/deck-json.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';
import { readPptx } from '../helpers/ooxml.ts';

const CHART = path.join(FIXTURES, 'saved-page_files/heat-chart.png');

async function deckPptx(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['pptx', ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/** A built folder as `deck build` leaves it, as far as deck pptx reads it: deck.json, deck-plan.json, images/. */
async function builtFolder(deck: Deck, name: string): Promise<string> {
  const dir = path.join(await tempDir(`pptx-${name}`), 'deck');
  await mkdir(path.join(dir, 'images'), { recursive: true });
  await writeFile(path.join(dir, 'deck.json'), JSON.stringify(deckJson(deck)));
  await writeFile(path.join(dir, 'deck-plan.json'), JSON.stringify(deckPlan(deck)));
  for (const slide of deck.slides) if (slide.figure?.file) await copyFile(slide.figure.file, path.join(dir, slide.figure.src));
  return dir;
}

let deck: Deck;
beforeAll(async () => {
  deck = (await compileFile(path.join(FIXTURES, 'gewaechshaus-de.md'))).deck;
});

describe('deck pptx <built folder>', () => {
  it("writes no local path into deck-plan.json, and embeds the folder's copy of the image", async () => {
    const branded = { ...deck, brand: { accent: { hex: '#c2410c', position: { file: path.join(FIXTURES, 'a.md'), line: 3 } }, font: { file: path.join(FIXTURES, 'branded/Brand.woff2') } } };
    const plan = JSON.stringify(deckPlan(branded as Deck));
    expect(plan).not.toContain(FIXTURES);
    expect(plan).toContain('"brand":{"accent":{"hex":"#c2410c"}}');
    const dir = await builtFolder(deck, 'built');
    const out = path.join(dir, '..', 'talk.pptx');
    expect(await deckPptx([dir, '--out', out])).toMatchObject({ code: 0, err: [] });
    const pptx = await readPptx(await readFile(out));
    const figure = deck.slides.findIndex((s) => s.kind === 'figure');
    expect(pptx.slides[figure]!.pictures).toEqual([{ alt: deck.slides[figure]!.figure!.alt }]);
  });

  it('never reads an image from outside the folder, whatever its plan says', async () => {
    const figure = deck.slides.findIndex((s) => s.kind === 'figure');
    const dir = await builtFolder(deck, 'escape');
    const secret = path.join(dir, '..', 'secret.png');
    await copyFile(CHART, secret);
    const plan = deckPlan(deck);
    plan.slides[figure] = { ...plan.slides[figure]!, figure: { src: '../secret.png', alt: 'a chart' } };
    await writeFile(path.join(dir, 'deck-plan.json'), JSON.stringify(plan));
    const out = path.join(dir, '..', 'talk.pptx');
    expect(await deckPptx([dir, '--out', out])).toMatchObject({ code: 0, err: [] });
    const slide = (await readPptx(await readFile(out))).slides[figure]!;
    expect(slide.pictures).toEqual([]);
    expect(slide.texts).toContain('a chart'); // the caption stays
  });

  it('a folder built without deck-plan.json is refused in one line that says to rebuild it', async () => {
    const dir = await builtFolder(deck, 'old');
    await writeFile(path.join(dir, 'deck-plan.json'), '{"not": "a deck"}');
    const run = await deckPptx([dir, '--out', path.join(dir, 'x.pptx')]);
    expect(run).toEqual({ code: 1, out: [], err: [expect.stringMatching(/^deck: .*deck: this deck was built without deck-plan\.json .*rebuild it with "deck build"/)] });
  });
});

describe("an image's pixel size, for containing it on the slide", () => {
  it('reads PNG, GIF and JPEG headers and an SVG’s size or viewBox', async () => {
    expect(pixelSize('image/png', await readFile(CHART))).toEqual({ width: expect.any(Number), height: expect.any(Number) });
    const gif = Buffer.from('474946383961' + '4001' + 'f000', 'hex'); // GIF89a, 320 × 240
    expect(pixelSize('image/gif', gif)).toEqual({ width: 320, height: 240 });
    // SOI, an APP0 segment of 16 bytes, then SOF0: precision 8, height 480, width 640.
    const jpeg = Buffer.concat([Buffer.from('ffd8ffe00010', 'hex'), Buffer.alloc(14), Buffer.from('ffc0001108' + '01e0' + '0280' + '03', 'hex'), Buffer.alloc(16)]);
    expect(pixelSize('image/jpeg', jpeg)).toEqual({ width: 640, height: 480 });
    expect(pixelSize('image/svg+xml', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 150"><rect/></svg>'))).toEqual({ width: 300, height: 150 });
    expect(pixelSize('image/svg+xml', Buffer.from('<svg width="40" height="20"/>'))).toEqual({ width: 40, height: 20 });
  });
});
