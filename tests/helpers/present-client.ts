/** A WebSocket client for the hub's tests and benchmark: sends JSON, awaits the next message that matches. */
import WebSocket from 'ws';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- messages are checked by the assertions that read them
export type Message = Record<string, any> & { t: string };

export interface TestClient {
  ws: WebSocket;
  send(message: object): void;
  /** The first message (already received and not yet taken, or still to come) that matches. */
  next(match: (m: Message) => boolean, timeoutMs?: number): Promise<Message>;
  closed: Promise<{ code: number }>;
}

export function openClient(port: number, headers: Record<string, string> = {}, options: { origin?: boolean } = {}): Promise<TestClient> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/__present/socket`, {
    headers: { ...(options.origin === false ? {} : { Origin: `http://127.0.0.1:${port}` }), ...headers },
  });
  const inbox: Message[] = [];
  const waiting: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as Message;
    const waiter = waiting.findIndex((w) => w.match(message));
    if (waiter >= 0) waiting.splice(waiter, 1)[0]!.resolve(message);
    else inbox.push(message);
  });
  const closed = new Promise<{ code: number }>((resolve) => ws.on('close', (code) => resolve({ code })));
  const client: TestClient = {
    ws,
    closed,
    send: (message) => ws.send(JSON.stringify(message)),
    next: (match, timeoutMs = 3000) => {
      const found = inbox.findIndex(match);
      if (found >= 0) return Promise.resolve(inbox.splice(found, 1)[0]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching message')), timeoutMs);
        waiting.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('unexpected-response', (_, res) => reject(new Error(`handshake refused: ${res.statusCode}`)));
    ws.once('error', reject);
  });
}
