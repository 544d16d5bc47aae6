/**
 * Where the article is on a page copied as plain text: which line is its title, which units before
 * and after it are the site's furniture, and which furniture stands between its sections. Decided by
 * the shape and place of each unit (src/read/text/shape.ts), with words to confirm (src/vocab/furniture).
 */
import type { ArticleMeta, Dropped } from '../../types.ts';
import { classify, type Furniture } from './furniture.ts';
import { readHeader } from './header.ts';
import { isListItem, toUnits, type Lines, type Unit } from './lines.ts';
import { endsSentence, isProse, wordCount } from './shape.ts';
import { readTail } from './tail.ts';

/** A page's units, what furniture each one is, and where its body starts (the first prose unit). */
export interface Page {
  lines: Lines;
  units: Unit[];
  kinds: (Furniture | undefined)[];
  body: number;
}

/** What to do with a unit: drop it (for this reason) or read it as a paragraph, never a heading. */
export type Decision = { drop: string } | { paragraph: true };

export interface Layout {
  /** Index in `lines` of the title line. */
  title: number;
  /** Lines to leave out of the tree, by index, and lines to read as paragraph text. */
  dropLines: Set<number>;
  paragraphLines: Set<number>;
  dropped: Dropped[];
  meta: ArticleMeta;
}

/** `titled`: the front matter gave the title, so the page has no header to find. */
export function layOutPage(lines: Lines, wrapped: boolean, titled = false): Layout {
  const units = toUnits(lines, wrapped);
  const kinds = units.map((u) => classify(u.text));
  confirmByNeighbours(units, kinds);
  const body = units.findIndex((_, i) => startsBody(lines, units, kinds, i));
  const page: Page = { lines, units, kinds, body };
  const firstLine = units[0]?.first ?? 0;
  if (body < 0) return { title: firstLine, dropLines: new Set(), paragraphLines: new Set(), dropped: [], meta: {} };

  const header = body > 0 && !titled ? readHeader(page) : { title: 0, decisions: new Map<number, Decision>(), meta: {} };
  const decisions = new Map([...header.decisions, ...readTail(page)]);
  return { title: units[header.title]!.first, ...apply(page, decisions), meta: header.meta };
}

/**
 * The article's first paragraph: prose, or (below the first line) a list, or a short sentence that
 * stands as a paragraph of its own between blank lines. A byline's job title ("Engineer at Acme Ltd.")
 * shares its block with the name and the date, so it does not start the body; nor does a standfirst
 * written as a sentence, which has the byline under it.
 */
/** What a byline is made of; prose right above one is a standfirst, not the article's first paragraph. */
const BYLINE_REASONS = new Set(['byline', 'date', 'counts']);

function startsBody(lines: Lines, units: Unit[], kinds: (Furniture | undefined)[], i: number): boolean {
  const unit = units[i]!;
  if (kinds[i]?.strong) return false;
  const list = isListItem(lines[unit.first]!.text);
  if (!list && isProse(unit.text)) return !kinds.slice(i + 1, i + 3).some((k) => k && BYLINE_REASONS.has(k.reason));
  if (i === 0) return false;
  if (list) return true;
  const alone = unit.blankBefore && (units[i + 1]?.blankBefore ?? true);
  return alone && !kinds[i] && endsSentence(unit.text) && wordCount(unit.text) >= 3;
}

/**
 * A unit that only mentions furniture words ("cookies", "newsletter") is furniture when it stands
 * next to furniture that says so outright ("Accept all", "Type your email…"), or when a cookie
 * notice opens the page before any prose. A line such as "Privacy" or "Menu" is furniture when other
 * furniture shares its block (a footer's links, a menu), else it may be a heading.
 */
function confirmByNeighbours(units: Unit[], kinds: (Furniture | undefined)[]): void {
  let proseSeen = false;
  const strong = kinds.map((k) => Boolean(k?.strong));
  const sameBlock = (i: number, j: number) => Boolean(units[i] && units[j]) && !units[Math.max(i, j)]!.blankBefore;
  const furnitureNear = (i: number) => [i - 1, i + 1].some((j) => sameBlock(i, j) && kinds[j] && kinds[j]!.reason !== 'date');
  units.forEach((unit, i) => {
    const kind = kinds[i];
    if (kind?.inRun) {
      if (furnitureNear(i)) kinds[i] = { ...kind, strong: true };
    } else if (kind && !kind.strong && kind.reason !== 'date') {
      const cookieFirst = kind.reason === 'cookie notice' && !proseSeen;
      if (cookieFirst || strong[i - 1] || strong[i + 1]) kinds[i] = { ...kind, strong: true };
    }
    if (!kinds[i]?.strong && isProse(unit.text)) proseSeen = true;
  });
}

/** The lines of every dropped unit, and one Dropped entry per run of units dropped for the same reason. */
function apply(page: Page, decisions: Map<number, Decision>): Pick<Layout, 'dropLines' | 'paragraphLines' | 'dropped'> {
  const dropLines = new Set<number>();
  const paragraphLines = new Set<number>();
  const dropped: Dropped[] = [];
  let last: { index: number; entry: Dropped } | undefined;
  for (const [index, decision] of [...decisions].sort((a, b) => a[0] - b[0])) {
    const unit = page.units[index]!;
    const lines = Array.from({ length: unit.last - unit.first + 1 }, (_, k) => unit.first + k);
    if ('paragraph' in decision) {
      for (const l of lines) paragraphLines.add(l);
      continue;
    }
    for (const l of lines) dropLines.add(l);
    if (last?.index === index - 1 && last.entry.reason === decision.drop) {
      last.entry.text += `\n${unit.text}`;
      last.index = index;
    } else {
      last = { index, entry: { text: unit.text, line: page.lines[unit.first]!.no, reason: decision.drop } };
      dropped.push(last.entry);
    }
  }
  return { dropLines, paragraphLines, dropped };
}
