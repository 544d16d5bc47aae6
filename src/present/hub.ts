/**
 * The room: one speaker position (slide, vertical slide, fragment) that every page follows, and
 * the audience's questions. Attached to an http server's `upgrade` event on SOCKET_PATH.
 *
 * A connection says hello first. With the right token it is a speaker: its slide messages move
 * the room, and it gets the questions. Without one it is audience: it may ask (one question per
 * ASK_INTERVAL_MS), and its slide messages are ignored and counted. A wrong token is refused
 * and the connection stays without a role, until its hello time runs out and it is closed. Everything else a client sends is checked by parseClientMessage. Malformed and
 * oversized messages, and an audience connection's messages past its rate, are counted and
 * ignored (cheaper than closing: a closed client reconnects); only a frame over MAX_PAYLOAD closes
 * the connection.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import * as limits from './limits.ts';
import { originAllowed } from './origin.ts';
import { MAX_MESSAGE, MAX_PAYLOAD, parseClientMessage, type ClientMessage, type Position, type ServerMessage } from './protocol.ts';
import type { QuestionBook } from './questions.ts';
import { Connections, send, type Client } from './connections.ts';
import { Room } from './room.ts';
import { tokenMatches } from './token.ts';

export const SOCKET_PATH = '/__present/socket';

export interface HubOptions {
  token: string;
  /** `host:port` names the page may be served from (see origin.ts). */
  hosts: Set<string>;
  questions?: QuestionBook;
  askIntervalMs?: number;
  helloTimeoutMs?: number;
}

export interface HubStats {
  audience: number;
  speakers: number;
  /** Slide messages from audience connections, ignored. */
  ignoredSlides: number;
  /** Messages that were not JSON or not a known shape. */
  invalid: number;
  /** Messages over MAX_MESSAGE bytes, ignored (over MAX_PAYLOAD, their connection is closed). */
  oversized: number;
  /** Audience messages past the per-connection rate, dropped unread. */
  dropped: number;
  /** Handshakes refused for their Origin or path, and hellos with a wrong token. */
  refused: number;
  questions: number;
}

export class Hub {
  readonly stats: HubStats = { audience: 0, speakers: 0, ignoredSlides: 0, invalid: 0, oversized: 0, dropped: 0, refused: 0, questions: 0 };
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD, perMessageDeflate: false });
  private readonly connections = new Connections();
  private readonly room: Room;
  private roomTimer?: NodeJS.Timeout;

  constructor(private readonly options: HubOptions) {
    this.room = new Room(options.questions, options.askIntervalMs);
  }

  get state(): Position & { seq: number } {
    return this.room.position;
  }

  /** For the http server's `upgrade` event: the hub's path from an allowed origin, or a 403. */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const pathname = (req.url ?? '').split('?')[0];
    if (pathname !== SOCKET_PATH || !originAllowed(req, this.options.hosts)) {
      this.stats.refused++;
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  close(): void {
    clearTimeout(this.roomTimer);
    this.connections.close();
    this.wss.close();
  }

  private accept(ws: WebSocket): void {
    const client = this.connections.add(ws);
    const hello = setTimeout(() => client.role ?? ws.close(4000, 'hello expected'), this.options.helloTimeoutMs ?? limits.HELLO_TIMEOUT_MS);
    ws.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.stats.oversized++;
      ws.terminate();
    });
    ws.on('close', () => {
      clearTimeout(hello);
      this.connections.remove(ws);
      if (client.role === 'speaker') this.stats.speakers--;
      if (client.role === 'audience') {
        this.stats.audience--;
        this.roomChanged();
      }
    });
    ws.on('message', (data, isBinary) => this.receive(ws, client, data, isBinary));
  }

  private receive(ws: WebSocket, client: Client, data: RawData, isBinary: boolean): void {
    if (client.role !== 'speaker' && !client.messages.hit(Date.now())) {
      this.stats.dropped++;
      return;
    }
    if (size(data) > MAX_MESSAGE) {
      this.stats.oversized++;
      return;
    }
    const message = isBinary ? undefined : parseClientMessage(data.toString());
    if (!message) {
      this.stats.invalid++;
      return;
    }
    if (!client.role) this.greet(ws, client, message);
    else if (client.role === 'speaker') this.fromSpeaker(ws, message);
    else this.fromAudience(ws, client, message);
  }

  private greet(ws: WebSocket, client: Client, message: ClientMessage): void {
    // Anything before the hello is counted and ignored; a connection that never says hello is closed.
    if (message.t !== 'hello') {
      this.stats.invalid++;
      return;
    }
    if (message.token !== undefined && !tokenMatches(this.options.token, message.token)) {
      this.stats.refused++;
      send(ws, { t: 'refused', reason: 'token' });
      return;
    }
    client.role = message.token === undefined ? 'audience' : 'speaker';
    this.stats[client.role === 'speaker' ? 'speakers' : 'audience']++;
    send(ws, { t: 'welcome', role: client.role });
    send(ws, { t: 'state', ...this.room.position });
    if (client.role === 'speaker') {
      send(ws, { t: 'questions', list: this.room.questions() });
      send(ws, { t: 'room', audience: this.stats.audience });
    } else this.roomChanged();
  }

  private fromSpeaker(ws: WebSocket, message: ClientMessage): void {
    // Not back to the sender: an echo arriving after its next step would pull it back a step.
    if (message.t === 'slide') {
      if (this.room.move(message)) this.connections.broadcast({ t: 'state', ...this.room.position }, undefined, ws);
    } else if (message.t === 'answered') {
      if (this.room.answer(message.id)) this.connections.broadcast({ t: 'answered', id: message.id }, 'speaker');
    }
  }

  private fromAudience(ws: WebSocket, client: Client, message: ClientMessage): void {
    if (message.t === 'slide' || message.t === 'answered') {
      this.stats.ignoredSlides++;
      return;
    }
    if (message.t !== 'ask') return;
    const now = Date.now();
    const asked = this.room.ask(message.text, client.lastAsk, now);
    if (!asked.ok) {
      send(ws, { t: 'refused', reason: asked.reason });
      return;
    }
    client.lastAsk = now;
    this.stats.questions++;
    send(ws, { t: 'asked' });
    this.connections.broadcast({ t: 'question', question: asked.question }, 'speaker');
  }

  /** Speakers see the audience count, at most once a second. */
  private roomChanged(): void {
    this.roomTimer ??= setTimeout(() => {
      this.roomTimer = undefined;
      this.connections.broadcast({ t: 'room', audience: this.stats.audience }, 'speaker');
    }, 1000).unref();
  }
}

function size(data: RawData): number {
  return Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data instanceof ArrayBuffer ? data.byteLength : data.length;
}
