/**
 * Property: furniture put anywhere between the words and lines of an article (HTML comments,
 * Hugo shortcodes, Liquid tags, output tags, kramdown attributes, Obsidian comments) is gone from the tree, every word of the article is
 * still there in order, and every paragraph still starts at the line where its first word is.
 */
import fc from 'fast-check';
import type { Nodes, Paragraph } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/read/index.ts';

const FURNITURE = [
  '<!-- TODO: check this -->',
  '<!--\ndraft note\nover lines\n-->',
  '{{< tweet user="x" id="1" >}}',
  '{{% notice %}}',
  '{{% /notice %}}',
  '{{< gallery\n  dir="a"\n>}}',
  '{% include ad.html %}',
  '{% comment %}private\n\nstill private{% endcomment %}',
  '{{ page.date | date: "%Y" }}',
  '{: .notice}',
  '%%private aside%%',
];
const WORDS = ['river', 'stone', 'light', 'Café', 'über', 'delta', 'maple', 'quartz'];

/** A piece of an article: a word, or furniture with the separator it sits in. */
type Piece = { word: string } | { furniture: string; newline: boolean };
const piece: fc.Arbitrary<Piece> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS).map((word) => ({ word })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FURNITURE), fc.boolean()).map(([furniture, newline]) => ({ furniture, newline })) },
);
const paragraph = fc.array(piece, { minLength: 1, maxLength: 12 }).filter((pieces) => pieces.some((p) => 'word' in p));

function write(paragraphs: Piece[][]): string {
  const blocks = paragraphs.map((pieces) =>
    pieces.map((p) => ('word' in p ? p.word : p.newline ? `\n${p.furniture}\n` : p.furniture)).join(' ').replace(/ ?\n ?/g, '\n'),
  );
  return `# Title\n\n## Section\n\n${blocks.join('\n\n')}\n`;
}

/** The text of every text node, space-separated (mdast-util-to-string would glue blocks together). */
const textOf = (node: Nodes): string =>
  'value' in node ? node.value : 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join(' ') : '';
const paragraphsOf = (node: Nodes): Paragraph[] =>
  node.type === 'paragraph' ? [node] : 'children' in node ? node.children.flatMap((child) => paragraphsOf(child as Nodes)) : [];

describe('furniture anywhere in a Markdown article', () => {
  it('is dropped, and every word stays in order at its line', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const markdown = write(paragraphs);
        const source = parseArticle(markdown, 'post.md');
        const text = textOf(source.tree);
        for (const gone of ['<!--', '{{', '{%', '{:', '%%', 'TODO', 'draft note', 'private', 'aside', 'notice', 'tweet', 'ad.html']) expect(text).not.toContain(gone);
        const words = paragraphs.flat().flatMap((p) => ('word' in p ? [p.word] : []));
        expect(text.match(/\p{L}+/gu)?.slice(2)).toEqual(words); // after the title and the section heading
        const lines = markdown.split('\n');
        for (const node of paragraphsOf(source.tree)) {
          const first = toString(node).match(/\p{L}+/u)?.[0];
          if (first) expect(lines[node.position!.start.line - 1]).toContain(first);
        }
      }),
      { numRuns: 150 },
    );
  });
});
