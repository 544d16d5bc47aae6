/**
 * A share of the benchmark's audience in a process of its own (bench/live.ts starts a few, so one
 * client event loop does not queue every arrival behind the others). It opens its sockets, says
 * "ready", notes when each state arrives, and sends the arrivals back when asked; then it exits.
 */
import type WebSocket from 'ws';
import { openAudience } from './clients.ts';

let sockets: WebSocket[] = [];
const seqs: number[] = [];
const times: number[] = [];

process.on('message', async (message: { t: string; port?: number; count?: number }) => {
  if (message.t === 'open') {
    sockets = await openAudience(message.port!, message.count!, (seq, at) => {
      seqs.push(seq);
      times.push(at);
    });
    process.send!({ t: 'ready' });
  }
  if (message.t === 'reset') {
    seqs.length = 0;
    times.length = 0;
    process.send!({ t: 'reset' });
  }
  if (message.t === 'report') {
    for (const ws of sockets) ws.terminate();
    process.send!({ t: 'arrivals', seqs, times }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(1), 10 * 60_000).unref();
