/**
 * Points judged by their content (issue 14): the checker (bench/points/check.ts) compares each
 * point with its source sentence. It must catch the faults the issue lists, and the points built
 * from every article of the fixtures and the corpus must pass it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPoint } from '../../bench/points/check.ts';
import { articleFiles, judgeFile, type Judged } from '../../bench/points/judge.ts';
import { compileFile } from '../../src/pipeline.ts';
import { toPhrase } from '../../src/plan/points.ts';
import { blockText, splitSentences } from '../../src/plan/sentences.ts';
import type { Block, Section } from '../../src/types.ts';

describe('the checker', () => {
  it('flags the truncated points issue 14 quotes from the bundled deck', () => {
    const cases: [string, string][] = [
      ['Some argue that such collaborations could lead', 'Some argue that such collaborations could lead to a monopolization of AI research, stifling competition.'],
      ['The relationship between Microsoft and OpenAI is a testament', 'In conclusion, the relationship between Microsoft and OpenAI is a testament to the transformative power of collaboration.'],
      ['Microsoft and OpenAI are actively involved in using AI', 'Beyond research and development, Microsoft and OpenAI are actively involved in using AI for the betterment of society.'],
      ['The partnership between Microsoft and OpenAI is not just a strategic move', "The partnership between Microsoft and OpenAI is not just a strategic move; it's a convergence of two entities that share a vision."],
    ];
    for (const [point, sentence] of cases) expect(checkPoint(point, sentence, 'en').midClause, point).toBe(true);
    const it = checkPoint('It has always been at the forefront of innovation', "As one of the world's leading technology companies, it has always been at the forefront of innovation.", 'en');
    expect(it.barePronoun).toBe(true);
  });

  it('accepts whole clauses, compression and a pronoun replaced by its name', () => {
    const ok: [string, string, string][] = [
      ['The tech landscape is rife with collaborations', 'The tech landscape is rife with collaborations, but some partnerships are more than business deals.', 'en'],
      ['OpenAI had a noble mission: to ensure that AGI benefits all of humanity', 'OpenAI, a research organization founded in December 2015, had a noble mission from the outset: to ensure that artificial general intelligence (AGI) benefits all of humanity.', 'en'],
      ['Microsoft has always been at the forefront of innovation', "As one of the world's leading technology companies, it has always been at the forefront of innovation.", 'en'],
      ['Je rince le vélo à l’eau claire chaque dimanche', 'Je rince le vélo à l’eau claire chaque dimanche et je graisse la chaîne tous les quinze jours.', 'fr'],
      ['Riega las macetas por la mañana', 'Riega las macetas por la mañana, antes de que el sol caliente las raíces.', 'es'],
    ];
    for (const [point, sentence, lang] of ok) {
      const v = checkPoint(point, sentence, lang);
      expect([v.aligned, v.midClause, v.barePronoun, v.objectDropped], point).toEqual([true, false, false, false]);
    }
  });

  it('sees a verb that lost its object inside a compressed point', () => {
    const v = checkPoint('Microsoft invested in OpenAI in 2019', 'Microsoft invested $1 billion in OpenAI in 2019.', 'en');
    expect(v.objectDropped).toBe(true);
  });
});

/** Every sentence of every article the project holds, with the article's language. */
async function corpusSentences(): Promise<{ text: string; lang: string }[]> {
  const out: { text: string; lang: string }[] = [];
  for (const file of articleFiles()) {
    let outline;
    try {
      ({ outline } = await compileFile(file));
    } catch {
      continue; // an article the reader refuses (paywall, archive page) has no points
    }
    const walk = (s: Section): Block[] => [...s.blocks, ...s.subsections.flatMap(walk)];
    const blocks = [...outline.intro, ...outline.sections.flatMap(walk), ...(outline.conclusion?.blocks ?? [])];
    for (const b of blocks) for (const t of blockText(b)) for (const text of splitSentences(t, outline.lang)) if (/\p{L}/u.test(text)) out.push({ text, lang: outline.lang });
  }
  return out;
}

describe('points over the fixtures and the corpus', () => {
  it('shortens hundreds of sentences of every style without stopping inside a clause', async () => {
    const sentences = await corpusSentences();
    expect(sentences.length).toBeGreaterThanOrEqual(200);
    expect(new Set(sentences.map((s) => s.lang)).size).toBeGreaterThanOrEqual(5);
    const phrased = sentences.flatMap((s) => {
      const phrase = toPhrase(s.text, 12, s.lang);
      return phrase === undefined ? [] : [{ ...s, phrase, verdict: checkPoint(phrase, s.text, s.lang) }];
    });
    expect(phrased.length).toBeGreaterThanOrEqual(200);
    const faults = phrased.filter((p) => !p.verdict.aligned || p.verdict.midClause || p.verdict.objectDropped);
    expect(faults.map((f) => `${f.phrase} ← ${f.text}`)).toEqual([]);
  }, 180_000);

  it('gives slide points of which at most 3% stop mid-clause and at most 2% open on a bare pronoun', async () => {
    const judged: Judged[] = [];
    for (const file of articleFiles()) judged.push(...((await judgeFile(file)) ?? []));
    expect(judged.length).toBeGreaterThanOrEqual(300);
    const share = (f: (j: Judged) => boolean) => judged.filter(f).length / judged.length;
    expect(share((j) => !j.aligned)).toBeLessThanOrEqual(0.01);
    expect(share((j) => j.midClause)).toBeLessThanOrEqual(0.03);
    expect(share((j) => j.barePronoun)).toBeLessThanOrEqual(0.02);
  }, 180_000);
});

describe('points of generated sentences', () => {
  const name = fc.constantFrom('Microsoft', 'The city council', 'Our team', 'Dr. Okafor', 'The new library');
  const verb = fc.constantFrom('approved', 'launched', 'rebuilt', 'funded', 'replaced');
  const object = fc.constantFrom('a plan for 40 bike lanes', 'the old bridge', 'GPT-3', 'a $2 million grant', 'the heating system');
  const place = fc.constantFrom('', ' in March 2021', ' after a long debate', ' across the whole district');
  const intro = fc.constantFrom('', 'However, ', 'In 2019, ', 'As expected, ', 'After two years of planning, ');
  const aside = fc.constantFrom('', ', a group founded in 1998,', ' (see the appendix)', ', on the other hand,');
  const tail = fc.constantFrom('', ', stifling debate', ', which surprised nobody', '; critics called it rushed', ', but the vote was close');

  it('keep the main verb and its object, and end where a clause ends', () => {
    fc.assert(
      fc.property(intro, name, aside, verb, object, place, tail, (i, n, a, v, o, p, t) => {
        const subject = i ? n.replace(/^The /, 'the ') : n;
        const sentence = `${i}${subject}${a} ${v} ${o}${p}${t}.`;
        const phrase = toPhrase(sentence, 12, 'en');
        if (phrase === undefined) return; // no compression fits: the caller uses the whole sentence
        const verdict = checkPoint(phrase, sentence, 'en');
        expect(verdict.aligned && !verdict.midClause && !verdict.objectDropped, `${phrase} ← ${sentence}`).toBe(true);
        expect(phrase, sentence).toContain(`${v} ${o}`);
        expect(phrase.split(/\s+/).length).toBeLessThanOrEqual(12);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});
