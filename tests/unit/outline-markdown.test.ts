/**
 * `deck outline --markdown` is the escape hatch for every reading heuristic: the Markdown it writes
 * must build the deck the article built. Checked on every fixture, the bundled article and the
 * shared corpus, and on text full of characters Markdown would read as syntax.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { markdownFor } from '../../src/cli/outline-markdown.ts';
import { isDeckError } from '../../src/errors.ts';
import { textOfBlock } from '../../src/outline/blocks.ts';
import { buildOutline } from '../../src/outline/index.ts';
import { outlineToMarkdown } from '../../src/outline/to-markdown.ts';
import { compileFile, compileSource, type Compiled } from '../../src/pipeline.ts';
import { resolveImages } from '../../src/read/images.ts';
import { parseArticle } from '../../src/read/index.ts';
import type { Block, Outline, Section } from '../../src/types.ts';
import { ARTICLE, FIXTURES, ROOT, tempDir } from '../helpers/build.ts';

const articlesIn = (dir: string) => readdirSync(dir).filter((f) => /\.(txt|md|html)$/.test(f)).map((f) => path.join(dir, f));

/** The shared corpus's articles that build (its adversarial files too), where the corpus is at hand. */
function corpus(): string[] {
  const dir = path.resolve(ROOT, '../shared/corpus');
  if (!existsSync(path.join(dir, 'expected.json'))) return [];
  const { files } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { files: Record<string, { outcome: string }> };
  return Object.entries(files)
    .filter(([, entry]) => entry.outcome.startsWith('ok'))
    .map(([name]) => path.join(dir, name));
}

const ARTICLES = [...articlesIn(FIXTURES), ARTICLE, ...corpus()];

/** Builds the Markdown written for `original` as a file beside the article would build (nothing is written). */
async function rebuild(original: Compiled): Promise<{ markdown: string; compiled: Compiled }> {
  const file = path.join(path.dirname(original.outline.file), 'written-by-outline.md');
  const { text } = markdownFor(original.outline, file);
  const source = parseArticle(text, file, 'markdown');
  source.warnings.push(...(await resolveImages(source.tree, file)));
  return { markdown: text, compiled: compileSource(source) };
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What a block says and shows, without where it stood in the file. */
function said(block: Block) {
  switch (block.kind) {
    case 'paragraph':
      return { kind: block.kind, text: norm(block.text), links: block.links?.map((l) => `${l.text} → ${l.url}`) ?? [] };
    case 'list':
      return { kind: block.kind, ordered: block.ordered, items: block.items.map(norm), links: block.links?.map((l) => `${l.text} → ${l.url}`) ?? [] };
    case 'quote':
      return { kind: block.kind, text: norm(block.text) };
    case 'code':
      return { kind: block.kind, text: block.text, lang: block.lang };
    case 'figure':
      return { kind: block.kind, alt: block.alt, src: block.src };
  }
}

function outlineShape(outline: Outline) {
  const section = (s: Section): unknown => ({ heading: s.heading, blocks: s.blocks.map(said), subsections: s.subsections.map(section) });
  return {
    title: outline.title,
    lang: outline.lang,
    meta: { ...outline.meta, lang: undefined },
    intro: outline.intro.map(said),
    sections: outline.sections.map(section),
    faq: outline.faq.map((f) => ({ question: f.question, answer: f.answer.map(said) })),
    conclusion: outline.conclusion && { heading: outline.conclusion.heading, blocks: outline.conclusion.blocks.map(said) },
  };
}

/** What the audience and the speaker see: the deck's language and byline, each slide's titles and notes. */
const deckOf = ({ deck }: Compiled) => ({
  lang: deck.lang,
  dir: deck.dir,
  theme: deck.theme,
  byline: [deck.author, deck.date],
  slides: deck.slides.map((s) => ({ kind: s.kind, kicker: s.kicker, title: s.title, subtitle: s.subtitle, byline: s.byline, notes: s.notes.map(said) })),
});

describe('deck outline --markdown builds the same deck as the article', () => {
  it('finds the articles to check', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(16);
  });

  for (const file of ARTICLES) {
    it(path.relative(ROOT, file), async () => {
      let original: Compiled;
      try {
        original = await compileFile(file);
      } catch (error) {
        if (!isDeckError(error)) throw error;
        // A page with no article (a paywall, an archive) is refused: no Markdown is written for it either.
        const out = path.join(await tempDir('refused'), 'talk.md');
        const errors: string[] = [];
        const code = await main(['outline', file, '--markdown', '--out', out], { out: () => {}, err: (line) => errors.push(line) });
        expect([code, errors]).toEqual([1, [error.format()]]);
        expect(existsSync(out)).toBe(false);
        return;
      }
      const { markdown, compiled } = await rebuild(original);
      expect(outlineShape(compiled.outline)).toEqual(outlineShape(original.outline));
      expect(deckOf(compiled)).toEqual(deckOf(original));
      expect(compiled.deck.slides.map((s) => s.points)).toEqual(original.deck.slides.map((s) => s.points));
      // Written once more, the Markdown is the same: nothing drifts from one round to the next.
      expect((await rebuild(compiled)).markdown).toBe(markdown);
    });
  }
});

