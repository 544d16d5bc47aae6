import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/read/decode.ts';
import { parseArticle } from '../../src/read/index.ts';
import { buildOutline } from '../../src/outline/index.ts';
import { ARTICLE, FIXTURES } from '../helpers/build.ts';
import path from 'node:path';

const outlineOf = (text: string, file = 'article.txt') => buildOutline(parseArticle(text, file));

describe('the bundled article (plain text copied from a blog)', () => {
  const outline = outlineOf(readFileSync(ARTICLE, 'utf8'), ARTICLE);

  it('takes the first line as the title', () => {
    expect(outline.title).toBe("The Dynamics of Microsoft's Collaboration with OpenAI");
  });

  it('finds the ten section headings, and no repeat of the title among them', () => {
    expect(outline.sections.map((s) => s.heading)).toEqual([
      'The Genesis of OpenAI',
      "Microsoft's Ambitious Pursuit of AI",
      'A Shared Vision for AI Advancement',
      "The Investment: Microsoft's Stake in OpenAI",
      'Cooperative Research and Development',
      'AI for Accessibility and Humanitarian Initiatives',
      'Competing in the AI Race',
      'The Ethical Considerations',
      'Challenges and Criticisms',
      'The Road Ahead',
    ]);
  });

  it('finds the five FAQ questions with their answers', () => {
    expect(outline.faq.map((f) => f.question)).toEqual([
      'What prompted Microsoft to partner with OpenAI?',
      'How does this partnership benefit the field of artificial intelligence?',
      'Are there any concerns about monopolizing AI research?',
      'What are the ethical principles guiding Microsoft and OpenAI?',
      'How can individuals get involved in the advancements of AI research?',
    ]);
    for (const item of outline.faq) expect(item.answer.length).toBeGreaterThan(0);
    expect(JSON.stringify(outline.faq[2]!.answer)).toContain('consolidation of power');
  });

  it('reads the "In conclusion" paragraph as the conclusion and drops "Post a Comment"', () => {
    expect(outline.conclusion?.blocks[0]).toMatchObject({ kind: 'paragraph' });
    expect(JSON.stringify(outline.conclusion)).toMatch(/^.*In conclusion, the relationship/);
    expect(outline.dropped.map((d) => d.text)).toEqual(['Post a Comment']);
    expect(JSON.stringify({ ...outline, dropped: [] })).not.toContain('Post a Comment');
  });

  it('keeps both introduction paragraphs and the section lines of the source', () => {
    expect(outline.intro).toHaveLength(2);
    expect(outline.sections[0]!.line).toBe(12);
  });
});

describe('plain text shapes', () => {
  it('handles CRLF, a BOM, bullets, Q:/A: pairs, "To sum up" and trailing boilerplate', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'remote-work.txt'));
    const outline = buildOutline(parseArticle(decodeArticle(bytes, 'remote-work.txt'), 'remote-work.txt'));
    expect(outline.title).toBe('Remote Work Habits That Last');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Start With a Routine', 'The Right Workspace', 'Staying Connected']);
    expect(outline.sections[1]!.blocks).toContainEqual(expect.objectContaining({ kind: 'list', items: ['A door that closes', 'Daylight from the side', 'A second screen at eye level'] }));
    expect(outline.faq.map((f) => f.question)).toEqual(['Should I work from a café?', 'How do I stop working at night?']);
    expect(JSON.stringify(outline.conclusion)).toContain('To sum up, remote work');
    expect(outline.dropped).toHaveLength(3);
  });

  it('joins hard-wrapped lines into paragraphs and still finds the headings', () => {
    const outline = outlineOf(readFileSync(path.join(FIXTURES, 'wrapped.txt'), 'utf8'));
    expect(outline.sections.map((s) => s.heading)).toEqual(['Stone Arches', 'Iron and Steel']);
    expect(outline.sections[0]!.blocks).toHaveLength(1);
    expect(JSON.stringify(outline.conclusion)).toContain('In summary, every bridge');
  });

  it('does not take a short line that ends a sentence for a heading', () => {
    const outline = outlineOf('Title\n\nReal Heading\nBody text here. More body.\n\nShort but done.\nMore text follows here.\n');
    expect(outline.sections.map((s) => s.heading)).toEqual(['Real Heading']);
  });

  it('reads "2. Heading" lines followed by unindented text as numbered headings, not one-item lists', () => {
    const outline = outlineOf(
      'Vaccines\n\n1. The Immune Response\nImmune cells learn the antigen. Memory cells keep it.\n\n2. Safety\nTrials come first:\n- phase one\n- phase two\n',
    );
    expect(outline.sections.map((s) => s.heading)).toEqual(['1. The Immune Response', '2. Safety']);
    expect(outline.sections[1]!.blocks).toContainEqual(expect.objectContaining({ kind: 'list', items: ['phase one', 'phase two'] }));
  });

  it('treats a title repeated with a leading non-breaking space as the title, not a section', () => {
    const outline = outlineOf('My Talk\n\n\u00a0My Talk\n\nIntro text.\n\nFirst Part\nText of the first part.\n');
    expect(outline.sections.map((s) => s.heading)).toEqual(['First Part']);
    expect(outline.intro).toHaveLength(1);
  });
});

