/** Code slides: after the section's points, highlighted at build time, split when long, and always text. */
import type { Element, Nodes } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/pipeline.ts';
import { guessLanguage } from '../../src/plan/code-language.ts';
import { CHARS_PER_LINE, MAX_LINES, splitCode } from '../../src/plan/code-slides.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { htmlText } from '../helpers/text.ts';

const compile = (markdown: string, options = {}) => compileSource({ file: 'post.md', format: 'markdown', ...readMarkdown(markdown, 'post.md') }, options);
const FENCE = '```';

function visit(node: Nodes, found: (el: Element) => void): void {
  if (node.type === 'element') found(node);
  if ('children' in node) for (const child of node.children) visit(child as Nodes, found);
}

const article = (code: string, lang = 'js', front = '') => `${front}# Shipping a widget

We build widgets for a living and ship them every week.

## The loader

The loader fetches the widget's settings before anything draws. This is all of it:

${FENCE}${lang}
${code}
${FENCE}

After that the widget renders itself.

## Next steps

We want to load the settings lazily next year.
`;

describe('code slides', () => {
  it('follow the points of the section that introduces them, with the code as written', () => {
    const code = 'const settings = await fetch("/settings.json");\nrender(settings);';
    const { deck, rendered } = compile(article(code));
    const kinds = deck.slides.map((s) => `${s.kind}:${s.title}`);
    expect(kinds.indexOf('code:The loader')).toBe(kinds.indexOf('section:The loader') + 1);
    const slide = deck.slides.find((s) => s.kind === 'code')!;
    expect(slide.code?.text).toBe(code);
    expect(slide.code?.lang).toBe('js');
    // The introducing paragraph is read before the code in the notes.
    expect(slide.notes[0]).toMatchObject({ kind: 'paragraph', text: expect.stringContaining('This is all of it:') });
    expect(rendered.features).toEqual(['code']);
  });

  it('are coloured for both themes at build time, and the page gets no highlighter', () => {
    const { rendered } = compile(article('const answer = 42;'));
    const section = rendered.body.slice(rendered.body.indexOf('slide--code'));
    expect(section).toMatch(/<span style="--shiki-light:#[0-9a-f]{6};--shiki-dark:#[0-9a-f]{6}">const<\/span>/i);
    expect(rendered.body).not.toMatch(/shiki\.js|<script/);
  });

  it('keep template syntax and tags inside code as literal text', () => {
    const hostile = 'const t = `${{ price }}` + "{{ total }}";\nel.innerHTML = "<script>alert(1)</script><img src=x onerror=alert(2)>";';
    const { deck, rendered } = compile(article(hostile));
    expect(deck.slides.find((s) => s.kind === 'code')?.code?.text).toBe(hostile);
    const html = rendered.body;
    // Parsed as a browser would: no element and no attribute came out of the code.
    const elements: Element[] = [];
    visit(unified().use(rehypeParse, { fragment: true }).parse(html), (el) => elements.push(el));
    expect(elements.filter((el) => el.tagName === 'script' || el.tagName === 'img')).toEqual([]);
    expect(elements.flatMap((el) => Object.keys(el.properties)).filter((name) => /^on/i.test(name))).toEqual([]);
    const text = htmlText(html.slice(html.indexOf('slide--code'), html.indexOf('</section>', html.indexOf('slide--code'))));
    expect(text.replace(/\s+/g, '')).toContain(hostile.replace(/\s+/g, ''));
  });

  it('split a long block at blank lines into parts that each fit, every line once and in order', () => {
    const functions = Array.from({ length: 6 }, (_, i) => `function step${i}(input) {\n  const value = input * ${i};\n  log(value);\n  return value;\n}`);
    const code = functions.join('\n\n');
    const { deck } = compile(article(code));
    const parts = deck.slides.filter((s) => s.kind === 'code');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(part.code!.text.split('\n').length).toBeLessThanOrEqual(MAX_LINES);
      // Each part ends at the end of a function, not in the middle of one.
      expect(part.code!.text.trimEnd().endsWith('}')).toBe(true);
    }
    expect(parts.map((p) => p.code!.text).join('\n\n')).toBe(code);
    expect(parts[1]!.kicker).toMatch(/continued/i);
  });

  it('split a block without blank lines where a line starts at the outer indentation', () => {
    const lines = Array.from({ length: 30 }, (_, i) => (i % 5 === 0 ? `section ${i}:` : `    item ${i}`));
    const parts = splitCode(lines, 12);
    expect(parts.every((p) => p.lines.length <= 12)).toBe(true);
    expect(parts.slice(1).every((p) => p.lines[0]!.startsWith('section'))).toBe(true);
    expect(parts.flatMap((p) => p.lines)).toEqual(lines);
  });

  it('count a long line once for every line it wraps to, so a part still fits', () => {
    const long = (i: number) => `const row${i} = [${Array.from({ length: 30 }, (_, j) => j * i).join(', ')}];`;
    const lines = Array.from({ length: 12 }, (_, i) => long(i));
    const parts = splitCode(lines);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.lines.reduce((n, l) => n + Math.ceil(l.length / CHARS_PER_LINE), 0)).toBeLessThanOrEqual(MAX_LINES);
    expect(parts.flatMap((p) => p.lines)).toEqual(lines);
  });

  it('number their lines on request, a continued part counting on from the one before', () => {
    const code = Array.from({ length: 20 }, (_, i) => `print(${i})`).join('\n');
    const { rendered, deck } = compile(article(code, 'python', '---\nlineNumbers: true\n---\n'));
    const parts = deck.slides.filter((s) => s.kind === 'code');
    expect(parts.map((p) => p.code!.firstLine)).toEqual([1, parts[0]!.code!.text.split('\n').length + 1]);
    expect(rendered.body).toContain('code--numbered');
    expect(rendered.body).toContain(`counter-reset: line ${parts[1]!.code!.firstLine - 1}`);
    expect(compile(article(code, 'python')).rendered.body).not.toContain('code--numbered');
    expect(compile(article(code, 'python'), { lineNumbers: true }).rendered.body).toContain('code--numbered');
  });

  it('show code of an unknown language uncoloured, and never load a file the fence names', () => {
    const { rendered } = compile(article('frobnicate --all', '../../package'));
    expect(rendered.body).toContain('<span class="line">frobnicate --all</span>');
  });

  it('guess an unnamed language from telling shapes', () => {
    expect(guessLanguage('def area(r):\n    return 3.14 * r * r')).toBe('python');
    expect(guessLanguage('#!/usr/bin/env bash\nset -e\necho hi')).toBe('bash');
    expect(guessLanguage('SELECT name, count(*)\nFROM orders\nWHERE paid\nGROUP BY name;')).toBe('sql');
    expect(guessLanguage('fn main() {\n    let mut total = 0;\n}')).toBe('rust');
    expect(guessLanguage('const total = items.reduce((a, b) => a + b, 0);')).toBe('javascript');
    expect(guessLanguage('Just some words in a box')).toBeUndefined();
  });

  it('leave a deck without code, tables, quotes or math needing no extra stylesheet', () => {
    const plain = compile('# Title\n\nAn opening line for the talk.\n\n## One\n\nA sentence about one thing. Another sentence follows it.\n\n## Two\n\nA last section with its own sentence.\n');
    expect(plain.rendered.features).toEqual([]);
  });
});

describe('a technical article in Spanish (tests/fixtures/technical-sensores-es.md)', () => {
  it('gets a slide for each formula, code block, table and quote, the indented block\'s language guessed', async () => {
    const { readArticle } = await import('../../src/read/file.ts');
    const { FIXTURES } = await import('../helpers/build.ts');
    const { deck, rendered } = compileSource(await readArticle(`${FIXTURES}/technical-sensores-es.md`));
    expect(deck.lang).toBe('es');
    expect(deck.slides.filter((s) => s.kind === 'code').map((s) => s.code?.lang)).toEqual(['python', 'sql', 'console']);
    expect(deck.slides.find((s) => s.kind === 'quote')?.quote?.attribution).toBe('Andrés Molina, arquitecto');
    expect(deck.slides.find((s) => s.kind === 'table')?.table?.align).toEqual([undefined, 'right', 'right', 'right']);
    expect(deck.inlineMath).toEqual(['r']);
    expect(rendered.features).toEqual(['code', 'table', 'quote', 'math']);
    // "70 %" in the table and prose stays text; the code's f-string braces stay literal.
    expect(deck.slides.find((s) => s.kind === 'code')?.code?.text).toContain('print(f"{humedad:.1f} %")');
  });
});
