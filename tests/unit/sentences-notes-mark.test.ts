/**
 * The speaker notes mark the sentence each slide point came from, where it stands in the article's
 * text, and change nothing else: the notes read exactly as before.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { compileText } from '../../src/pipeline-in-memory.ts';
import { renderNotes } from '../../src/render/notes.ts';
import type { Block, Sentence } from '../../src/types.ts';
import { ARTICLE, FIXTURES } from '../helpers/build.ts';

/** The notes element as a browser would parse it. */
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
const notesDom = (blocks: Block[], sources?: (Sentence | undefined)[]) => parse(toHtml(renderNotes(blocks, sources))).querySelector('aside.notes')!;
const marks = (el: Element) => [...el.querySelectorAll('mark.point-source')].map((m) => [m.getAttribute('data-point'), m.textContent]);

describe('renderNotes marks each point’s source sentence', () => {
  const paragraph: Block = { kind: 'paragraph', text: 'Tea came to Europe in 1610. Dutch traders carried it. It became a fashion within decades.', line: 3 };
  const list: Block = { kind: 'list', ordered: false, items: ['Green tea is steamed.', 'Black tea is oxidised fully.'], line: 5 };

  it('wraps the source sentences, numbered by point, and leaves the text as it was', () => {
    const sources = [{ text: 'Dutch traders carried it.', line: 3 }, { text: 'Black tea is oxidised fully.', line: 6, list: true }];
    const marked = notesDom([paragraph, list], sources);
    expect(marks(marked)).toEqual([
      ['1', 'Dutch traders carried it.'],
      ['2', 'Black tea is oxidised fully.'],
    ]);
    expect(marked.querySelectorAll('li')[1]!.firstElementChild?.tagName).toBe('MARK');
    expect(marked.textContent).toBe(notesDom([paragraph, list]).textContent);
  });

  it('marks a sentence two points share once, with both numbers; a point without a source marks nothing', () => {
    const shared = { text: 'It became a fashion within decades.' };
    expect(marks(notesDom([paragraph], [shared, undefined, shared]))).toEqual([['1 3', 'It became a fashion within decades.']]);
    expect(marks(notesDom([paragraph], [undefined, { text: 'A sentence the notes do not hold.' }]))).toEqual([]);
  });

  it('keeps markup in a marked sentence as text', () => {
    const text = 'Never trust <script>alert(1)</script> in input. Escape it.';
    const dom = notesDom([{ kind: 'paragraph', text }], [{ text: 'Never trust <script>alert(1)</script> in input.' }]);
    expect(dom.querySelector('script')).toBeNull();
    expect(marks(dom)).toEqual([['1', 'Never trust <script>alert(1)</script> in input.']]);
    expect(dom.textContent).toBe(text);
  });
});

describe('built decks', () => {
  const cases: [string, string][] = [
    ['microsoft-openai.txt', readFileSync(ARTICLE, 'utf8')],
    ...['bollitore-wrapped-it.txt', 'rockpools-el.md', 'kissaten-zh.md', 'overflow.md', 'dated.md'].map((n): [string, string] => [n, readFileSync(path.join(FIXTURES, n), 'utf8')]),
  ];

  it.each(cases)('%s: each point on a slide that shows its notes is marked on its own sentence', (file, text) => {
    const { deck, rendered } = compileText(text, file);
    const sections = [...parse(rendered.body).querySelectorAll('.slides > section')];
    let marked = 0;
    deck.slides.forEach((slide, i) => {
      const found = marks(sections[i]!.querySelector('aside.notes')!);
      const expected = (slide.pointSources ?? []).flatMap((s, n) => (s && slideNotesHold(slide.notes, s.text) ? [[String(n + 1), s.text]] : []));
      // Sentences shared by two points carry both numbers; compare point by point.
      const byPoint = found.flatMap(([points, sentence]) => points!.split(' ').map((p) => [p, sentence]));
      expect(byPoint.sort(), `${file}, slide ${i + 1}`).toEqual(expected.sort());
      marked += found.length;
    });
    expect(marked).toBeGreaterThan(0);
  });
});

function slideNotesHold(notes: Block[], sentence: string): boolean {
  return notes.some((b) => (b.kind === 'list' ? b.items.some((item) => item.includes(sentence)) : b.kind !== 'figure' && b.text.includes(sentence)));
}
