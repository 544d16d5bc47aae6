import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { distillPoints as distill, toPhrase } from '../../src/plan/points.ts';
import { blockText, splitSentences } from '../../src/plan/sentences.ts';
import type { Block } from '../../src/types.ts';

/** The texts of the points distilled from `blocks`' sentences. */
function distillPoints(blocks: Block[], options: Parameters<typeof distill>[1]): string[] {
  const lang = options.lang;
  const sentences = blocks.flatMap((b) => blockText(b).flatMap((t) => splitSentences(t, lang).map((text) => ({ text, list: b.kind === 'list' }))));
  return distill(sentences, options).map((p) => p.text);
}

// Independent of the implementation's lists on purpose: a point must never end on these.
const FUNCTION_WORDS = new Set(
  ('a an the of to in on for with and or but nor that which who whose its their his her our your my had has have ' +
    'is are was were be been will would can could should may might must do does did some such this these those ' +
    'not no more most than just as by from at into onto about between through over under during without within ' +
    'it they we you he she i me us them him if because while although though so yet also very every each any ' +
    'all both either its it’s it\'s e.g i.e').split(' '),
);
const SPANISH_FUNCTION_WORDS = new Set('el la los las un una de del a al en con por para y o que se su sus es son muy más como'.split(' '));

const norm = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
const words = (text: string) => text.split(/\s+/).filter(Boolean);
const normWords = (text: string) => words(text).map(norm).filter(Boolean);

/** True when `needle`'s words appear in `haystack`'s words in the same order (gaps allowed). */
function isSubsequence(needle: string[], haystack: string[]): boolean {
  let at = 0;
  for (const word of haystack) if (at < needle.length && word === needle[at]) at++;
  return at === needle.length;
}

/** Every word of `point` comes, in order, from one sentence of the body. */
function extractive(point: string, blocks: Block[], lang = 'en'): boolean {
  const sentences = blocks.flatMap((b) => blockText(b).flatMap((t) => splitSentences(t, lang)));
  return sentences.some((s) => isSubsequence(normWords(point), normWords(s)));
}

