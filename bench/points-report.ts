/**
 * `npm run points:report`: builds the slide points of every article in tests/fixtures, slides/
 * and ../shared/corpus/articles and judges each section and conclusion point against its source
 * sentence (bench/points/check.ts): the share that stop mid-clause, open on a bare pronoun or
 * lose a verb's object, and the worst examples.
 *
 *   npm run points:report [-- --root DIR] [--list NAME] [--worst N]
 *
 * `--root` compiles with the src/ of another checkout (to compare before and after a change);
 * `--list NAME` prints every point of the articles whose path contains NAME.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPoint, type Verdict } from './points/check.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..');
const ARTICLE = /\.(txt|md|markdown|html?)$/;

interface Block { kind: string; text?: string; items?: string[] }
interface SectionLike { heading: string; blocks: Block[]; subsections: SectionLike[] }

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

export function articleFiles(): string[] {
  const dirs = [path.join(REPO, 'tests/fixtures'), path.join(REPO, 'slides'), path.resolve(REPO, '../shared/corpus/articles')];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir).filter((f) => ARTICLE.test(f)).sort().map((f) => path.join(dir, f));
    } catch {
      return [];
    }
  });
}

interface Judged extends Verdict {
  file: string;
  point: string;
  sentence?: string;
}

async function main(): Promise<void> {
  const root = path.resolve(option('--root') ?? REPO);
  const { compileFile } = await import(path.join(root, 'src/pipeline.ts'));
  const { blockText, splitSentences } = await import(path.join(root, 'src/plan/sentences.ts'));
  const list = option('--list');
  const worst = Number(option('--worst') ?? 12);
  const judged: Judged[] = [];
  for (const file of articleFiles()) {
    let compiled;
    try {
      compiled = await compileFile(file);
    } catch (error) {
      console.log(`skip ${path.relative(REPO, file)}: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    const { outline, deck } = compiled;
    const lang: string = outline.lang;
    const sentencesOf = (blocks: Block[]): string[] => blocks.flatMap((b) => (blockText(b) as string[]).flatMap((t) => splitSentences(t, lang) as string[]));
    const walk = (s: SectionLike): Block[] => [...s.blocks, ...s.subsections.flatMap(walk)];
    const all = sentencesOf([...outline.intro, ...outline.sections.flatMap(walk), ...(outline.conclusion?.blocks ?? [])]);
    const name = path.relative(REPO, file);
    for (const slide of deck.slides) {
      if (slide.kind !== 'section' && slide.kind !== 'conclusion') continue;
      const notes = sentencesOf(slide.notes);
      slide.points.forEach((point: string, i: number) => {
        const given: string | undefined = slide.pointSources?.[i]?.text;
        const candidates = given ? [given] : [...notes, ...all];
        let best: Judged | undefined;
        for (const sentence of candidates) {
          const v = checkPoint(point, sentence, lang);
          if (v.aligned && (!best || v.skipped < best.skipped || (v.skipped === best.skipped && v.gaps < best.gaps))) best = { ...v, file: name, point, sentence };
          if (best && best.skipped === 0 && best.gaps === 0) break;
        }
        const entry = best ?? { ...checkPoint(point, '', lang), file: name, point };
        judged.push(entry);
        if (list && name.includes(list)) console.log(`${slide.kind === 'conclusion' ? 'conclusion' : slide.title} | ${point}${flags(entry)}`);
      });
    }
  }
  const aligned = judged.filter((j) => j.aligned);
  const pct = (n: number) => `${((100 * n) / Math.max(1, judged.length)).toFixed(1)}%`;
  const count = (f: (j: Judged) => boolean) => judged.filter(f).length;
  console.log(`\n${judged.length} section and conclusion points in ${new Set(judged.map((j) => j.file)).size} articles (${aligned.length} traced to a sentence)`);
  console.log(`mid-clause stops:   ${count((j) => j.midClause)} (${pct(count((j) => j.midClause))})`);
  console.log(`bare pronoun opens: ${count((j) => j.barePronoun)} (${pct(count((j) => j.barePronoun))})`);
  console.log(`object dropped:     ${count((j) => j.objectDropped)} (${pct(count((j) => j.objectDropped))})`);
  const bad = judged.filter((j) => j.midClause || j.barePronoun || j.objectDropped);
  if (bad.length) console.log(`\nworst examples:`);
  for (const j of bad.slice(0, worst)) console.log(`- ${j.file}: "${j.point}"${flags(j)}\n    from: ${j.sentence ?? '(no source)'}`);
}

function flags(j: Verdict): string {
  const f = [j.midClause && `mid-clause before "${j.next}"`, j.barePronoun && 'bare pronoun', j.objectDropped && 'object dropped', !j.aligned && 'not traced'].filter(Boolean);
  return f.length ? `   [${f.join(', ')}]` : '';
}

await main();
