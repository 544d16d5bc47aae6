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
import path from 'node:path';
import { articleFiles, flags, judgeFile, REPO, type Judged } from './points/judge.ts';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const root = path.resolve(option('--root') ?? REPO);
const list = option('--list');
const worst = Number(option('--worst') ?? 12);
const judged: Judged[] = [];
for (const file of articleFiles()) {
  const points = await judgeFile(file, root);
  if (!points) {
    console.log(`skip ${path.relative(REPO, file)}: does not build`);
    continue;
  }
  judged.push(...points);
  if (list && file.includes(list)) for (const j of points) console.log(`${j.slide} | ${j.point}${flags(j)}`);
}
const pct = (n: number) => `${((100 * n) / Math.max(1, judged.length)).toFixed(1)}%`;
const count = (f: (j: Judged) => boolean) => judged.filter(f).length;
const traced = count((j) => j.aligned);
console.log(`\n${judged.length} section and conclusion points in ${new Set(judged.map((j) => j.file)).size} articles (${traced} traced to a sentence)`);
console.log(`mid-clause stops:   ${count((j) => j.midClause)} (${pct(count((j) => j.midClause))})`);
console.log(`bare pronoun opens: ${count((j) => j.barePronoun)} (${pct(count((j) => j.barePronoun))})`);
console.log(`object dropped:     ${count((j) => j.objectDropped)} (${pct(count((j) => j.objectDropped))})`);
console.log(`lost main clause:   ${count((j) => j.lostMain)} (${pct(count((j) => j.lostMain))})`);
const words = judged.map((j) => j.point.split(/\s+/).length);
console.log(`words per point:    median ${words.sort((a, b) => a - b)[Math.floor(words.length / 2)] ?? 0}, over 12: ${pct(words.filter((w) => w > 12).length)}`);
const bad = judged.filter((j) => j.midClause || j.barePronoun || j.objectDropped || j.lostMain);
if (bad.length && worst > 0) console.log('\nworst examples:');
for (const j of bad.slice(0, worst)) console.log(`- ${j.file}: "${j.point}"${flags(j)}\n    from: ${j.sentence ?? '(no source)'}`);