/** An outline as a reader could have made it: one section holding `blocks`, then a closing paragraph. */
function outlineWith(parts: Partial<Outline> & { blocks?: Block[] }): Outline {
  const { blocks = [], ...rest } = parts;
  return {
    file: path.join(FIXTURES, 'written.md'),
    format: 'text',
    meta: {},
    title: 'Field notes',
    lang: 'en',
    dir: 'ltr',
    intro: [],
    sections: [{ heading: 'What we saw', blocks: [...blocks, { kind: 'paragraph', text: 'That was the day.' }], subsections: [] }],
    faq: [],
    dropped: [],
    warnings: [],
    ...rest,
  };
}

/** The outline of the Markdown written for `outline`. */
function reread(outline: Outline): Outline {
  return buildOutline(parseArticle(outlineToMarkdown(outline), outline.file, 'markdown'));
}

// Words and marks that Markdown, GFM, a site generator or another dialect (kramdown, Pandoc,
// Docusaurus) would read as syntax somewhere in a line.
const TOKENS = ['{:', '{::comment}', '{:/}', '{#id}', '{.note}', '{-}', '${toc}', ':::', ':::tip', '[TOC]', '[[_TOC_]]', '@[toc]', '*', '**', '_', '__', '`', '~~', '#', '##', '1.', '2)', '-', '+', '>', '<', '<b>', '</p>', '<!--', '-->', '[', ']', '(', ')', '![x]', '[a](b)', '|', '\\', '&amp;', '&#42;', '{{<', '>}}', '{%', '%}', '{{', '}}', '===', '---', 'https://example.org/a_b', 'www.example.com', 'a@b.org', '[^1]', '[ ]', ':', 'word', 'Käse', '東京', 'שלום'];
const text = fc
  .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 12 })
  .chain((tokens) => fc.array(fc.constantFrom('', ' '), { minLength: tokens.length, maxLength: tokens.length }).map((gaps) => tokens.map((t, i) => `${gaps[i]}${t}`).join('')))
  .map(norm)
  .filter(Boolean);

