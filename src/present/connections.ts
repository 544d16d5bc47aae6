/**
 * The hub's open sockets: each with its role once it said hello, its message budget and when it
 * last asked. Sends one message to many (serialised once; a socket too far behind is dropped, and
 * reconnects and catches up), and pings every HEARTBEAT_MS to drop the ones that went away.
 */
import type { WebSocket } from 'ws';
import * as limits from './limits.ts';
import type { ServerMessage } from './protocol.ts';

export interface Client {
  role?: 'speaker' | 'audience';
  /** When this connection last asked a question (ms). */
  lastAsk: number;
  messages: limits.WindowCounter;
  alive: boolean;
}

export class Connections {
  private readonly clients = new Map<WebSocket, Client>();
  private readonly heartbeat = setInterval(() => this.beat(), limits.HEARTBEAT_MS).unref();

  add(ws: WebSocket): Client {
    const client: Client = { lastAsk: -Infinity, messages: new limits.WindowCounter(limits.MESSAGES_PER_WINDOW, limits.WINDOW_MS), alive: true };
    this.clients.set(ws, client);
    ws.on('pong', () => (client.alive = true));
    return client;
  }

  remove(ws: WebSocket): void {
    this.clients.delete(ws);
  }

  /** To every greeted socket (only speakers' with `only`), except `except`. */
  broadcast(message: ServerMessage, only?: 'speaker', except?: WebSocket): void {
    const frame = Buffer.from(JSON.stringify(message));
    for (const [ws, client] of this.clients) {
      if (!client.role || (only && client.role !== only) || ws === except) continue;
      if (ws.bufferedAmount > limits.MAX_BUFFERED_BYTES) ws.terminate();
      else ws.send(frame, { binary: false });
    }
  }

  close(): void {
    clearInterval(this.heartbeat);
    for (const ws of this.clients.keys()) ws.terminate();
  }

  private beat(): void {
    for (const [ws, client] of this.clients) {
      if (!client.alive) ws.terminate();
      else {
        client.alive = false;
        ws.ping();
      }
    }
  }
}

export function send(ws: WebSocket, message: ServerMessage): void {
  ws.send(JSON.stringify(message));
}
