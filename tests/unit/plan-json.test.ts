/**
 * `deck plan FILE [--json]`: every slide with its points, each point beside the article sentence it
 * came from and the line that sentence starts on, how long the notes are, and the slide's timing.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { PlanSummary } from '../../src/plan/summary.ts';
import { ARTICLE, FIXTURES } from '../helpers/build.ts';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

const planOf = async (file: string) => {
  const { code, out } = await run('plan', file, '--json');
  expect(code).toBe(0);
  return JSON.parse(out) as PlanSummary;
};

/** True when `sentence` starts on line `line` of `file` (its text may wrap onto the lines after). */
function startsOnLine(file: string, line: number, sentence: string): boolean {
  const lines = readFileSync(file, 'utf8').split('\n');
  const first = lines[line - 1] ?? '';
  const joined = lines.slice(line - 1, line + 8).join(' ').replace(/\s+/g, ' ');
  const at = joined.indexOf(sentence);
  return at >= 0 && at < first.replace(/\s+/g, ' ').length;
}

const sourced = (plan: PlanSummary) => plan.slides.filter((s) => s.kind === 'section' || s.kind === 'conclusion').flatMap((s) => s.points);

describe('deck plan --json', () => {
  const articles = [ARTICLE, path.join(FIXTURES, 'bollitore-wrapped-it.txt'), path.join(FIXTURES, 'rockpools-el.md'), path.join(FIXTURES, 'huertos-urbanos.txt')];

  it.each(articles)('%s: every section point names its sentence, which starts on the line given', async (file) => {
    const plan = await planOf(file);
    const points = sourced(plan);
    expect(points.length).toBeGreaterThan(3);
    for (const point of points) {
      expect(point.source, point.text).not.toBeNull();
      expect(startsOnLine(file, point.source!.line!, point.source!.text), `${point.text} ← line ${point.source!.line}: ${point.source!.text}`).toBe(true);
    }
  });

  it('lists every slide in order with its kind, title, notes length and timing, which add up to the talk', async () => {
    const plan = await planOf(ARTICLE);
    expect(plan.slides.map((s) => s.number)).toEqual(plan.slides.map((_, i) => i + 1));
    expect(plan.slides[0]).toMatchObject({ kind: 'title', title: "The Dynamics of Microsoft's Collaboration with OpenAI" });
    expect(plan.slides.at(-1)!.kind).toBe('closing');
    expect(plan.slides.find((s) => s.kind === 'stat')).toMatchObject({ stat: { figure: '$1 billion' } });
    for (const slide of plan.slides) {
      expect(slide.notes.words).toBeGreaterThan(0);
      expect(slide.notes.characters).toBeGreaterThan(slide.notes.words);
      expect(slide.seconds).toBeGreaterThan(0);
    }
    expect(plan.slides.reduce((sum, s) => sum + s.seconds, 0)).toBe(plan.totalSeconds);
    // Agenda items are the section headings: no sentence behind them.
    expect(plan.slides.find((s) => s.kind === 'agenda')!.points.every((p) => p.source === null)).toBe(true);
  });

  it('keeps each point’s sentence on continuation slides, where the notes no longer hold it', async () => {
    const file = path.join(FIXTURES, 'overflow.md');
    const plan = await planOf(file);
    const continued = plan.slides.filter((s) => s.kind === 'section' && /^continued$/i.test(s.kicker ?? ''));
    expect(continued.length).toBeGreaterThanOrEqual(2);
    for (const point of continued.flatMap((s) => s.points)) {
      expect(point.source).not.toBeNull();
      expect(startsOnLine(file, point.source!.line!, point.source!.text)).toBe(true);
    }
    // Twelve list items on three slides: each item once, in the author's order.
    const twelve = plan.slides.filter((s) => s.title === 'Twelve long points').flatMap((s) => s.points.map((p) => p.source!.line));
    expect(twelve).toEqual(Array.from({ length: 12 }, (_, i) => 25 + i));
  });

  it('keeps the sentences of the points left after a stat slide', async () => {
    const plan = await planOf(path.join(FIXTURES, 'rockpools-el.md'));
    const at = plan.slides.findIndex((s) => s.kind === 'stat');
    expect(plan.slides[at]!.stat!.figure).toBe('40%');
    const after = plan.slides[at + 1]!;
    expect(after.title).toBe(plan.slides[at]!.title);
    expect(after.points.map((p) => p.source?.line)).toEqual([21, 21]);
  });
});

describe('deck plan', () => {
  it('prints each slide and, under each point, the line and sentence it came from', async () => {
    const { code, out } = await run('plan', path.join(FIXTURES, 'bollitore-wrapped-it.txt'));
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Come scegliere un bollitore elettrico {2}\[it, \d+ slides, .+\]$/);
    const at = lines.findIndex((l) => /section: Potenza e tempi/.test(l));
    expect(lines[at]).toMatch(/\(line 8, /);
    expect(lines.slice(at + 1, at + 7)).toContainEqual(expect.stringMatching(/← line 11: Uno da 1500 watt impiega/));
  });

  it('says in one line when the article cannot be read', async () => {
    const { code, err } = await run('plan', path.join(FIXTURES, 'no-such-article.md'));
    expect(code).toBe(1);
    expect(err).toEqual([expect.stringMatching(/no-such-article\.md: no such file/)]);
  });
});