describe('text comes back verbatim', () => {
  it('in headings, paragraphs, list items, quotes, figure captions and link texts', () => {
    fc.assert(
      fc.property(text, text, text, text, fc.array(text, { minLength: 1, maxLength: 3 }), (heading, paragraph, quote, alt, items) => {
        const blocks: Block[] = [
          { kind: 'paragraph', text: paragraph },
          { kind: 'paragraph', text: `Before ${paragraph}` },
          { kind: 'list', ordered: false, items },
          { kind: 'list', ordered: true, items },
          { kind: 'quote', text: quote },
          { kind: 'figure', src: 'https://example.org/pic.png', alt },
          { kind: 'paragraph', text: `See ${paragraph} here.`, links: [{ text: paragraph, url: 'https://example.org/x_(y)' }] },
        ];
        const outline = outlineWith({ title: `Notes: ${heading}`, blocks });
        outline.sections[0]!.heading = `About ${heading}`;
        const back = reread(outline);
        expect(back.title).toBe(outline.title);
        expect(back.sections.map((s) => s.heading)).toEqual([outline.sections[0]!.heading]);
        expect(back.sections[0]!.blocks.map(said)).toEqual(outline.sections[0]!.blocks.map(said));
      }),
      { numRuns: 150 },
    );
  });

  it('in code, with backtick fences and blank lines inside', () => {
    const code = 'const a = `x`;\n```\n\n  # not a heading\n{{< note >}} {% raw %}';
    const back = reread(outlineWith({ blocks: [{ kind: 'code', text: code, lang: 'js' }] }));
    expect(back.sections[0]!.blocks[0]).toMatchObject({ kind: 'code', text: code, lang: 'js' });
  });
});

