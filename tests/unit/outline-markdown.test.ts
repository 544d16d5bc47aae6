/**
 * `deck outline --markdown` is the escape hatch for every reading heuristic: the Markdown it writes
 * must build the deck the article built. Checked on every fixture, the bundled article and the
 * shared corpus, and on text full of characters Markdown would read as syntax.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownFor } from '../../src/cli/outline-markdown.ts';
import { buildOutline } from '../../src/outline/index.ts';
import { outlineToMarkdown } from '../../src/outline/to-markdown.ts';
import { compileFile, compileSource, type Compiled } from '../../src/pipeline.ts';
import { resolveImages } from '../../src/read/images.ts';
import { parseArticle } from '../../src/read/index.ts';
import type { Block, Outline, Section } from '../../src/types.ts';
import { ARTICLE, FIXTURES, ROOT } from '../helpers/build.ts';

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

const slidesOf = (compiled: Compiled) => compiled.deck.slides.map((s) => ({ kind: s.kind, title: s.title, notes: s.notes.map(said) }));

describe('deck outline --markdown builds the same deck as the article', () => {
  it('finds the articles to check', () => {
    expect(ARTICLES.length).toBeGreaterThanOrEqual(16);
  });

  for (const file of ARTICLES) {
    it(path.relative(ROOT, file), async () => {
      const original = await compileFile(file);
      const { markdown, compiled } = await rebuild(original);
      expect(outlineShape(compiled.outline)).toEqual(outlineShape(original.outline));
      expect(slidesOf(compiled)).toEqual(slidesOf(original));
      expect(compiled.deck.slides.map((s) => s.points)).toEqual(original.deck.slides.map((s) => s.points));
      // Written once more, the Markdown is the same: nothing drifts from one round to the next.
      expect((await rebuild(compiled)).markdown).toBe(markdown);
    });
  }
});
