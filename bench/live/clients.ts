/**
 * The benchmark's clients: N audience sockets that time each slide change on arrival, the speaker
 * that moves, and an attacker sending malformed, oversized and unauthenticated messages.
 */
import WebSocket from 'ws';

const url = (port: number) => `ws://127.0.0.1:${port}/__present/socket`;
const origin = (port: number) => ({ headers: { Origin: `http://127.0.0.1:${port}` } });
/** Wall-clock milliseconds with sub-millisecond resolution, comparable between processes. */
export const now = () => performance.timeOrigin + performance.now();

/** Opens `count` audience sockets, `batch` at a time; each calls `onState(seq, at)` for every state it gets. */
export async function openAudience(port: number, count: number, onState: (seq: number, at: number) => void, batch = 250): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < count; start += batch) {
    const opened = Array.from({ length: Math.min(batch, count - start) }, () => openOne(port, onState));
    sockets.push(...(await Promise.all(opened)));
  }
  return sockets;
}

function openOne(port: number, onState: (seq: number, at: number) => void): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url(port), origin(port));
    ws.on('open', () => {
      ws.send('{"t":"hello"}');
      resolve(ws);
    });
    ws.on('message', (data) => {
      const at = now();
      const text = data.toString();
      // The seq alone: parsing every message in full would time the client, not the hub.
      if (!text.startsWith('{"t":"state"')) return;
      const match = /"seq":(\d+)/.exec(text);
      if (match) onState(Number(match[1]), at);
    });
    ws.on('error', reject);
  });
}

export function openSpeaker(port: number, token: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url(port), origin(port));
    ws.on('open', () => {
      ws.send(JSON.stringify({ t: 'hello', token }));
      resolve(ws);
    });
    ws.on('error', reject);
  });
}

const HUGE = JSON.stringify({ t: 'ask', text: 'y'.repeat(17_000) });
const HOSTILE = [
  () => 'not json at all {',
  () => JSON.stringify({ t: 'slide', h: 99, v: 0, f: -1 }),
  () => JSON.stringify({ t: 'nope', x: 1 }),
  () => JSON.stringify({ t: 'ask', text: 'x'.repeat(4000) }),

  () => JSON.stringify({ t: 'hello', token: 'wrong-token' }),
  () => '[1,2,3]',
];

/**
 * Sends `perSecond` hostile messages, spread over a pool of sockets that the hub keeps closing
 * (oversized, wrong token, too many bad messages): closed ones are replaced. Returns a stop function
 * and how many messages went out.
 */
export function attack(port: number, perSecond: number, pool = 400): { stop: () => void; sent: () => number } {
  let sent = 0;
  let stopped = false;
  const sockets: WebSocket[] = [];
  const open = (i: number) => {
    if (stopped) return;
    const ws = new WebSocket(url(port), origin(port));
    ws.on('error', () => {});
    ws.on('close', () => setTimeout(() => open(i), 5));
    ws.on('open', () => {
      // Half the pool says hello as audience first, half sends garbage from the start.
      if (i % 2 === 0) ws.send('{"t":"hello"}');
    });
    sockets[i] = ws;
  };
  for (let i = 0; i < pool; i++) open(i);
  const tick = 10;
  let k = 0;
  let kind = 0;
  let huge = 0;
  const timer = setInterval(() => {
    // Each tick's share goes to the next open sockets of the pool; the ones the hub closed are reopening.
    let due = (perSecond * tick) / 1000;
    for (let tried = 0; due > 0 && tried < pool; tried++) {
      const ws = sockets[k++ % pool];
      if (ws?.readyState !== WebSocket.OPEN) continue;
      // One message in 20 is a frame over the hub's hard limit: it closes that socket, and another opens.
      ws.send(++huge % 20 === 0 ? HUGE : HOSTILE[kind++ % HOSTILE.length]!());
      sent++;
      due--;
    }
  }, tick);
  return {
    sent: () => sent,
    stop: () => {
      stopped = true;
      clearInterval(timer);
      for (const ws of sockets) ws?.terminate();
    },
  };
}