describe('an FAQ whose questions are numbered, with the answers under them', () => {
  const faq = (heading: (text: string) => string, number: (n: number) => string) =>
    [
      heading('Heat pumps at home').replace('## ', '# '),
      'Heat pumps are changing how homes are heated. This article explains the basics.',
      heading('How they work'),
      'A heat pump moves heat instead of making it. It uses a refrigerant cycle.',
      heading('FAQ'),
      `${number(1)}Do heat pumps work in cold climates?`,
      'Yes. Modern units work down to minus twenty degrees.',
      `${number(2)}How loud are they?`,
      'About as loud as a fridge.',
      heading('Conclusion'),
      'Heat pumps are worth a look. Start with an energy audit.',
    ].join('\n\n') + '\n';

  it('gives the same questions, unnumbered, and the same answers from plain text as from Markdown', () => {
    const text = outlineOf(faq((t) => t, (n) => `${n}. `), 'faq.txt');
    const markdown = outlineOf(faq((t) => `## ${t}`, (n) => `${n}. `), 'faq.md');
    for (const outline of [text, markdown]) {
      expect(outline.faq.map((f) => f.question)).toEqual(['Do heat pumps work in cold climates?', 'How loud are they?']);
      expect(outline.faq.map((f) => JSON.stringify(f.answer))).toEqual([expect.stringContaining('minus twenty'), expect.stringContaining('fridge')]);
      expect(outline.conclusion?.heading).toBe('Conclusion');
    }
    // "2) …" too.
    expect(outlineOf(faq((t) => t, (n) => `${n}) `), 'faq.txt').faq[1]!.question).toBe('How loud are they?');
  });
});

describe('Markdown', () => {
  const outline = outlineOf(readFileSync(path.join(FIXTURES, 'markdown-talk.md'), 'utf8'), 'talk.md');

  it('reads front matter, sections, subsections, an FAQ section and a conclusion heading', () => {
    expect(outline.meta).toMatchObject({ title: 'Shipping Small Web Apps', author: 'Ada Example', date: '2026-03-14', duration: 12 });
    expect(outline.sections.map((s) => s.heading)).toEqual(['Why small wins', 'The toolchain', 'Security by default']);
    expect(outline.sections[1]!.subsections.map((s) => s.heading)).toEqual(['Continuous integration', 'Releases']);
    expect(outline.faq.map((f) => f.question)).toEqual(['How big is small?', 'Do you use microservices?']);
    expect(outline.conclusion?.heading).toBe('Conclusion');
  });

  it('keeps raw HTML as literal text', () => {
    const body = JSON.stringify(outline.sections[2]!.blocks);
    expect(body).toContain("<script>alert('markdown-xss')</script>");
  });

  it('uses # sections when there is no single title heading, and the front matter title', () => {
    const o = outlineOf('---\ntitle: T\n---\n# One\n\nText one.\n\n# Two\n\nText two.\n', 'x.md');
    expect(o.title).toBe('T');
    expect(o.sections.map((s) => s.heading)).toEqual(['One', 'Two']);
  });
});
