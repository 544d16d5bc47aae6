/**
 * Leaving tokens out of a sentence while keeping its punctuation right: an aside between commas
 * takes both commas with it, a parenthetical its brackets, a dropped tail leaves the final stop.
 */
import type { Token } from './tokens.ts';

const OPENS_ASIDE = /(?:[,，、]|\s[—–-]+)$/u;
const CLOSES_ASIDE = /^(?:[,，、]|\s[—–-]+)/u;

/** The tokens whose `keep` flag is true, with the punctuation around each dropped run merged. */
export function keepTokens(tokens: Token[], keep: boolean[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    if (keep[i]) {
      out.push({ ...tokens[i]! });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !keep[j + 1]) j++;
    const prev = out.at(-1);
    const tail = tokens[j]!.post.replace(/^[)\]]+/, '');
    if (prev) {
      if (OPENS_ASIDE.test(prev.post)) prev.post = prev.post.replace(OPENS_ASIDE, '') + tail.replace(CLOSES_ASIDE, '');
      else prev.post += tail.replace(CLOSES_ASIDE, '');
    }
    i = j + 1;
  }
  return out;
}

/**
 * Writes "artificial general intelligence (AGI)" as "AGI": an acronym in brackets replaces the
 * words whose initials it spells, keeping the name and dropping the spelled-out form.
 */
export function preferAcronyms(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    const acronym = /^\(\s*$/.test(t.pre) && /^\)/.test(t.post) ? /^\p{Lu}[\p{Lu}\p{N}]{1,7}s?$/u.exec(t.text)?.[0] : undefined;
    if (acronym && out.length) {
      const letters = acronym.replace(/s$/, '').replace(/\p{N}/gu, '');
      const words = out.slice(-letters.length);
      const spelled = words.length === letters.length && words.every((w, k) => !w.post && w.text[0]?.toUpperCase() === letters[k]);
      if (spelled) {
        const first = words[0]!;
        out.splice(out.length - letters.length, letters.length, { ...t, pre: first.pre, post: t.post.slice(1), norm: acronym.toLowerCase(), tags: t.tags });
        continue;
      }
    }
    out.push(t);
  }
  return out;
}
