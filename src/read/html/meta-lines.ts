/**
 * Post metadata on a line of its own, by shape: a reading time ("8 min read", "٦ دقائق للقراءة"),
 * a date line ("Posted 21 January 2024 by …", "12.03.2024, 14:05 Uhr"), a count ("5 comments",
 * "1.1K"), a short label the shared vocabulary knows ("Advertisement", "Anzeige"), a comments
 * heading, and the credit left from a decorative header image.
 */
import type { Element } from 'hast';
import { elements, isElement, textOf } from './hast.ts';
import { words } from './links.ts';
import { isCalendarDate } from '../../vocab/dates.ts';
import { COMMENTS, furnitureOf } from '../../vocab/furniture/index.ts';
import { READING_TIME_WORDS } from './words.ts';

/** Elements that can hold a line of their own. */
export const LINE_TAGS = new Set(['p', 'div', 'span', 'small', 'time', 'address', 'section']);
export const SENTENCE_END = /[.!?。！？؟]["”’)]?$/u;

/** Post metadata on a line of its own: "8 min read", "Posted 21 January 2024 by …", "5 comments", a date heading. */
export function lineReason(el: Element): string | undefined {
  if (el.tagName === 'figure') return orphanCaption(el);
  if (/^h[1-6]$/.test(el.tagName)) {
    // A date over a post ("Monday, 23 October 2023"), with a day in it: "March 2024" may head a section.
    const text = asciiDigits(textOf(el));
    return words(text) <= 8 && (text.match(/\d+/g)?.length ?? 0) >= 2 && isDateLine(el, text) ? 'date line' : undefined;
  }
  if (!LINE_TAGS.has(el.tagName) || elements(el).some((e) => isElement(e, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'figure', 'blockquote', 'pre', 'img'))) return undefined;
  const text = textOf(el);
  if (!text || text.length > 120) return undefined;
  if (isReadingTime(text)) return 'reading time';
  // A label standing alone that the shared vocabulary knows as furniture ("Advertisement", "Anzeige", "Share").
  const known = words(text) <= 6 ? furnitureOf(text) : undefined;
  if (known?.via === 'line') return known.kind.reason;
  if (isDateLine(el, asciiDigits(text))) return 'date line';
  if (words(text) <= 3 && /\p{Nd}/u.test(text) && !SENTENCE_END.test(text) && words(text.replace(/[\d.,:kKmM+%]+/g, ' ')) <= 2) return 'count';
  return undefined;
}

export function isCommentsHeading(text: string): boolean {
  const line = asciiDigits(text);
  return /^\d/.test(line) && furnitureOf(line)?.kind === COMMENTS;
}

/** Digits of any script ("٦", "۶", "６") as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    const zero = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xff10].findLast((z) => code >= z)!;
    return String(code - zero);
  });
}

function isReadingTime(raw: string): boolean {
  const text = asciiDigits(raw);
  const tokens = text.toLowerCase().split(/[\s:·•|()\-–—,/]+/u).map((t) => t.replace(/\.$/, '')).filter(Boolean);
  const numbers = tokens.filter((t) => /^\d+$/.test(t));
  const rest = tokens.filter((t) => !/^\d+$/.test(t));
  return numbers.length >= 1 && tokens.length <= 6 && rest.length > 0 && rest.every((t) => READING_TIME_WORDS.includes(t));
}

/** A short line that carries a date (a `<time>`, "21 January 2024", "Jan 22, 2024", "2024-01-22") and is no sentence. */
function isDateLine(el: Element, text: string): boolean {
  if (words(text) > 14) return false;
  const hasDate =
    elements(el).some((e) => isElement(e, 'time')) ||
    isCalendarDate(text) ||
    /\b\d{4}-\d{2}-\d{2}\b/.test(text) ||
    /\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b/.test(text) ||
    (/(?:^|\D)(?:19|20)\d{2}(?:\D|$)/.test(text) && /(?:^|\D)\d{1,2}(?:\D|$)/.test(text));
  return hasDate && (!SENTENCE_END.test(text) || /[·•|]/.test(text));
}

/** A figure whose image was decoration (no alt text): only its credit line is left. */
function orphanCaption(figure: Element): string | undefined {
  if (elements(figure).some((e) => isElement(e, 'img', 'video', 'audio', 'iframe', 'table', 'pre', 'blockquote'))) return undefined;
  const text = textOf(figure);
  return text && words(text) <= 15 ? 'caption of a decorative image' : undefined;
}
