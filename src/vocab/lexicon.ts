/** Word lists per language, and turning them into one regular-expression alternation. */

export type Lang = 'en' | 'es' | 'de' | 'fr' | 'it' | 'pt' | 'nl' | 'he' | 'ar' | 'zh' | 'ja';

/** Phrases per language, lower case. `#` stands for a count ("# comments" matches "37 comments", "2.1K"). */
export type Lexicon = Partial<Record<Lang, readonly string[]>>;

export const COUNT = String.raw`\p{Nd}[\p{Nd}.,٫٬\u00a0\u202f]*[kKmM]?\+?`;

function escape(phrase: string): string {
  return phrase
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/'/g, "['’]")
    .replace(/ /g, String.raw`[\s\u00a0]+`)
    .replace(/#/g, COUNT);
}

/** Every phrase of the lexicons, longest first (so "share this post" wins over "share"), as one alternation. */
export function alternation(...lexicons: Lexicon[]): string {
  const phrases = new Set<string>();
  for (const lexicon of lexicons) for (const list of Object.values(lexicon)) for (const p of list ?? []) phrases.add(p.toLowerCase());
  return [...phrases].sort((a, b) => b.length - a.length).map(escape).join('|');
}
