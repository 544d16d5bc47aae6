/** Writes a point's tokens as slide text: no final stop, brackets and quotes balanced, capitalised. */
import { endsWithAbbreviation } from '../sentences.ts';
import { isUnspaced, render, type Token } from './tokens.ts';

/** True when brackets nest properly and quotes pair up ("’" inside a word is an apostrophe). */
export function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch) && --depth < 0) return false;
  }
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  return depth === 0 && count(/"/g) % 2 === 0 && count(/[“”„]/gu) % 2 === 0 &&
    count(/«/gu) === count(/»/gu) && count(/‘/gu) <= count(/’(?!\p{L})/gu);
}

/** Capitalises the first letter of `text` unless the word is camel-cased ("iPhone"). */
export function capitalise(text: string, lang: string): string {
  const m = /\p{L}/u.exec(text);
  if (!m || /\p{N}/u.test(text.slice(0, m.index)) || /^\p{Ll}\S*\p{Lu}/u.test(text.slice(m.index))) return text;
  let upper: string;
  try {
    upper = m[0].toLocaleUpperCase(lang || undefined);
  } catch {
    upper = m[0].toUpperCase();
  }
  return text.slice(0, m.index) + upper + text.slice(m.index + m[0].length);
}

/** The point's text, or undefined when nothing readable is left. */
export function finish(tokens: Token[], lang: string): string | undefined {
  const joiner = tokens.length && isUnspaced(tokens.map((t) => t.text).join('')) ? '' : ' ';
  // A footnote number after the final stop ("in decades.1") is no part of the point.
  let text = render(tokens, joiner).trim().replace(/(?<=\p{L}[.!?]["”’»)\]]*)(?:\d{1,3}|[¹²³⁴-⁹⁰]+)$/u, '');
  if (!endsWithAbbreviation(text)) {
    text = text.replace(/[\s,;:.!?…(\[{—–\-。！？、，；：]+$/u, '').replace(/[,;:.!?…。！？]+(\s*["”’»)\]」』]+)$/u, '$1');
  }
  if (!balanced(text)) text = text.replace(/^["“„«‘]+|["”“»’]+$/gu, '').trim();
  if (/^[¿¡]/u.test(text) && !/[?!]/u.test(text)) text = text.slice(1);
  return text && balanced(text) ? capitalise(text, lang) : undefined;
}
