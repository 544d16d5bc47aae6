/**
 * Pages kept between builds (src/build/kept-pages.ts): a deck written from a kept page is the deck
 * Vite writes, file for file and byte for byte, for articles of every kind; a page is kept only
 * when it gives back Vite's page; an article that fails leaves the folder as it was.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build/deck.ts';
import { featuresOf, openKeptPages, templateOf } from '../../src/build/kept-pages.ts';
import { ARTICLE, FIXTURES, tempDir } from '../helpers/build.ts';

/** Every file under dir, relative path → bytes. */
function filesOf(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) for (const [rel, bytes] of filesOf(file, `${prefix}${name}/`)) files.set(rel, bytes);
    else files.set(`${prefix}${name}`, readFileSync(file));
  }
  return files;
}

const withoutCache = async <T>(run: () => Promise<T>): Promise<T> => {
  process.env.DECK_CACHE = '0';
  try {
    return await run();
  } finally {
    delete process.env.DECK_CACHE;
  }
};

afterEach(() => void delete process.env.DECK_CACHE);

describe('a deck written from a kept page', () => {
  const articles = {
    'plain text': ARTICLE,
    'Markdown, right to left': path.join(FIXTURES, 'solar-he.md'),
    'a saved page with images': path.join(FIXTURES, 'saved-page.html'),
    'code and a table (features)': path.join(FIXTURES, 'technical-cache.md'),
  };

  it.each(Object.entries(articles))('is the deck Vite writes, byte for byte: %s', async (_, article) => {
    const dir = await tempDir('kept');
    const byVite = path.join(dir, 'vite');
    const { compiled } = await withoutCache(() => buildDeck(article, byVite));
    // A build with the cache keeps the page (Vite runs when none is kept yet), the next one writes from it.
    await buildDeck(article, path.join(dir, 'first'));
    expect(openKeptPages({})!.find(featuresOf(compiled.rendered))).toBeDefined();
    const fromKept = path.join(dir, 'kept');
    await buildDeck(article, fromKept);
    const vite = filesOf(byVite);
    const kept = filesOf(fromKept);
    expect([...kept.keys()]).toEqual([...vite.keys()]);
    for (const [name, bytes] of vite) {
      // Text files compared as text, so that a difference shows where it is.
      if (/\.(html|json|css|js)$/.test(name)) expect(kept.get(name)!.toString('utf8'), name).toBe(bytes.toString('utf8'));
      else expect(kept.get(name)!.equals(bytes), name).toBe(true);
    }
  });

  it('is not written when the article fails: the folder keeps the deck it had', async () => {
    await buildDeck(ARTICLE, path.join(await tempDir('kept-warm'), 'deck'));
    const out = path.join(await tempDir('kept-fail'), 'deck');
    await buildDeck(ARTICLE, out);
    const before = filesOf(out);
    const bad = path.join(mkdtempSync(path.join(tmpdir(), 'kept-bad-')), 'empty.txt');
    writeFileSync(bad, '   \n\n');
    await expect(buildDeck(bad, out)).rejects.toMatchObject({ code: expect.any(String) });
    expect(filesOf(out)).toEqual(before);
  });
});

describe('a page is kept', () => {
  it("only when the article put back into it gives Vite's page", async () => {
    const dir = await tempDir('kept-template');
    const { compiled } = await withoutCache(() => buildDeck(ARTICLE, path.join(dir, 'deck')));
    const page = readFileSync(path.join(dir, 'deck', 'index.html'), 'utf8');
    const template = templateOf(page, compiled.rendered);
    expect(template).toBeDefined();
    expect(template).not.toContain(compiled.rendered.title);
    // Anything of the deck's outside its slides, title and <html> (here, its title in a meta tag) would
    // reach every other deck: such a page is not kept.
    const touched = page.replace('</head>', `<meta name="description" content="${compiled.rendered.title}"></head>`);
    expect(templateOf(touched, compiled.rendered)).toBeUndefined();
  });

  it('and used only while every file of it is there as it was kept', async () => {
    const dir = await tempDir('kept-files');
    await buildDeck(ARTICLE, path.join(dir, 'deck'));
    const kept = openKeptPages({})!.find([])!;
    expect(kept.assets.some((name) => name.endsWith('.js'))).toBe(true);
    // A copy of the kept page with one of its files cut short is not used.
    const root = mkdtempSync(path.join(tmpdir(), 'kept-root-'));
    const pages = openKeptPages({}, root)!;
    await pages.keepTemplate([], kept.template, kept.assetsDir);
    const copy = pages.find([])!;
    expect(copy.assets).toEqual(kept.assets);
    const chunk = copy.assets.find((name) => name.startsWith('notes-'))!;
    writeFileSync(path.join(copy.assetsDir, chunk), '');
    expect(pages.find([])).toBeUndefined();
  });

  it('nowhere when the cache is off', () => {
    process.env.DECK_CACHE = '0';
    expect(openKeptPages({})).toBeUndefined();
  });
});
