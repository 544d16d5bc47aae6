/**
 * Properties of the whole pipeline over generated articles (fast-check), in text, Markdown and HTML:
 * it builds or fails with a DeckError, never another exception; the notes hold every body sentence
 * the generator wrote; the rendered HTML parses back to one <section> per planned slide.
 */
import fc from 'fast-check';
import type { Element, Nodes } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isDeckError } from '../../src/errors.ts';
import { compileText } from '../../src/pipeline-in-memory.ts';

type Format = 'txt' | 'md' | 'html';
interface Article {
  title: string;
  intro: string[];
  sections: { heading: string; blocks: ({ list: string[] } | { paragraph: string[] })[] }[];
}

// Words every format keeps literally: accents, CJK, emoji (with ZWJ and skin tones), RTL letters,
// numbers and markup-like text. `&`, `*`, `_`, `[`, `` ` `` and `\` mean something in Markdown and
// only appear in the text and HTML alphabets.
const COMMON = ['cafe', 'naïve', 'Straße', 'año', 'façade', '東京', '咖啡馆', '👩‍💻', '👍🏽', '🇯🇵', 'שלום', 'سلام', '42', '3.5%', '$100', '<b>', '</aside>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"quoted"', "it's", '{{x}}', '$&', '(see)', 'a/b', '--', '=>'];
const LITERAL = ['&amp;', 'R&D', '*star*', '_under_', '[link](javascript:alert(1))', '`code`', 'back\\slash', '<!--', '-->'];
const word = (format: Format) => fc.constantFrom(...(format === 'md' ? COMMON : [...COMMON, ...LITERAL]), 'alpha', 'beta', 'gamma', 'delta', 'river', 'stone', 'light');
const capital = fc.constantFrom('Every', 'Some', 'Bright', 'Many', 'Über', 'Élan', 'Ciudades', 'Tokyo');

const sentence = (format: Format) =>
  fc.tuple(capital, fc.array(word(format), { minLength: 2, maxLength: 10 })).map(([first, rest]) => `${first} ${rest.join(' ')}.`);
const heading = fc.tuple(capital, fc.array(fc.constantFrom('River', 'Stone', 'Light', 'Ideas', 'Café', '東京', 'Ünïcödé', '🚀'), { minLength: 1, maxLength: 4 })).map(([a, b]) => `${a} ${b.join(' ')}`);

const article = (format: Format) =>
  fc.record({
    title: heading,
    intro: fc.array(sentence(format), { minLength: 1, maxLength: 3 }),
    sections: fc.uniqueArray(
      fc.record({
        heading,
        blocks: fc.array(
          fc.oneof(fc.array(sentence(format), { minLength: 1, maxLength: 3 }).map((paragraph) => ({ paragraph })), fc.array(sentence(format), { minLength: 2, maxLength: 4 }).map((list) => ({ list }))),
          { minLength: 1, maxLength: 3 },
        ),
      }),
      { minLength: 2, maxLength: 5, selector: (s) => s.heading },
    ),
  })
    // A heading that repeats the title is not a section (README, Formats): what it means is a guess, not an invariant.
    .filter((a) => a.sections.every((s) => s.heading !== a.title)) as fc.Arbitrary<Article>;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function write(a: Article, format: Format): string {
  if (format === 'html') {
    const blocks = (s: Article['sections'][number]) =>
      s.blocks.map((b) => ('list' in b ? `<ul>${b.list.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>` : `<p>${escapeHtml(b.paragraph.join(' '))}</p>`)).join('\n');
    return `<!doctype html><html><head><title>${escapeHtml(a.title)}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${escapeHtml(a.title)}</h1>
<p>${escapeHtml(a.intro.join(' '))}</p>
${a.sections.map((s) => `<h2>${escapeHtml(s.heading)}</h2>\n${blocks(s)}`).join('\n')}</article><footer>© site</footer></body></html>`;
  }
  const bullet = format === 'md' ? '-' : '•';
  const blocks = (s: Article['sections'][number]) =>
    s.blocks.map((b) => ('list' in b ? b.list.map((i) => `${bullet} ${i}`).join('\n') : b.paragraph.join(' '))).join('\n\n');
  const h = (level: number, text: string) => (format === 'md' ? `${'#'.repeat(level)} ${text}` : text);
  return [h(1, a.title), a.intro.join(' '), ...a.sections.map((s) => `${h(2, s.heading)}\n\n${blocks(s)}`)].join('\n\n') + '\n';
}

/** The text of every `<aside class="notes">`, and how many slides the HTML holds. */
function readBack(html: string): { notes: string; slides: number } {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  const notes: string[] = [];
  let slides = 0;
  const text = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');
  const visit = (node: Nodes, parent?: Element) => {
    if (node.type === 'element') {
      const classes = (node.properties.className as string[] | undefined) ?? [];
      if (node.tagName === 'section' && parent?.properties.className && (parent.properties.className as string[]).includes('slides')) slides++;
      if (node.tagName === 'aside' && classes.includes('notes')) return void notes.push(text(node));
    }
    if ('children' in node) for (const child of node.children) visit(child, node.type === 'element' ? node : undefined);
  };
  visit(tree);
  return { notes: notes.join('\n').replace(/\s+/g, ' '), slides };
}

const FILES: Record<Format, string> = { txt: 'article.txt', md: 'article.md', html: 'article.html' };

describe.each(['txt', 'md', 'html'] as Format[])('generated %s articles', (format) => {
  it('build, keep every body sentence in the notes, and parse back to one section per slide', () => {
    fc.assert(
      fc.property(article(format), (a) => {
        const { deck, rendered } = compileText(write(a, format), FILES[format]);
        const back = readBack(rendered.body);
        expect(back.slides).toBe(deck.slides.length);
        const body = [...a.intro, ...a.sections.flatMap((s) => s.blocks.flatMap((b) => ('list' in b ? b.list : b.paragraph)))];
        for (const sentence of body) expect(back.notes).toContain(sentence);
      }),
      { numRuns: 120 },
    );
  });

  it('any text at all either builds or fails with a DeckError, never another exception', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 400 }),
      fc.array(fc.oneof(word(format), heading, fc.constantFrom('\n', '\n\n', '# ', '## ', '- ', '1. ', '> ', '---\n', '```\n', '<div>', '</p>', '<h2>', '<br>', '| a | b |\n', 'Q: ', '? ', '\t', '\r\n', '\u200b', '\u202e')), { maxLength: 80 }).map((parts) => parts.join(' ')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        try {
          const { deck, rendered } = compileText(text, FILES[format]);
          expect(readBack(rendered.body).slides).toBe(deck.slides.length);
        } catch (error) {
          if (!isDeckError(error)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
