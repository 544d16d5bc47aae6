/**
 * A folder of articles → a site of decks (src/site/), built from the TypeScript sources (the
 * articles compile on this thread; the compiled CLI's thread pool is covered by the package test).
 * Articles: tests/fixtures/site/ — Portuguese text copied from a blog, English Markdown with a
 * hostile title, a French saved page, Dutch Markdown.
 */
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build/deck.ts';
import { main } from '../../src/cli/main.ts';
import { buildSite, type SiteResult } from '../../src/site/build.ts';
import { writeSiteIndex } from '../../src/site/write-index.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

let work: string;
let articles: string;
let site: string;
let first: SiteResult;

const read = (...parts: string[]) => readFile(path.join(...parts), 'utf8');

/** Every file under dir (relative path → content hash), the manifests aside. */
async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir, { recursive: true, encoding: 'utf8' })).sort()) {
    if (name.split(path.sep).some((part) => part.startsWith('.deck-manifest')) || !(await stat(path.join(dir, name))).isFile()) continue;
    out[name] = createHash('sha256').update(await readFile(path.join(dir, name))).digest('hex');
  }
  return out;
}

beforeAll(async () => {
  work = await tempDir('site');
  articles = path.join(work, 'articles');
  await cp(path.join(FIXTURES, 'site'), articles, { recursive: true });
  site = path.join(work, 'site');
  first = await buildSite(articles, site);
}, 180_000);

