/**
 * Author and date from the byline a page shows ("Posted 21 January 2024 by Lena Hoffmann · 5 comments"),
 * for pages whose metadata has neither. The date is kept as written; the name is the words after
 * "by" (in the page's language) up to the next separator.
 */
import type { ArticleMeta, Dropped } from '../../types.ts';
import { dateStart, isCalendarDate } from '../../vocab/dates.ts';
import { BY_WORDS } from './words.ts';

const SEPARATOR = /\s*[·•|,،–—]\s*|\s+\d/u;

/** Fills `meta.author` and `meta.date`, when missing, from the first date line the reader dropped. */
export function fillFromByline(meta: ArticleMeta, dropped: Dropped[]): void {
  const line = dropped.find((d) => d.reason === 'date line' || d.reason === 'post metadata')?.text;
  if (!line) return;
  const author = meta.author ?? authorIn(line);
  const date = meta.date ?? dateIn(line);
  if (author) meta.author = author;
  if (date) meta.date = date;
}

function authorIn(line: string): string | undefined {
  const words = line.split(/\s+/);
  const at = words.findIndex((w) => BY_WORDS.includes(w.toLowerCase()));
  if (at < 0) return undefined;
  const name = words.slice(at + 1).join(' ').split(SEPARATOR)[0]!.trim();
  const count = name.split(/\s+/).length;
  return name && count <= 4 && !/\d/.test(name) ? name : undefined;
}

function dateIn(line: string): string | undefined {
  for (const part of line.split(/\s*[·•|]\s*/u)) {
    const start = dateStart(part);
    if (start < 0) continue;
    const words = part.slice(start).split(/\s+/);
    const by = words.findIndex((w) => BY_WORDS.includes(w.toLowerCase()));
    const date = (by >= 0 ? words.slice(0, by) : words).join(' ').replace(/[,،]\s*$/u, '').trim();
    if (isCalendarDate(date) && date.length <= 40) return date;
  }
  return undefined;
}
