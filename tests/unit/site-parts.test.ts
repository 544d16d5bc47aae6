/** The pieces of a site build that need no build: globs, shards, deck names, the index page, the progress line. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverArticles, isSiteInput } from '../../src/site/discover.ts';
import { globToRegExp, splitGlob } from '../../src/site/glob.ts';
import { sortDecks, type IndexedDeck } from '../../src/site/index-data.ts';
import { languageName, renderIndexPage } from '../../src/site/index-page.ts';
import { progressLine } from '../../src/site/progress.ts';
import { poolSize, threadFlags } from '../../src/site/pool.ts';
import { inShard, parseShard, shardOf } from '../../src/site/shard.ts';
import { assignSlugs } from '../../src/site/slug.ts';
import { tempDir } from '../helpers/build.ts';

const deck = (slug: string, meta: Partial<IndexedDeck['meta']> = {}): IndexedDeck => ({
  slug,
  meta: { title: slug, lang: 'en', dir: 'ltr', slides: 9, talkSeconds: 600, source: `${slug}.md`, ...meta },
});

describe('globs', () => {
  it('match names within a folder, across folders and from a set of extensions', () => {
    expect(globToRegExp('*.md').test('talk.md')).toBe(true);
    expect(globToRegExp('*.md').test('2024/talk.md')).toBe(false);
    expect(globToRegExp('**/*.md').test('2024/05/talk.md')).toBe(true);
    expect(globToRegExp('**/*.md').test('talk.md')).toBe(true);
    expect(globToRegExp('post-?.{md,txt}').test('post-3.txt')).toBe(true);
    expect(globToRegExp('post-[0-4].html').test('post-7.html')).toBe(false);
    expect(globToRegExp('a+b (1).md').test('a+b (1).md')).toBe(true);
  });

  it('start walking at the folder before the first pattern', () => {
    expect(splitGlob('posts/2024/*.md')).toEqual({ base: 'posts/2024', rest: '*.md' });
    expect(splitGlob('**/*.txt')).toEqual({ base: '.', rest: '**/*.txt' });
  });

  it('pick the articles of a folder tree, leaving out hidden folders, saved-page folders and the output folder', async () => {
    const dir = await tempDir('site-discover');
    for (const file of ['a.md', 'b.txt', 'notes.pdf', '.draft.md', 'x/c.html', 'x/page_files/frame.html', '.git/d.md', 'site/e/index.html']) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), '# t\n');
    }
    const found = discoverArticles([dir], path.join(dir, 'site')).map((a) => a.rel);
    expect(found).toEqual(['a.md', 'b.txt', 'x/c.html']);
    expect(discoverArticles([`${dir}/**/*.{md,html}`], path.join(dir, 'site')).map((a) => a.rel)).toEqual(['a.md', 'x/c.html']);
    expect(isSiteInput([dir])).toBe(true);
    expect(isSiteInput([path.join(dir, 'a.md')])).toBe(false);
    expect(isSiteInput([path.join(dir, 'a.md'), path.join(dir, 'b.txt')])).toBe(true);
  });
});

describe('shards', () => {
  it('split the articles into n shares that cover each article exactly once, whatever the order', () => {
    const rels = Array.from({ length: 200 }, (_, i) => `batch-${i % 7}/post-${i}.md`);
    const shares = [1, 2, 3, 4].map((index) => rels.filter((rel) => inShard(rel, { index, count: 4 })));
    expect(shares.flat().sort()).toEqual([...rels].sort());
    for (const share of shares) expect(share.length).toBeGreaterThan(25); // roughly even
    expect(shardOf('batch-1/post-8.md', 4)).toBe(shardOf('batch-1/post-8.md', 4));
  });

  it('are given as i/n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const wrong of ['0/4', '5/4', '2', 'a/b', '1/0']) expect(() => parseShard(wrong)).toThrow(/--shard/);
  });
});

describe('deck names', () => {
  it('come from the article path, unique, never the shared assets folder', () => {
    expect(assignSlugs(['2024/Café notes.md', 'talk.md', 'talk.txt', 'assets.md', 'שלום.md', '???.md'])).toEqual([
      '2024-cafe-notes',
      'talk',
      'talk-2',
      'assets-deck',
      'שלום',
      expect.stringMatching(/^deck-[0-9a-f]{8}$/),
    ]);
  });
});

describe('the index page', () => {
  it("escapes every article string and carries the decks' policy with no script", () => {
    const hostile = deck('x', { title: '</a><script>alert(1)</script>', lead: '<img src=x onerror=alert(1)>', author: '"><b>me</b>' });
    const html = renderIndexPage([hostile], { stylesheet: 'assets/site.css', icon: 'assets/icon.svg', policy: "default-src 'self'" });
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&#x3C;/a>&#x3C;script>');
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });

  it('links each deck and, when built, its PDF and single file; names the language in its own words', () => {
    const html = renderIndexPage([{ ...deck('a', { lang: 'es' }), pdf: 'a/a.pdf', singleFile: 'a/a.html' }, deck('b')], {
      stylesheet: 's.css',
      icon: 'i.svg',
      policy: '',
    });
    expect(html).toContain('href="a/index.html"');
    expect(html).toContain('href="a/a.pdf"');
    expect(html).toContain('href="a/a.html"');
    expect(html.match(/Single file/g)).toHaveLength(1);
    expect(html).toContain('Español');
    expect(languageName('he')).toBe('עברית');
    expect(languageName('not a language')).toBe('not a language');
  });

  it('lists the newest first, undated decks last', () => {
    const order = sortDecks([deck('old', { date: '2019-03-01' }), deck('none'), deck('new', { date: '2025-01-09' }), deck('words', { date: 'sometime' })]);
    expect(order.map((d) => d.slug)).toEqual(['new', 'old', 'none', 'words']);
  });
});

describe('the progress line', () => {
  it('shows done of total, failures and elapsed time', () => {
    expect(progressLine({ done: 5, total: 10, failed: 1 }, 2500, 10)).toBe('[#####-----] 5/10 · 1 failed · 2.5 s');
    expect(progressLine({ done: 0, total: 3, failed: 0 }, 0, 6)).toBe('[------] 0/3 · 0.0 s');
  });
});

describe('the compile pool', () => {
  it('has a thread per core, never more than articles, and keeps node flags but not those of `node -e`', () => {
    expect([poolSize(500, 2), poolSize(1, 8), poolSize(0, 4)]).toEqual([2, 1, 1]);
    expect(threadFlags(['--input-type=module', '-e', 'import("article-deck")', '--max-old-space-size=900'])).toEqual(['--max-old-space-size=900']);
  });
});

describe("the site benchmark's articles", () => {
  it('mix text, Markdown and HTML, one in a hundred broken', async () => {
    const { writeSiteArticles } = await import('../../bench/site-articles.ts');
    const dir = await tempDir('site-bench-articles');
    expect(await writeSiteArticles(dir, 400)).toEqual({ broken: 4 });
    const found = discoverArticles([dir], path.join(dir, 'site'));
    expect(found).toHaveLength(400);
    for (const ext of ['.txt', '.md', '.html']) expect(found.filter((a) => a.rel.endsWith(ext)).length).toBeGreaterThan(100);
  });
});
