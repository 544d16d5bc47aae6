/**
 * A point that opens on a pronoun ("It has always been…") names its referent when the sentence
 * before makes it clear ("Microsoft has always been…"); otherwise it is marked bare, and the
 * chooser prefers another sentence.
 */
import { has } from './english.ts';
import type { Lexicon } from './lexicon/index.ts';
import { normWord, type Token } from './tokens.ts';

export interface Opening {
  tokens: Token[];
  /** The point still opens on a pronoun whose referent is not on the slide. */
  bare: boolean;
}

const DEMONSTRATIVE = /^(this|that|these|those|dies|das|diese|dieser|esto|eso|cela|ceci|ciò|questo|isto|isso|dit|dat)$/;
const POSSESSIVE: Record<string, boolean> = { its: true, their: true, his: true, her: true };
const CONTRACTED: Record<string, string> = { "it's": 'is', "they're": 'are', "he's": 'is', "she's": 'is' };

/** True when `tokens` opens on a pronoun standing for something named elsewhere. */
export function opensOnPronoun(tokens: Token[], lex: Lexicon): boolean {
  const [first, second] = tokens;
  if (!first || (!lex.pronouns.has(first.norm) && !(first.norm in CONTRACTED))) return false;
  if (lex.impersonal.some((phrase) => phrase.every((w, k) => tokens[k]?.norm === w))) return false;
  if (DEMONSTRATIVE.test(first.norm)) {
    // "This collaboration…" is a determiner, "This is…" a pronoun.
    if (!second) return true;
    if (second.tags) return !(has(second, 'Noun') || has(second, 'Adjective') || has(second, 'Value'));
    return !/^\p{Lu}/u.test(second.text) && lex.function.has(second.norm);
  }
  // "It is hard to…", "It takes time to…": a dummy subject, not a reference.
  if (first.norm === 'it' || first.norm === "it's") {
    const window = tokens.slice(1, 6).map((t) => t.norm);
    if (window.includes('to') || window.includes('that')) return false;
  }
  return true;
}

const isName = (t: Token) => has(t, 'ProperNoun') || has(t, 'Organization') || has(t, 'Person');
const POSSESSIVE_END = /['’]s$/;

/**
 * The proper name a sentence is about: its subject when that is a name ("Microsoft, on the other
 * hand, …") or two names joined by "and" ("Microsoft and OpenAI work…"); not a possessive.
 */
function subjectName(tokens: Token[]): { name: Token[]; plural: boolean } | undefined {
  const name: Token[] = [];
  let plural = false;
  for (let i = 0; i < tokens.length && name.length <= 6; i++) {
    const t = tokens[i]!;
    if (t.norm === 'and' && name.length && isName(tokens[i + 1]!) && !/[,;:]/.test(name.at(-1)!.post)) {
      plural = true;
    } else if (!isName(t)) break;
    name.push(t);
    if (/[,;:]/.test(t.post) || POSSESSIVE_END.test(t.text)) break;
  }
  if (!name.length || name.length > 6 || POSSESSIVE_END.test(name.at(-1)!.text) || name.at(-1)!.norm === 'and') return undefined;
  return { name, plural: plural || name.some((t) => has(t, 'Plural')) };
}

/**
 * Replaces an English point's opening pronoun with the name the sentence before (or the dropped
 * part of its own sentence) is about, when number and person agree.
 */
export function nameReferent(point: Token[], lex: Lexicon, context: () => Token[][]): Opening {
  if (!opensOnPronoun(point, lex)) return { tokens: point, bare: false };
  const first = point[0]!;
  if (!first.tags || DEMONSTRATIVE.test(first.norm)) return { tokens: point, bare: true };
  for (const sentence of context()) {
    const subject = subjectName(sentence);
    if (!subject) continue;
    const { name, plural } = subject;
    const person = name.some((t) => has(t, 'Person'));
    const fits = /^(he|his|him|she|her|he's|she's)$/.test(first.norm) ? person && !plural : /^(it|its|it's)$/.test(first.norm) ? !person && !plural : plural;
    if (!fits) return { tokens: point, bare: true };
    const words = name.map((t, k) => ({ ...t, pre: k === 0 ? first.pre : t.pre, post: '' }));
    const last = words.at(-1)!;
    if (POSSESSIVE[first.norm]) words[words.length - 1] = { ...last, text: `${last.text}’s`, norm: normWord(`${last.text}'s`) };
    const verb = CONTRACTED[first.norm];
    const rest = verb ? [{ text: verb, pre: '', post: first.post, norm: verb, tags: new Set(['Verb']) }] : [];
    if (!verb) words[words.length - 1]!.post = first.post;
    return { tokens: [...words, ...rest, ...point.slice(1)], bare: false };
  }
  return { tokens: point, bare: true };
}
