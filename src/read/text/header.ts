/**
 * The top of a page copied as plain text: the site's header (skip link, site name, tagline, menu),
 * then the title, a standfirst, a byline. The title is not simply the first line: it is the
 * title-like line that is printed twice, or that stands right above the byline, the date or the body.
 */
import type { ArticleMeta } from '../../types.ts';
import { dateStart, isCalendarDate } from '../../vocab/dates.ts';
import { comparable } from '../normalize.ts';
import type { Decision, Page } from './page.ts';
import { endsSentence, isCount, isDateLine, isNameLine, isTitleLike, sentenceCount, wordCount } from './shape.ts';

export function readHeader(page: Page): { title: number; decisions: Map<number, Decision>; meta: ArticleMeta } {
  const { units, kinds, body } = page;
  const title = findTitle(page);
  const key = comparable(units[title]!.text);
  let titleEnd = title;
  // The title printed again further down (a breadcrumb, then the heading) spans the furniture between
  // the two; past a line of sentences it is a section that repeats the title, and what is above it stays.
  for (let i = title + 1; i < body && !isSentences(units[i]!.text); i++) if (comparable(units[i]!.text) === key) titleEnd = i;

  const decisions = new Map<number, Decision>();
  for (let i = 0; i < body; i++) {
    const unit = units[i]!;
    if (i === title || comparable(unit.text) === key) continue;
    const own = kinds[i]?.reason;
    if (i < titleEnd) decisions.set(i, { drop: own ?? 'site header' });
    else if (i === titleEnd + 1 && isStandfirst(page, i)) decisions.set(i, { paragraph: true });
    else if (i === body - 1 && !kinds[i] && isTitleLike(unit.text) && !isAuthorLine(page, i)) continue; // the first section's heading
    else decisions.set(i, { drop: own ?? (i < title ? 'site header' : 'byline') });
  }
  return { title, decisions, meta: bylineMeta(page, title) };
}

/**
 * The best-scoring title-like unit above the body; of repeated titles, the first one. Above a body
 * with no sign of a web page around it (no furniture, no byline, no line printed twice), the first line.
 */
function findTitle(page: Page): number {
  const { units, body } = page;
  if (!looksLikePage(page)) return plainTitle(page);
  let best = 0;
  let bestScore = -Infinity;
  for (let i = 0; i < body; i++) {
    const score = titleScore(page, i);
    if (score !== undefined && score > bestScore) [best, bestScore] = [i, score];
  }
  const key = comparable(units[best]!.text);
  return units.findIndex((u) => comparable(u.text) === key);
}

/**
 * With nothing around it, the title is the first line, unless the lines above are a masthead of short
 * ones ("Compost Notes", "Issue #42"): then the first line of four words or more that is not glued to
 * the body as its first heading.
 */
function plainTitle(page: Page): number {
  const { units, body } = page;
  const title = units.slice(0, body).findIndex((u, i) => wordCount(u.text) >= 4 && !(i + 1 === body && !units[body]!.blankBefore));
  return Math.max(title, 0);
}

function looksLikePage(page: Page): boolean {
  const top = page.units.slice(0, page.body);
  const keys = top.map((u) => comparable(u.text));
  return top.some((_, i) => page.kinds[i] || isMeta(page, i)) || new Set(keys).size < keys.length;
}

function titleScore(page: Page, i: number): number | undefined {
  const { units, kinds, body } = page;
  const unit = units[i]!;
  const words = wordCount(unit.text);
  if (kinds[i]?.strong || words > 20 || unit.text.length > 160 || isCount(unit.text) || isDateLine(unit.text)) return undefined;
  if (!/^[\p{P}\s]*[\p{Lu}\p{N}]/u.test(unit.text) && !/^[^\p{L}]*[\p{Lo}]/u.test(unit.text)) return undefined;
  let score = words <= 3 ? words - 4 : Math.min(words, 12);
  if (isAuthorLine(page, i)) score -= 4;
  const key = comparable(unit.text);
  if (units.some((u, j) => j !== i && j <= body + 1 && comparable(u.text) === key)) score += 10;
  if (followedByMeta(page, i)) score += 6;
  if (i === body - 1) score += 5;
  if (i === 0 && words >= 4) score += 4;
  const above = units[i - 1];
  if (above && isDateLine(above.text)) score += 3;
  // A standfirst sits right under its title, with no blank line between.
  if (above && !unit.blankBefore && !kinds[i - 1] && isTitleLike(above.text) && wordCount(above.text) >= 4) score -= 8;
  return score;
}

