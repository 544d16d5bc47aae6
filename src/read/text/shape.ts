/** What a line of plain text looks like: prose, a title, a count, a date, a name, a label list, run-together links. */
import { hasDate, isCalendarDate, namesDay } from '../../vocab/dates.ts';

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Ends like a sentence (or a question), closing quotes and brackets aside. */
export const endsSentence = (text: string): boolean => /[.!?…。！？؟]["'”’»)\]]*$/u.test(text);

/** Number of sentences, roughly: a stop followed by a space and a capital, digit or opening quote. */
export function sentenceCount(text: string): number {
  return text.split(/[.!?…。！？؟]["'”’»)\]]*\s+(?=[\p{Lu}\p{N}"“«¿¡])/u).filter((s) => s.trim()).length;
}

/** Body text: a long line (or wrapped paragraph) that reads as finished sentences. */
export function isProse(text: string): boolean {
  const chars = text.length;
  return chars >= 60 && wordCount(text) >= 8 && (endsSentence(text) || chars >= 160);
}

/** A line that could name something (a post, a section, a site): short, no closing stop, starts with a capital or digit. */
export function isTitleLike(text: string): boolean {
  const words = wordCount(text);
  if (words < 1 || words > 18 || text.length > 160) return false;
  if (/[.,;…]$/u.test(text) && !/\b[A-Z]\.$/.test(text)) return false;
  const first = text.match(/[\p{L}\p{N}]/u)?.[0];
  return Boolean(first) && (first === first!.toLocaleUpperCase() || /\p{N}/u.test(first!));
}

/** "214 Likes", "1.4K", "37 commenti", "► 2024 (3)", "5 min read": a number and a word or two. */
export function isCount(text: string): boolean {
  const bare = text.replace(/^[\p{P}\p{S}\s]+/u, '').replace(/[\p{P}\p{S}\s]+$/u, '');
  return /^\p{Nd}[\p{Nd}.,٫٬\u00a0\u202f]*[kKmM]?\+?(?:\s+\(?[\p{L}\p{N}'’]+\)?){0,2}$/u.test(bare) && !/^\d{1,3}[.)]\s/u.test(text);
}

/** A line that is mostly a date or a time ("Saturday, March 2, 2024", "Apr 10", "2 mesi", "Marco Zanetti · 1 settimana"). */
export function isDateLine(text: string): boolean {
  const words = wordCount(text);
  if (words > 12) return false;
  if (isCalendarDate(text)) return true;
  // "3 weeks ago", "2 mesi", "Marco · 1 settimana" are dates; "It took us 3 weeks." is a sentence.
  if (hasDate(text)) return words <= 6 && !endsSentence(text);
  return words <= 3 && namesDay(text) && !/[.!?]$/.test(text);
}

/** A person's name on a line of its own: two to four capitalised words ("Marcel D.", "Ana Sofia Carvalho"). */
export function isNameLine(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 4 || text.length > 40 || /\d/.test(text)) return false;
  const particles = /^(?:de|da|do|dos|das|del|della|di|van|von|der|den|le|la|al|el|bin|ben|y|e)$/u;
  return words.every((w) => particles.test(w) || /^\p{Lu}[\p{L}'’-]*\.?$/u.test(w)) && /^\p{Lu}/u.test(words[0]!);
}

/**
 * Links copied without their spaces or with separators between them: "Email ThisBlogThis!Share to X",
 * "Privacy ∙ Terms ∙ Collection notice", "Home | About | Contact".
 */
export function isLinkLike(text: string): boolean {
  if ((text.match(/\p{Ll}[!?]?\p{Lu}/gu) ?? []).length >= 2 && wordCount(text) <= 12) return true;
  const parts = text.split(/\s+[·∙•|｜\/]\s+/u);
  return parts.length >= 3 && parts.every((p) => wordCount(p) <= 3 && !/[.!?]$/.test(p));
}

/** "Tags: honey, mites, spring": a short label, a colon, then a list of a few words each. */
export function isLabelList(text: string): boolean {
  const match = /^([\p{L}][\p{L} -]{0,24}?)\s*[:：]\s*(.+)$/u.exec(text);
  if (!match || wordCount(match[1]!) > 3) return false;
  const items = match[2]!.split(/\s*[,،、·|]\s*/u);
  return items.length >= 2 && items.every((item) => item && wordCount(item) <= 4 && !/[.!?]$/.test(item));
}