function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    if ((ch === ')' || ch === ']') && --depth < 0) return false;
  }
  return depth === 0 && (text.match(/"/g)?.length ?? 0) % 2 === 0 && (text.match(/[“”]/g)?.length ?? 0) % 2 === 0;
}

/** The invariants every point must satisfy, whatever the body. */
function expectWellFormed(point: string, blocks: Block[], lang = 'en', stop = FUNCTION_WORDS) {
  const ws = words(point);
  expect(ws.length, point).toBeGreaterThan(0);
  expect(ws.length, point).toBeLessThanOrEqual(12);
  expect(stop.has(norm(ws.at(-1)!)), `ends on a function word: ${point}`).toBe(false);
  expect(point, 'ellipsis or dangling punctuation').not.toMatch(/(\.\.\.|…|[,:;(])$/u);
  expect(balanced(point), `unbalanced: ${point}`).toBe(true);
  expect(extractive(point, blocks, lang), `not extractive: ${point}`).toBe(true);
}

const key = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const para = (text: string): Block[] => [{ kind: 'paragraph', text }];

/** Body paragraphs (lines > 100 chars) of the bundled article, each with the short line above it as heading. */
function articleParagraphs(): { heading: string; text: string }[] {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const lines = readFileSync(path.join(here, '../../slides/microsoft-openai.txt'), 'utf8').split('\n');
  const out: { heading: string; text: string }[] = [];
  let heading = '';
  for (const raw of lines) {
    const line = raw.replace(/^[\s\u00a0•]+/u, '').trim();
    if (!line) continue;
    if (raw.length > 100) out.push({ heading, text: line });
    else heading = line;
  }
  return out;
}

describe('distillPoints on the bundled article', () => {
  const paragraphs = articleParagraphs();

  it('finds the body paragraphs', () => {
    expect(paragraphs.length).toBeGreaterThanOrEqual(15);
  });

  it.each(paragraphs.map((p) => [p.heading, p.text] as const))('%s', (heading, text) => {
    const blocks = para(text);
    const points = distillPoints(blocks, { heading, lang: 'en' });
    const multi = splitSentences(text, 'en').length > 1;
    expect(points.length).toBeGreaterThanOrEqual(multi ? 2 : 1);
    expect(points.length).toBeLessThanOrEqual(multi ? 4 : 2);
    for (const point of points) {
      expectWellFormed(point, blocks);
      expect(key(point)).not.toBe(key(heading));
      expect(point[0]).toBe(point[0]!.toUpperCase());
    }
    expect(new Set(points.map(key)).size).toBe(points.length);
    expect(distillPoints(blocks, { heading, lang: 'en' })).toEqual(points); // deterministic
  });

  it('keeps points in document order and prefers whole phrases', () => {
    const body = para(
      'OpenAI, a research organization founded in December 2015, had a noble mission from the outset: to ensure that artificial general intelligence (AGI) benefits all of humanity. This visionary goal led to the creation of a unique research institute that operates with transparency, accessibility, and a commitment to the greater good.',
    );
    expect(distillPoints(body, { heading: 'The Genesis of OpenAI', lang: 'en' })).toEqual([
      'OpenAI had a noble mission from the outset',
      'This visionary goal led to the creation of a unique research institute',
    ]);
  });

  it('skips rhetorical fluff and questions when there is enough substance', () => {
    const body = para(
      'Microsoft, on the other hand, needs no introduction. As one of the world\'s leading technology companies, it has always been at the forefront of innovation. The journey toward artificial intelligence has been a long-standing commitment for Microsoft, dating back to the 1990s. What comes next? From Windows to Azure, Microsoft\'s involvement in AI has been omnipresent.',
    );
    const points = distillPoints(body, { heading: 'Microsoft', lang: 'en' });
    expect(points.some((p) => /introduction/i.test(p))).toBe(false);
    expect(points.some((p) => /comes next/i.test(p))).toBe(false);
    expect(points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('toPhrase', () => {
  it('cuts at a clause boundary, never after a function word', () => {
    const s = "The tech landscape is rife with collaborations, but some partnerships are more than just business deals; they are pivotal moments in the industry's history.";
    expect(toPhrase(s)).toBe('The tech landscape is rife with collaborations');
    expect(toPhrase('OpenAI, a research organization founded in December 2015, had a noble mission from the outset: to ensure that AGI benefits all.')).toBe(
      'OpenAI had a noble mission from the outset',
    );
  });

  it('keeps a short sentence whole, minus its final period', () => {
    expect(toPhrase("Microsoft's relationship with OpenAI is undoubtedly one such alliance.")).toBe(
      "Microsoft's relationship with OpenAI is undoubtedly one such alliance",
    );
    expect(toPhrase('It was fine...')).toBe('It was fine');
  });

  it('shortens a 60-word run-on sentence without commas', () => {
    const run = Array.from({ length: 6 }, (_, i) => `the committee reviewed plan ${i} and then discussed the budget for the`).join(' ') + ' year.';
    expect(words(run).length).toBeGreaterThanOrEqual(60);
    const phrase = toPhrase(run)!;
    expectWellFormed(phrase, para(run));
    expect(phrase.startsWith('The committee reviewed plan 0')).toBe(true);
  });

  it('never leaves a parenthesis or a quotation open', () => {
    const paren = 'The report (which was published by the national statistics office in London after a long delay) shows a sharp rise in prices.';
    const quote = 'He told the crowd "we will win this election by a landslide and nobody can stop us now" before leaving.';
    for (const s of [paren, quote]) expectWellFormed(toPhrase(s)!, para(s));
    expect(toPhrase(paren)).toBe('The report shows a sharp rise in prices');
  });

  it('holds its invariants on generated sentences', () => {
    const vocab = ['the', 'model', 'of', 'data,', 'and', 'Microsoft', '(AGI)', 'grew', 'to', '2019;', 'which', 'is', '"fast"', 'a', '—', 'users', 'in', 'but', 'rose'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 60 }), (ws) => {
        const sentence = `${ws.join(' ')}.`;
        const phrase = toPhrase(sentence);
        if (phrase !== undefined) expectWellFormed(phrase, para(sentence));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});

describe('distillPoints on targeted bodies', () => {
  it('does not split after abbreviations', () => {
    const text = 'Dr. Smith met Mr. Jones in the U.S. Army in 2020. They compared tools, e.g. Microsoft Azure vs. Google Cloud. It went well.';
    expect(splitSentences(text, 'en')).toEqual([
      'Dr. Smith met Mr. Jones in the U.S. Army in 2020.',
      'They compared tools, e.g. Microsoft Azure vs. Google Cloud.',
      'It went well.',
    ]);
    const points = distillPoints(para(text), { heading: 'Meeting', lang: 'en' });
    expect(points).toContain('Dr. Smith met Mr. Jones in the U.S. Army in 2020');
  });

  it('splits a single long sentence into up to two clauses', () => {
    const text = "The tech landscape is rife with collaborations, but some partnerships are more than just business deals; they are pivotal moments in the industry's history.";
    const points = distillPoints(para(text), { heading: 'Intro', lang: 'en' });
    expect(points).toEqual(['The tech landscape is rife with collaborations', 'Some partnerships are more than just business deals']);
    expect(distillPoints(para('Tests catch regressions early.'), { heading: 'Why', lang: 'en' })).toEqual(['Tests catch regressions early']);
  });

  it('uses short list items as they are, capped at max and in order', () => {
    const items = ['Ship small changes often.', 'Review every pull request within a day.', 'Keep the main branch green', 'Write the test first.', 'Delete dead code.', 'Measure before tuning.'];
    const list: Block[] = [{ kind: 'list', ordered: false, items: items.slice(0, 3) }];
    expect(distillPoints(list, { heading: 'Habits', lang: 'en' })).toEqual(['Ship small changes often', 'Review every pull request within a day', 'Keep the main branch green']);
    const long = distillPoints([{ kind: 'list', ordered: true, items }], { heading: 'Habits', lang: 'en' });
    expect(long).toHaveLength(4);
    expect(long.map((p) => items.findIndex((i) => i.startsWith(p)))).toEqual([...long.map((p) => items.findIndex((i) => i.startsWith(p)))].sort((a, b) => a - b));
    expect(distillPoints(list, { heading: 'Habits', lang: 'en', max: 2 })).toHaveLength(2);
  });

  it('handles Spanish text', () => {
    const text =
      'La inteligencia artificial, una tecnología desarrollada durante décadas, está transformando la manera en que trabajamos y vivimos en todo el mundo. En 2023, las empresas invirtieron más de 90 mil millones de dólares en nuevos sistemas de aprendizaje automático para sus productos. ¿Qué nos depara el futuro?';
    const points = distillPoints(para(text), { heading: 'La inteligencia artificial', lang: 'es' });
    expect(points).toHaveLength(2);
    for (const p of points) {
      expectWellFormed(p, para(text), 'es', SPANISH_FUNCTION_WORDS);
      expect(p[0]).toBe(p[0]!.toUpperCase());
    }
    expect(points.some((p) => p.includes('¿'))).toBe(false);
  });

  it('returns [] for an empty body or one with no prose', () => {
    expect(distillPoints([], { heading: 'X', lang: 'en' })).toEqual([]);
    expect(distillPoints(para('   '), { heading: 'X', lang: 'en' })).toEqual([]);
    const noProse: Block[] = [{ kind: 'code', text: 'let x = 1; let y = 2;' }, { kind: 'figure', src: 'a.png', alt: 'A chart of sales.' }];
    expect(distillPoints(noProse, { heading: 'X', lang: 'en' })).toEqual([]);
  });

  it('keeps markup-like characters as literal text (escaping is the renderer’s job)', () => {
    const text = 'Never trust <script>alert(1)</script> in user input. Escaping is the renderer’s job & not ours.';
    const points = distillPoints(para(text), { heading: 'Security', lang: 'en' });
    expect(points).toEqual(['Never trust <script>alert(1)</script> in user input', 'Escaping is the renderer’s job & not ours']);
  });

  it('never repeats the heading or another point', () => {
    const text = 'Why tests matter. Tests catch regressions early. Tests catch regressions early! They document behaviour for new engineers.';
    const points = distillPoints(para(text), { heading: 'Why Tests Matter?', lang: 'en' });
    expect(points).toEqual(['Tests catch regressions early', 'They document behaviour for new engineers']);
  });

  it('capitalises only where the script has case, respecting the locale and camel case', () => {
    expect(distillPoints(para('istanbul is a large city. Ankara is the capital.'), { heading: 'X', lang: 'tr' })[0]).toBe('İstanbul is a large city');
    expect(distillPoints(para('iPhone sales rose 20% in 2023. They fell again in 2024.'), { heading: 'X', lang: 'en' })[0]).toBe('iPhone sales rose 20% in 2023');
    expect(distillPoints(para('これは日本語の文です。二つ目の文です。'), { heading: 'X', lang: 'ja' })).toEqual(['これは日本語の文です', '二つ目の文です']);
  });

  it('stays linear on a very long body', () => {
    const paragraph = articleParagraphs().map((p) => p.text).join(' ');
    const text = Array(200).fill(paragraph).join('\n');
    expect(text.length).toBeGreaterThan(900_000);
    const start = performance.now();
    const points = distillPoints(para(text), { heading: 'X', lang: 'en' });
    expect(performance.now() - start).toBeLessThan(6000);
    expect(points).toHaveLength(4);
  }, 30_000);
});