describe('a folder of articles becomes a site of decks', () => {
  it('gives every article a deck folder of its own, loading one shared runtime from ../assets/', async () => {
    expect(first.failed).toEqual([]);
    expect(first.built.map((a) => a.slug)).toEqual(['2025-night-ferries', 'cisternas-pt', 'fietsroutes-nl', 'velo-cargo-fr']);
    const shared = await readdir(path.join(site, 'assets'));
    for (const { slug } of first.built) {
      const page = await read(site, slug, 'index.html');
      const refs = [...page.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((ref) => !ref.startsWith('http'));
      expect(refs.length).toBeGreaterThan(1);
      for (const ref of refs) {
        expect(ref).toMatch(/^\.\.\/assets\/[\w-]+\.\w+$/);
        expect(shared).toContain(ref.slice('../assets/'.length));
      }
      expect(await readdir(path.join(site, slug))).not.toContain('assets');
      expect(JSON.parse(await read(site, slug, 'deck.json'))).toMatchObject({ slides: expect.any(Number), talkSeconds: expect.any(Number) });
    }
  });

  it('makes each deck the page `deck build` makes for its article alone, bar where the assets are', async () => {
    const alone = await buildDeck(path.join(articles, 'fietsroutes-nl.md'), path.join(work, 'alone'));
    const page = (await read(site, 'fietsroutes-nl', 'index.html')).replaceAll('../assets/', './assets/');
    expect(page).toBe(await read(alone.outDir, 'index.html'));
    expect(await read(site, 'fietsroutes-nl', 'deck.json')).toBe(await read(alone.outDir, 'deck.json'));
    // What `deck pptx site/<slug>` exports.
    expect(await read(site, 'fietsroutes-nl', 'deck-plan.json')).toBe(await read(alone.outDir, 'deck-plan.json'));
  });

  it('lists every deck on the index: title (escaped), lead, date, language, slides, talk time, link', async () => {
    const html = await read(site, 'index.html');
    expect(first.index.decks).toHaveLength(4);
    expect(html).not.toContain("<script>alert('x')");
    expect(html).toContain('Night Ferries &#x3C;script>');
    expect(html).toContain('Taking the night ferry from Hull to Rotterdam');
    expect(html).toContain('2025-06-02');
    expect(html).toContain('Nederlands');
    expect(html).toMatch(/\d+ slides/);
    expect(html).toContain('href="velo-cargo-fr/index.html"');
    expect(html).toMatch(/<link rel="stylesheet" href="assets\/site-[\w-]+\.css">/);
  });

  it('builds the same site from four shards copied together and `deck index`', async () => {
    const merged = path.join(work, 'merged');
    const shares: string[][] = [];
    for (let i = 1; i <= 4; i++) {
      const out = path.join(work, `shard-${i}`);
      const result = await buildSite(articles, out, { shard: `${i}/4` });
      shares.push(result.articles.map((a) => a.rel));
      await cp(out, merged, { recursive: true });
    }
    expect(shares.flat().sort()).toEqual(first.articles.map((a) => a.rel).sort());
    await writeSiteIndex(merged);
    expect(await files(merged)).toEqual(await files(site));
  }, 120_000);
});

describe('decks with code, tables or formulas', () => {
  it('get the stylesheet with those styles, and share the scripts of the others', async () => {
    const mixed = path.join(work, 'mixed');
    await cp(path.join(FIXTURES, 'technical-cache.md'), path.join(mixed, 'technical-cache.md'));
    await cp(path.join(FIXTURES, 'site', 'fietsroutes-nl.md'), path.join(mixed, 'fietsroutes-nl.md'));
    const result = await buildSite(mixed, path.join(work, 'mixed-site'));
    expect(result.failed).toEqual([]);
    const refs = async (slug: string) => [...(await read(work, 'mixed-site', slug, 'index.html')).matchAll(/"\.\.\/assets\/([\w-]+\.(?:js|css))"/g)].map((m) => m[1]!);
    const [technical, plain] = [await refs('technical-cache'), await refs('fietsroutes-nl')];
    const css = (names: string[]) => names.find((n) => n.endsWith('.css'))!;
    expect(css(technical)).not.toBe(css(plain));
    expect(await read(work, 'mixed-site', 'assets', css(technical))).toContain('--code-bg');
    expect(await read(work, 'mixed-site', 'assets', css(plain))).not.toContain('--code-bg');
    expect(technical.filter((n) => n.endsWith('.js'))).toEqual(plain.filter((n) => n.endsWith('.js')));
  }, 120_000);
});

describe('a branded deck in a site', () => {
  it('is built again when its logo changes, though its article does not', async () => {
    const branded = path.join(work, 'branded');
    await cp(path.join(FIXTURES, 'branded'), branded, { recursive: true });
    const out = path.join(work, 'branded-site');
    expect((await buildSite(path.join(branded, 'talk.md'), out)).built.map((a) => a.slug)).toEqual(['talk']);
    expect((await buildSite(path.join(branded, 'talk.md'), out)).built).toEqual([]);
    await writeFile(path.join(branded, 'logo.svg'), (await read(branded, 'logo.svg')).replace('</svg>', '<circle cx="1" cy="1" r="1"/></svg>'));
    expect((await buildSite(path.join(branded, 'talk.md'), out)).built.map((a) => a.slug)).toEqual(['talk']);
  }, 120_000);
});

describe('a rebuild', () => {
  it('skips unchanged articles, rebuilds an edited one and removes the deck of a deleted one', async () => {
    const again = await buildSite(articles, site);
    expect(again.built).toEqual([]);
    expect(again.unchanged).toHaveLength(4);

    await writeFile(path.join(articles, 'fietsroutes-nl.md'), `${await read(articles, 'fietsroutes-nl.md')}\nNog één alinea, later toegevoegd aan het slot.\n`);
    await rm(path.join(articles, 'velo-cargo-fr.html'));
    const edited = await buildSite(articles, site);
    expect(edited.built.map((a) => a.slug)).toEqual(['fietsroutes-nl']);
    expect(edited.removed).toEqual(['velo-cargo-fr']);
    expect(await readdir(site)).not.toContain('velo-cargo-fr');
    expect(await read(site, 'index.html')).not.toContain('velo-cargo-fr');
    expect(await read(site, 'fietsroutes-nl', 'index.html')).toContain('later toegevoegd');
  }, 120_000);

  it('keeps a broken article’s previous deck, lists its one-line error after the others are built, and exits 1', async () => {
    const before = await read(site, 'cisternas-pt', 'index.html');
    await writeFile(path.join(articles, 'cisternas-pt.txt'), new Uint8Array([0x50, 0x4b, 0, 0, 0x03, 0x04]));
    await writeFile(path.join(articles, 'nova.md'), '# Uma nota nova\n\nUm parágrafo de abertura curto.\n\n## Primeira parte\n\nO texto da primeira parte tem duas frases. Esta é a segunda.\n');
    const lines: string[] = [];
    const code = await main(['build', articles, '--out', site], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/index\.html: 4 decks; 1 built, 2 unchanged, 1 failed in/);
    expect(lines[1]).toMatch(/^deck: .*cisternas-pt\.txt: binary data/);
    expect(lines[2]).toMatch(/^deck: 1 of 4 articles failed \(listed above\); their previous decks were kept$/);
    expect(await read(site, 'cisternas-pt', 'index.html')).toBe(before);
    expect(await readdir(site)).toContain('nova');

    // Run again: the same bytes fail the same way (remembered, not compiled again). Put back as they
    // were, they are the bytes the kept deck was built from: nothing to build, nothing failed.
    const again = await buildSite(articles, site);
    expect(again.failed.map((f) => f.line)).toEqual([lines[1]]);
    await cp(path.join(FIXTURES, 'site', 'cisternas-pt.txt'), path.join(articles, 'cisternas-pt.txt'));
    const restored = await buildSite(articles, site);
    expect([restored.built, restored.failed]).toEqual([[], []]);
    expect(await read(site, 'cisternas-pt', 'index.html')).toBe(before);

    const index: string[] = [];
    expect(await main(['index', site], { out: (l) => index.push(l), err: (l) => index.push(l) })).toBe(0);
    expect(index).toEqual([expect.stringMatching(/index\.html: 4 decks$/)]);
  }, 120_000);
});