describe('the written Markdown', () => {
  it('keeps the front matter, quoted where YAML would read something else', () => {
    const meta = { title: 'Yes: #1 [draft] — "quoted"', author: 'O\'Brien, Ana', date: '2024-03-05', theme: 'dark' as const, duration: 12 };
    const outline = outlineWith({ meta, title: meta.title, lang: 'fr' });
    const markdown = outlineToMarkdown(outline);
    expect(markdown).toMatch(/^---\n[\s\S]*\n---\n\n# /);
    const back = reread(outline);
    expect(back.meta).toEqual({ ...meta, lang: 'fr' });
    expect(back.title).toBe(meta.title);
  });

  it('writes the language the outline settled on, so the deck keeps its words and direction', () => {
    const back = reread(outlineWith({ lang: 'he', dir: 'rtl', title: 'הכוורת שלי' }));
    expect(back.lang).toBe('he');
    expect(back.dir).toBe('rtl');
  });

  it('gives an FAQ without a heading the deck\'s own word for it, in the article\'s language', () => {
    const faq = [{ question: '¿Cuánto cuesta?', answer: [{ kind: 'paragraph' as const, text: 'Unos veinte euros al mes.' }] }];
    const markdown = outlineToMarkdown(outlineWith({ lang: 'es', faq }));
    expect(markdown).toContain('## Preguntas frecuentes\n\n### ¿Cuánto cuesta?\n\nUnos veinte euros al mes.');
  });

  it('keeps a question and its answer as written where a question heading would change them (a number, a cue, questions in the answer)', () => {
    const answer: Block[] = [
      { kind: 'paragraph', text: 'In short, no.' },
      { kind: 'paragraph', text: 'Would you sleep next to a fridge?' },
      { kind: 'paragraph', text: 'Q: is a label here.' },
    ];
    const faq = [
      { question: 'Is it loud?', answer },
      { question: 'Does it need a permit?', answer: [{ kind: 'paragraph' as const, text: 'Only above 12 kW.' }] },
      { question: '3. Is number three a question?', answer: [{ kind: 'list' as const, ordered: false, items: ['Which one?', 'Why?'] }] },
    ];
    const back = reread(outlineWith({ faq, faqHeading: 'FAQ' }));
    expect(back.faq.map((f) => [f.question, f.answer.map(said)])).toEqual(faq.map((f) => [f.question, f.answer.map(said)]));
    expect(back.conclusion).toBeUndefined();
  });

  it('leaves a conclusion that began at a cue paragraph without a heading, as the article had it', () => {
    const conclusion = { blocks: [{ kind: 'paragraph' as const, text: 'To sum up, bees reward patience.' }, { kind: 'paragraph' as const, text: 'Start with two hives.' }] };
    const markdown = outlineToMarkdown(outlineWith({ conclusion }));
    expect(markdown).not.toMatch(/^## .*\n\nTo sum up/m);
    const back = reread(outlineWith({ conclusion }));
    expect(back.conclusion?.heading).toBeUndefined();
    expect(back.conclusion?.blocks.map(said)).toEqual(conclusion.blocks.map(said));
  });

  it('puts a local image as a path from the written file\'s folder', () => {
    const figure: Block = { kind: 'figure', src: pathToFileURL(path.join(FIXTURES, 'saved-page_files/heat chart#2.png')).href, alt: 'Heat chart' };
    const outline = outlineWith({ blocks: [figure] });
    expect(markdownFor(outline, path.join(FIXTURES, 'talk.md')).text).toContain('![Heat chart](saved-page_files/heat%20chart%232.png)');
    const elsewhere = markdownFor(outline, path.join(ROOT, 'tests/.output/talk.md'));
    expect(elsewhere.text).toContain('](../fixtures/saved-page_files/heat%20chart%232.png)');
    expect(elsewhere.warnings).toEqual([expect.stringMatching(/heat chart#2\.png" is outside the folder of talk\.md/)]);
  });
});

describe('a conclusion the outline found without a heading or a cue paragraph', () => {
  it('gets a heading the outline reads as a conclusion, in the article\'s language', () => {
    const conclusion = { blocks: [{ kind: 'paragraph' as const, text: 'Zwei Völker sind der beste Anfang.' }] };
    const back = reread(outlineWith({ lang: 'de', conclusion }));
    expect(back.conclusion?.heading).toBe('Fazit');
    expect(back.conclusion?.blocks.map(said)).toEqual(conclusion.blocks.map(said));
  });
});

describe('what was dropped', () => {
  const dropped = [
    { text: 'Clover Hill Notes', line: 1, reason: 'site header' },
    { text: 'Bees drink more than you think: put water within 300 metres. -->', line: 6, reason: 'related posts' },
    { text: 'Share this: Facebook', line: 40, reason: 'share line' },
  ];
  const outline = () =>
    outlineWith({
      dropped,
      sections: [
        { heading: 'Water', line: 4, blocks: [{ kind: 'paragraph', text: 'Bees need water.', line: 5 }, { kind: 'paragraph', text: 'A shallow dish works.', line: 8 }], subsections: [] },
        { heading: 'Shade', line: 10, blocks: [{ kind: 'paragraph', text: 'Afternoon shade helps.', line: 11 }], subsections: [] },
      ],
    });

  it('is written as comments where it stood, and the deck stays as it was', () => {
    const markdown = outlineToMarkdown(outline());
    expect(markdown).toContain('# Field notes\n\n<!-- dropped as site header (line 1): Clover Hill Notes -->\n\n## Water');
    expect(markdown).toContain('Bees need water.\n\n<!-- dropped as related posts (line 6): Bees drink');
    expect(markdown).toMatch(/Afternoon shade helps\.\n\n<!-- dropped as share line \(line 40\): Share this: Facebook -->\n$/);
    expect(reread(outline()).sections.flatMap((s) => s.blocks.map((b) => textOfBlock(b)))).toEqual(['Bees need water.', 'A shallow dish works.', 'Afternoon shade helps.']);
  });

  it('comes back into the deck when its comment marks are deleted, text intact', () => {
    const markdown = outlineToMarkdown(outline()).replace(/<!-- dropped as related posts \(line 6\): (.*) -->/, '$1');
    const back = buildOutline(parseArticle(markdown, outline().file, 'markdown'));
    expect(back.sections[0]!.blocks.map((b) => textOfBlock(b))).toEqual([
      'Bees need water.',
      'Bees drink more than you think: put water within 300 metres. -->',
      'A shallow dish works.',
    ]);
  });
});

