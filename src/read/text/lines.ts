/** The lines of a plain-text article, and the units they make: a line, or a paragraph wrapped by hand over several. */

export interface Line {
  text: string;
  indent: number;
  /** 1-based line number in the file. */
  no: number;
}

/** Lines of the text; blank lines are `undefined`, so a gap between blocks is visible. */
export type Lines = (Line | undefined)[];

export function toLines(text: string, firstLine: number): Lines {
  return text.split('\n').map((rawLine, i) => {
    const expanded = rawLine.replace(/\t/g, '    ').trimEnd();
    if (expanded.trim() === '') return undefined;
    return { text: expanded.trim(), indent: expanded.length - expanded.trimStart().length, no: firstLine + i };
  });
}

export const BULLET = /^([•\-*–—·▪●◦‣])\s+(.*)$/u;
export const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/u;

export function isListItem(text: string): boolean {
  return BULLET.test(text) || NUMBERED.test(text);
}

/**
 * A file whose long lines are mostly 50–80 characters, none longer than 100, and run on into the
 * line below, was wrapped by hand: its lines join into paragraphs. Short lines (menus, headings,
 * furniture) do not count either way.
 */
export function isHardWrapped(lines: Lines): boolean {
  const long = lines.filter((l): l is Line => Boolean(l) && l!.text.length >= 40);
  if (long.length < 6) return false;
  if (long.some((l) => l.text.length + l.indent > 100)) return false;
  // Wrapped paragraphs run on: a long line goes on in the line right under it, again and again.
  const runsOn = lines.filter((l, i) => l && l.text.length >= 50 && lines[i + 1] && !isListItem(lines[i + 1]!.text)).length;
  return runsOn >= 3 && long.filter((l) => l.text.length >= 50 && l.text.length <= 80).length / long.length > 0.6;
}

/** A line, or the lines of one paragraph wrapped by hand, with its place among the blank lines. */
export interface Unit {
  /** Index in `lines` of the first and last line. */
  first: number;
  last: number;
  text: string;
  /** A blank line (or the start of the file) comes before it. */
  blankBefore: boolean;
}

/**
 * Units of the text. In a hand-wrapped file a line continues the one before when the wrap is why it
 * broke: its first word would not have fitted on the line above.
 */
export function toUnits(lines: Lines, wrapped: boolean): Unit[] {
  const width = Math.max(0, ...lines.map((l) => (l ? l.text.length + l.indent : 0)));
  const units: Unit[] = [];
  let current: Unit | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      current = undefined;
      continue;
    }
    const above = lines[i - 1];
    const firstWord = line.text.split(/\s/)[0]!.length;
    if (current && wrapped && above && !isListItem(line.text) && above.text.length + above.indent + 1 + firstWord > width - 2) {
      current.last = i;
      current.text += ` ${line.text}`;
      continue;
    }
    current = { first: i, last: i, text: line.text, blankBefore: !above };
    units.push(current);
  }
  return units;
}
