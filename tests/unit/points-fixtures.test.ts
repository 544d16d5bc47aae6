/**
 * Points of two articles written for these tests: an English council report full of attributions,
 * appositives and asides, and a Dutch Markdown post with subordinate clauses after commas.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/pipeline.ts';
import { FIXTURES } from '../helpers/build.ts';

async function pointsBySlide(name: string): Promise<Map<string, string[]>> {
  const { deck } = await compileFile(path.join(FIXTURES, name));
  const out = new Map<string, string[]>();
  for (const slide of deck.slides) {
    if (slide.kind === 'section' || slide.kind === 'conclusion') out.set(slide.title, [...(out.get(slide.title) ?? []), ...slide.points]);
  }
  return out;
}

describe('council-transit-vote.txt (English news with attributions and asides)', () => {
  it('states claims without "Some argue that" and without dropping their hedge or object', async () => {
    const points = [...(await pointsBySlide('council-transit-vote.txt')).values()].flat();
    expect(points.length).toBeGreaterThanOrEqual(6);
    expect(points.some((p) => /^some argue/i.test(p))).toBe(false);
    expect(points).toContain('Free fares mostly reward people who already ride the bus, leaving drivers unmoved');
    // A point never stops on "not just a discount" without the "signal" that completes it.
    expect(points.some((p) => /not just a discount$/.test(p))).toBe(false);
    // No point opens on a pronoun ("He argues…", "It will also survey…").
    expect(points.filter((p) => /^(he|she|it|they)\b/i.test(p))).toEqual([]);
  });
});

describe('fietsenstalling-nl.md (Dutch, clauses after commas)', () => {
  it('keeps main clauses and never makes a subordinate clause a point of its own', async () => {
    const bySlide = await pointsBySlide('fietsenstalling-nl.md');
    const points = [...bySlide.values()].flat();
    expect(points.length).toBeGreaterThanOrEqual(5);
    // A point may open on a subordinate clause only when its main clause follows ("Nadat X, verdubbelde Y").
    expect(points.filter((p) => /^(omdat|nadat|terwijl|wie|hoewel|wanneer)\b/i.test(p) && !p.includes(','))).toEqual([]);
    expect(bySlide.get('De eerste maanden')).toContain('In de eerste maanden stond de stalling halfvol');
    expect(points.some((p) => p.includes('24 uur'))).toBe(true);
  });
});

describe('persiane-legno-es.md (Spanish, asides after the subject, participles after the main clause, a table)', () => {
  it('keeps each sentence’s subject with its verb and every cell of a table row', async () => {
    const { checkPoint } = await import('../../bench/points/check.ts');
    const { deck } = await compileFile(path.join(FIXTURES, 'persiane-legno-es.md'));
    const judged = deck.slides.flatMap((s) => (s.kind === 'section' || s.kind === 'conclusion' ? s.points.map((p, i) => ({ p, source: s.pointSources?.[i]?.text ?? '' })) : []));
    expect(judged.length).toBeGreaterThanOrEqual(6);
    const lost = judged.filter(({ p, source }) => checkPoint(p, source, 'es').lostMain || checkPoint(p, source, 'es').midClause);
    expect(lost.map(({ p }) => p)).toEqual([]);
    const points = judged.map(({ p }) => p);
    // "Las bisagras, oxidadas y pegadas por capas de pintura" alone would lose "salieron".
    expect(points.some((p) => /^Las bisagras\b/.test(p) && !/salieron/.test(p))).toBe(false);
    expect(points.some((p) => /^(Luego|Y|Usada|Aplicado|Repartidas)\b/.test(p))).toBe(false);
    for (const row of points.filter((p) => p.includes(' — '))) expect(row.split(' — ').length).toBe(3);
  });
});
