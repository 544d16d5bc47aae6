/**
 * The hub's messages: JSON objects with a `t` field, checked field by field before anything reads
 * them. Only slide indices and questions travel: never article text. The browser side keeps its
 * own copy of these shapes (src/runtime/present/protocol.ts); tests/unit/present-protocol.test.ts
 * holds the two together.
 */

/** The largest message the hub reads, in bytes; larger ones are counted and ignored. */
export const MAX_MESSAGE = 2048;
/** The largest frame a client may send at all (ws's maxPayload): a larger one closes the connection. */
export const MAX_PAYLOAD = 16 * 1024;
/** The longest question, in characters (code points). */
export const MAX_QUESTION = 280;

export interface Position {
  h: number;
  v: number;
  f: number;
}

export type ClientMessage =
  | { t: 'hello'; token?: string }
  | ({ t: 'slide' } & Position)
  | { t: 'ask'; text: string }
  | { t: 'answered'; id: number };

export interface Question {
  id: number;
  text: string;
  /** The slide (h index) that was live when it was asked. */
  slide: number;
  at: number;
  answered: boolean;
}

export type ServerMessage =
  | ({ t: 'state'; seq: number } & Position)
  | { t: 'welcome'; role: 'speaker' | 'audience' }
  | { t: 'questions'; list: Question[] }
  | { t: 'question'; question: Question }
  | { t: 'answered'; id: number }
  | { t: 'room'; audience: number }
  | { t: 'asked' }
  | { t: 'refused'; reason: 'rate' | 'length' | 'empty' | 'token' };

const isIndex = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= -1 && (x as number) < 100_000;

/** A client's message, or undefined when it is not JSON or not one of the shapes above. */
export function parseClientMessage(data: string): ClientMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const m = value as Record<string, unknown>;
  switch (m.t) {
    case 'hello':
      if (m.token !== undefined && typeof m.token !== 'string') return undefined;
      return { t: 'hello', token: m.token as string | undefined };
    case 'slide':
      if (!isIndex(m.h) || !isIndex(m.v) || !isIndex(m.f) || m.h < 0 || m.v < 0) return undefined;
      return { t: 'slide', h: m.h, v: m.v, f: m.f };
    case 'ask':
      return typeof m.text === 'string' ? { t: 'ask', text: m.text } : undefined;
    case 'answered':
      return Number.isInteger(m.id) && (m.id as number) > 0 ? { t: 'answered', id: m.id as number } : undefined;
    default:
      return undefined;
  }
}
