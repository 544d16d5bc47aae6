/** `deck pdf`'s pure parts: the page size it accepts and where it writes by default. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPdfPath, slugify } from '../../src/export/naming.ts';
import { parseSize } from '../../src/export/size.ts';
import { tempDir } from '../helpers/build.ts';

describe('--size', () => {
  it('reads WIDTHxHEIGHT in pixels', () => {
    expect(parseSize('1280x720')).toEqual({ width: 1280, height: 720 });
    expect(parseSize(' 1920 × 1080 ')).toEqual({ width: 1920, height: 1080 });
    expect(parseSize('1024X768')).toEqual({ width: 1024, height: 768 });
  });

  it.each([
    ['big', 'WIDTHxHEIGHT in pixels'],
    ['1280', 'WIDTHxHEIGHT in pixels'],
    ['1280x72', 'between 180 and 4320 pixels'],
    ['720x1280', 'landscape'],
    ['4000x1000', 'landscape'],
  ])('refuses %s, saying what to give', (text, fix) => {
    expect(() => parseSize(text)).toThrow(fix);
  });
});

describe('the default output file', () => {
  it('is dist/<article file name>.pdf for an article', async () => {
    expect(await defaultPdfPath('slides/microsoft-openai.txt', false, '/work')).toBe(path.join('/work', 'dist', 'microsoft-openai.pdf'));
  });

  it("is dist/<slug of the deck's title>.pdf for a built deck folder, the title from its deck.json", async () => {
    const dir = await tempDir('naming');
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'dist', 'deck.json'), JSON.stringify({ title: "Café & Crème: l'été", lang: 'fr', slides: 3 }));
    expect(await defaultPdfPath(path.join(dir, 'dist'), true, '/work')).toBe(path.join('/work', 'dist', 'cafe-creme-lete.pdf'));
  });

  it('slugs keep letters and digits of any script', () => {
    expect(slugify("Microsoft's Collaboration with OpenAI")).toBe('microsofts-collaboration-with-openai');
    expect(slugify('Привет, мир 2026')).toBe('привет-мир-2026');
  });
});
