/**
 * Builds the slide points of article files and judges each section and conclusion point against
 * its source sentence (check.ts). Used by `npm run points:report` and the unit tests.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPoint, type Verdict } from './check.ts';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ARTICLE = /\.(txt|md|markdown|html?)$/;

interface Block { kind: string; text?: string; items?: string[] }
interface SectionLike { heading: string; blocks: Block[]; subsections: SectionLike[] }

/** Every article in tests/fixtures, slides/ and ../shared/corpus/articles. */
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

export interface Judged extends Verdict {
  file: string;
  slide: string;
  point: string;
  lang: string;
  sentence?: string;
}

/** The judged points of one article, compiled with the src/ under `root`; undefined when it does not build. */
export async function judgeFile(file: string, root = REPO): Promise<Judged[] | undefined> {
  const { compileFile } = await import(path.join(root, 'src/pipeline.ts'));
  const { blockText, splitSentences } = await import(path.join(root, 'src/plan/sentences.ts'));
  let compiled;
  try {
    compiled = await compileFile(file);
  } catch {
    return undefined;
  }
  const { outline, deck } = compiled;
  const lang: string = outline.lang;
  const sentencesOf = (blocks: Block[]): string[] => blocks.flatMap((b) => (blockText(b) as string[]).flatMap((t) => splitSentences(t, lang) as string[]));
  const walk = (s: SectionLike): Block[] => [...s.blocks, ...s.subsections.flatMap(walk)];
  const all = sentencesOf([...outline.intro, ...outline.sections.flatMap(walk), ...(outline.conclusion?.blocks ?? [])]);
  const name = path.relative(REPO, file);
  const judged: Judged[] = [];
  for (const slide of deck.slides) {
    if (slide.kind !== 'section' && slide.kind !== 'conclusion') continue;
    const notes = sentencesOf(slide.notes);
    slide.points.forEach((point: string, i: number) => {
      const given: string | undefined = slide.pointSources?.[i]?.text;
      let best: Judged | undefined;
      for (const sentence of given ? [given] : [...notes, ...all]) {
        const v = checkPoint(point, sentence, lang);
        if (v.aligned && (!best || v.skipped < best.skipped || (v.skipped === best.skipped && v.gaps < best.gaps))) {
          best = { ...v, file: name, slide: slide.kind === 'conclusion' ? 'conclusion' : slide.title, point, lang, sentence };
        }
        if (best && best.skipped === 0 && best.gaps === 0) break;
      }
      judged.push(best ?? { ...checkPoint(point, '', lang), file: name, slide: slide.title, point, lang });
    });
  }
  return judged;
}

export function flags(j: Verdict): string {
  const f = [j.midClause && `mid-clause before "${j.next}"`, j.barePronoun && 'bare pronoun', j.objectDropped && 'object dropped', j.lostMain && `lost main clause: ${j.lostWhy}`, !j.aligned && 'not traced'];
  const shown = f.filter(Boolean);
  return shown.length ? `   [${shown.join(', ')}]` : '';
}
