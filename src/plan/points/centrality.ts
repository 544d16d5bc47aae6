/**
 * How central each sentence is to its section: TextRank (PageRank over sentences linked by the
 * content words they share). Long sections fall back to similarity with the section's overall
 * vocabulary, which ranks alike and takes linear time.
 */
const TEXTRANK_LIMIT = 60;
const DAMPING = 0.85;
const ROUNDS = 30;

/** Content-word sets of each sentence → a score per sentence in [0, 1] (the most central is 1). */
export function centrality(terms: Set<string>[]): number[] {
  const n = terms.length;
  if (n === 0) return [];
  const raw = n <= TEXTRANK_LIMIT ? textRank(terms) : centroid(terms);
  const top = Math.max(...raw);
  return raw.map((s) => (top > 0 ? s / top : 0));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size < 1 || b.size < 1) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (Math.log(a.size + 1) + Math.log(b.size + 1));
}

function textRank(terms: Set<string>[]): number[] {
  const n = terms.length;
  const weights = terms.map((a, i) => terms.map((b, j) => (i === j ? 0 : overlap(a, b))));
  const outSum = weights.map((row) => row.reduce((s, w) => s + w, 0));
  let score = new Array<number>(n).fill(1 / n);
  for (let round = 0; round < ROUNDS; round++) {
    score = score.map((_, i) => {
      let sum = 0;
      for (let j = 0; j < n; j++) if (outSum[j]! > 0) sum += (weights[j]![i]! / outSum[j]!) * score[j]!;
      return (1 - DAMPING) / n + DAMPING * sum;
    });
  }
  return score;
}

function centroid(terms: Set<string>[]): number[] {
  const df = new Map<string, number>();
  for (const set of terms) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  return terms.map((set) => {
    let sum = 0;
    for (const t of set) sum += (df.get(t)! - 1) / terms.length;
    return sum / Math.log(set.size + 2);
  });
}
