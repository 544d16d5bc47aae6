/** Formulas: typeset at build time (HTML + MathML), in points, notes and slides; prices stay prices. */
import { describe, expect, it } from 'vitest';
import { outlineToMarkdown } from '../../src/outline/to-markdown.ts';
import { compileSource } from '../../src/pipeline.ts';
import { readMarkdown } from '../../src/read/markdown.ts';
import { isFormula } from '../../src/read/markdown-math.ts';
import { htmlText } from '../helpers/text.ts';

const compile = (markdown: string) => compileSource({ file: 'notes.md', format: 'markdown', ...readMarkdown(markdown, 'notes.md') });

const article = (body: string) => `# Cooling a cup of coffee

How fast a cup cools, worked out on the back of an envelope.

## Newton's law

${body}

## Trying it

We measured a real cup with a kitchen thermometer every minute.
`;

describe('math', () => {
  it('typesets inline math in points and notes, with MathML for screen readers and the TeX kept', () => {
    const { deck, rendered } = compile(article('The temperature falls as $T(t) = T_a + (T_0 - T_a)e^{-kt}$ over time. The constant $k$ depends on the cup.'));
    expect(deck.inlineMath).toEqual(['T(t) = T_a + (T_0 - T_a)e^{-kt}', 'k']);
    const section = rendered.body.slice(rendered.body.indexOf('data-kind="section"'));
    expect(section).toContain('<span class="katex">');
    expect(section).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML">');
    expect(section).toContain('<annotation encoding="application/x-tex">T(t) = T_a + (T_0 - T_a)e^{-kt}</annotation>');
    expect(htmlText(rendered.body)).not.toContain('\\(');
    expect(rendered.features).toEqual(['math']);
    // The notes, which the speaker view shows in a window without KaTeX's stylesheet, hold MathML alone.
    const notes = section.slice(section.indexOf('<aside class="notes">'), section.indexOf('</aside>'));
    expect(notes).toContain('<annotation encoding="application/x-tex">k</annotation>');
    expect(notes).not.toContain('katex-html');
  });

  it('gives display math a slide of its own, with the introducing sentence in the notes', () => {
    const { deck, rendered } = compile(article('Written out, the cooling curve is:\n\n$$\nT(t) = T_a + (T_0 - T_a)\\,e^{-kt}\n$$\n\nThat is all there is to it.'));
    const slide = deck.slides.find((s) => s.kind === 'math')!;
    expect(slide.math?.tex).toBe('T(t) = T_a + (T_0 - T_a)\\,e^{-kt}');
    expect(slide.notes[0]).toMatchObject({ kind: 'paragraph', text: 'Written out, the cooling curve is:' });
    const html = rendered.body.slice(rendered.body.indexOf('slide--math'));
    expect(html).toContain('class="katex-display"');
    expect(html).not.toMatch(/<script/);
  });

  it('reads GitHub\'s math fence as display math', () => {
    const { deck } = compile(article('The rate:\n\n```math\n\\frac{dT}{dt} = -k(T - T_a)\n```\n'));
    expect(deck.slides.find((s) => s.kind === 'math')?.math?.tex).toBe('\\frac{dT}{dt} = -k(T - T_a)');
  });

  it('leaves prices as text (Pandoc\'s rule), so a money article has no formulas', () => {
    const { deck, outline, rendered } = compile(article('The thermometer cost $12 and the mug $9. A pair of them cost $20,000 less than a lab. We paid $5-$8 a bag.'));
    expect(outline.inlineMath).toBeUndefined();
    expect(deck.inlineMath).toBeUndefined();
    expect(htmlText(rendered.body)).toContain('The thermometer cost $12 and the mug $9.');
    expect(rendered.features).toEqual([]);
    expect(isFormula('x^2', ' ')).toBe(true);
    expect(isFormula('12 and the mug ', '9')).toBe(false);
    expect(isFormula('5-', '8')).toBe(false);
  });

  it('typesets only the article\'s own formulas, not TeX-looking text elsewhere', () => {
    const { rendered } = compile(article('The constant $k$ matters. In a regex, `\\(\\d+\\)` matches a number in brackets.'));
    expect(htmlText(rendered.body)).toContain('In a regex, \\(\\d+\\) matches a number in brackets.');
  });

  it('warns about a formula KaTeX cannot read, with its line, and shows its TeX as code', () => {
    const { deck, rendered } = compile(article('The broken one is $\\frac{1}{$ here.\n\n$$\n\\begin{nothing} x\n$$\n'));
    const warnings = deck.warnings?.filter((w) => w.message.includes('cannot be typeset')) ?? [];
    expect(warnings.map((w) => w.position?.line)).toEqual([7, 9]);
    expect(rendered.body).toContain('<code class="math-error">\\begin{nothing} x</code>');
  });

  it('comes back as $TeX$ when the outline is written as Markdown, and typesets again from there', () => {
    const { outline } = compile(article('The constant $k$ depends on the cup, and $T_a$ on the room. It cost $3.'));
    const markdown = outlineToMarkdown(outline);
    expect(markdown).toContain('The constant $k$ depends on the cup, and $T_a$ on the room. It cost \\$3.');
    expect(compile(markdown).deck.inlineMath).toEqual(['k', 'T_a']);
  });

  it('never turns a formula into a link, a script or raw markup', () => {
    const { rendered } = compile(article('Try $\\href{javascript:alert(1)}{x}$ and $\\url{javascript:alert(2)}$ and $a<script>alert(3)</script>b$ here.'));
    expect(rendered.body).not.toMatch(/href="javascript|<script|<a[\s>]/i);
  });
});
