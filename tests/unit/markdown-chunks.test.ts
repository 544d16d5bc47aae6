import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/read/markdown.ts';
import { CHUNK_THRESHOLD, splitMarkdown } from '../../src/read/markdown-chunks.ts';

const whole = (text: string) => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text);

/** A long article with the constructs a cut could break: fences holding "#" lines, lists, quotes, tables. */
function longArticle(sections: number): string {
  const parts = ['---\ntitle: Long\n---', '# Long'];
  for (let i = 0; i < sections; i++) {
    parts.push(
      `## Section ${i}`,
      `Paragraph ${i} with *emphasis*, a [link](https://example.com/${i}) and \`code\`.\nA soft-wrapped second line.`,
      '- item one\n- item two\n\n  continued item',
      '```sh\n# not a heading\n\n# still code\n```',
      '> a quote\ncontinued lazily',
      '| a | b |\n|---|---|\n| 1 | 2 |',
    );
  }
  return parts.join('\n\n') + '\n';
}

describe('long Markdown is parsed in pieces, to the same tree', () => {
  it('gives exactly the tree (positions included) of a single parse', () => {
    const text = longArticle(700);
    expect(text.length).toBeGreaterThan(CHUNK_THRESHOLD);
    expect(splitMarkdown(text).length).toBeGreaterThan(2);
    const { tree } = readMarkdown(text, 'long.md');
    const reference = whole(text);
    reference.children.shift(); // the front matter, which readMarkdown turns into meta
    expect(tree.children).toEqual(reference.children);
  });

  it('never cuts inside a fence, and parses whole when definitions reach across', () => {
    const text = longArticle(700);
    for (const chunk of splitMarkdown(text)) expect(chunk.text.split('```').length % 2).toBe(1);
    expect(splitMarkdown(`${text}\n[ref]: https://example.com\n`)).toHaveLength(1);
    expect(splitMarkdown(`${text}\n<!-- a comment\n\n# inside -->\n`)).toHaveLength(1);
  });
});
