/**
 * The live messages as the browser sees them: a copy of src/present/protocol.ts's shapes (the
 * browser runtime imports nothing from the build side; tests/unit/present-protocol.test.ts keeps
 * the two in step).
 */
export const SOCKET_PATH = '/__present/socket';
export const MAX_QUESTION = 280;

export interface Position {
  h: number;
  v: number;
  f: number;
}

export interface Question {
  id: number;
  text: string;
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

export type ClientMessage = { t: 'hello'; token?: string } | ({ t: 'slide' } & Position) | { t: 'ask'; text: string } | { t: 'answered'; id: number };