/** A line that reads as a sentence or more of body text: a title is neither. */
function isSentences(text: string): boolean {
  return sentenceCount(text) > 1 || (endsSentence(text) && !/[?？؟]["'”’»)\]]*$/u.test(text) && wordCount(text) >= 4);
}

/** The unit under a candidate (past repeats of it and a standfirst right under it) is a byline. */
function followedByMeta(page: Page, i: number): boolean {
  const { units, body } = page;
  const key = comparable(units[i]!.text);
  let j = i + 1;
  while (j < body && comparable(units[j]!.text) === key) j++;
  if (j < body && !units[j]!.blankBefore && !isMeta(page, j) && wordCount(units[j]!.text) >= 4) j++;
  return j < body && isMeta(page, j);
}

/** A byline, a date, a read time, a count or an author's name. */
function isMeta(page: Page, i: number): boolean {
  const unit = page.units[i]!;
  const reason = page.kinds[i]?.reason;
  return reason === 'byline' || reason === 'date' || reason === 'counts' || isDateLine(unit.text) || isAuthorLine(page, i);
}

/**
 * An author's name: a short line of capitalised words printed twice, or next to a date, a byline or
 * a Follow button. (A Title Case heading is a short line of capitalised words too.)
 */
function isAuthorLine(page: Page, i: number): boolean {
  const { units, kinds } = page;
  if (!isNameLine(units[i]!.text)) return false;
  return [i - 1, i + 1].some((j) => {
    const unit = units[j];
    if (!unit) return false;
    const reason = kinds[j]?.reason;
    return unit.text === units[i]!.text || reason === 'byline' || reason === 'date' || reason === 'site buttons' || isDateLine(unit.text);
  });
}

/** The line right under the title that says what the article is about: four words or more, not a byline. */
function isStandfirst(page: Page, i: number): boolean {
  const unit = page.units[i]!;
  if (page.kinds[i] || isAuthorLine(page, i) || isDateLine(unit.text) || wordCount(unit.text) < 4) return false;
  return i !== page.body - 1 || !isTitleLike(unit.text);
}

/** Author and date from the byline under the title, when they are plain to see. */
function bylineMeta(page: Page, title: number): ArticleMeta {
  const meta: ArticleMeta = {};
  for (let i = title + 1; i < page.body; i++) {
    const text = page.units[i]!.text;
    const by =
      /(?:^|\s)(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor|[Dd]a)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/u.exec(text) ??
      /(?:^|\s)(?:מאת|بقلم|بواسطة)\s+(\p{Lo}+(?:\s+\p{Lo}+){0,2})/u.exec(text);
    if (!meta.author && by) meta.author = by[1];
    else if (!meta.author && !page.kinds[i] && isAuthorLine(page, i)) meta.author = text;
    if (!meta.date && isDateLine(text)) meta.date = datePart(text);
  }
  return meta;
}

/** "Posted on September 14, 2023 by Dana" → "September 14, 2023"; "12 févr. 2024 — Lecture de 6 min" → "12 févr. 2024". */
function datePart(text: string): string | undefined {
  const part = text.split(/\s+[·•|—–]\s+/u).find(isCalendarDate);
  if (!part) return undefined;
  const start = dateStart(part);
  const date = part.slice(start).replace(/\s+(?:by|por|par|von|di|door|at|um|à|alle|מאת|بقلم|بواسطة)\s+.*$/iu, '').trim();
  return date || undefined;
}
