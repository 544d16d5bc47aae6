/**
 * The room's questions: kept in memory (the newest 500), appended to a JSON Lines file only when
 * the speaker asked for one (`--save-questions`). A question is plain text: control characters
 * are dropped, runs of spaces folded, and it is refused when empty or over MAX_QUESTION characters.
 */
import { appendFile } from 'node:fs/promises';
import { MAX_QUESTION, type Question } from './protocol.ts';

const KEEP = 500;

export type Asked = { ok: true; question: Question } | { ok: false; reason: 'length' | 'empty' };

export function cleanQuestion(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export class QuestionBook {
  private readonly list: Question[] = [];
  private next = 1;

  constructor(private readonly saveTo?: string) {}

  add(text: string, slide: number, at = Date.now()): Asked {
    const clean = cleanQuestion(text);
    if (!clean) return { ok: false, reason: 'empty' };
    if ([...clean].length > MAX_QUESTION) return { ok: false, reason: 'length' };
    const question: Question = { id: this.next++, text: clean, slide, at, answered: false };
    this.list.push(question);
    if (this.list.length > KEEP) this.list.shift();
    if (this.saveTo) void appendFile(this.saveTo, `${JSON.stringify({ at: new Date(at).toISOString(), slide, text: clean })}\n`).catch(() => {});
    return { ok: true, question };
  }

  answer(id: number): boolean {
    const question = this.list.find((q) => q.id === id);
    if (!question || question.answered) return false;
    question.answered = true;
    return true;
  }

  all(): Question[] {
    return this.list.map((q) => ({ ...q }));
  }
}
