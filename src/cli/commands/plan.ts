/** `deck plan <article> [--json]`: the slides the article makes, each point beside the sentence it came from. */
import type { Command } from 'commander';
import type { PlanSummary } from '../../plan/summary.ts';
import type { Io } from '../io.ts';
import { formatDuration } from '../report.ts';

export function registerPlan(program: Command, io: Io): void {
  program
    .command('plan')
    .description("list the deck's slides: points with the sentence and line each came from, notes length, timing")
    .argument('<article>', 'article file')
    .option('--json', 'print the plan as JSON')
    .action(async (article: string, opts: { json?: boolean }) => {
      // Loaded here, not with the command line: the other commands compile on a thread of their own.
      const [{ readArticle }, { buildOutline }, { planDeck }, { summarizePlan }] = await Promise.all([
        import('../../read/file.ts'),
        import('../../outline/index.ts'),
        import('../../plan/index.ts'),
        import('../../plan/summary.ts'),
      ]);
      const summary = summarizePlan(planDeck(buildOutline(await readArticle(article))));
      if (opts.json) io.out(JSON.stringify(summary, null, 2));
      else printPlan(summary, io.out);
    });
}

/** Longest source sentence shown in full in the readable listing. */
const SHOWN_CHARS = 110;

function printPlan(plan: PlanSummary, out: (line: string) => void): void {
  out(`${plan.title}  [${plan.lang}, ${plan.slides.length} slides, ${formatDuration(plan.totalSeconds)}]`);
  for (const slide of plan.slides) {
    const where = slide.line !== null ? `line ${slide.line}, ` : '';
    out(`${String(slide.number).padStart(3)}. ${slide.kind}: ${slide.title}  (${where}${formatDuration(slide.seconds)}, notes ${slide.notes.words} words)`);
    if (slide.stat) out(`       ${slide.stat.figure} — ${slide.stat.caption}`);
    for (const point of slide.points) {
      out(`       • ${point.text}`);
      if (!point.source) continue;
      const text = [...point.source.text];
      const shown = text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1).join('')}…` : point.source.text;
      out(`         ← ${point.source.line !== null ? `line ${point.source.line}: ` : ''}${shown}`);
    }
  }
}
