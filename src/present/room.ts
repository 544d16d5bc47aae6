/**
 * The room without its sockets: where the speaker is (slide, vertical slide, fragment step,
 * numbered by `seq`, 0 before the first move) and the questions asked. The hub (hub.ts) wires it
 * to connections; this part is plain data and can be tested on its own.
 */
import { ASK_INTERVAL_MS } from './limits.ts';
import type { Position, Question } from './protocol.ts';
import { QuestionBook } from './questions.ts';

export type AskResult = { ok: true; question: Question } | { ok: false; reason: 'rate' | 'length' | 'empty' };

export class Room {
  private where: Position & { seq: number } = { h: 0, v: 0, f: -1, seq: 0 };

  constructor(
    private readonly book = new QuestionBook(),
    private readonly askIntervalMs = ASK_INTERVAL_MS,
  ) {}

  get position(): Position & { seq: number } {
    return { ...this.where };
  }

  /** The speaker moved: true when that changed the room's position (a repeat does not). */
  move({ h, v, f }: Position): boolean {
    const now = this.where;
    if (now.h === h && now.v === v && now.f === f) return false;
    this.where = { h, v, f, seq: now.seq + 1 };
    return true;
  }

  /** A question from a connection that last asked at `lastAsk` (ms): refused when too soon, empty or too long. */
  ask(text: string, lastAsk: number, now = Date.now()): AskResult {
    if (now - lastAsk < this.askIntervalMs) return { ok: false, reason: 'rate' };
    return this.book.add(text, this.where.h, now);
  }

  answer(id: number): boolean {
    return this.book.answer(id);
  }

  questions(): Question[] {
    return this.book.all();
  }
}
