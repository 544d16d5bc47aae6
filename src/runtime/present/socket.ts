/**
 * The page's connection to the hub, kept open: it says hello on every (re)connection, and after a
 * drop tries again after 0.25 s, 0.5 s, 1 s, then every 2 s (with a little jitter, so a room does
 * not reconnect all at once). The hub answers each hello with the room's state, so a page that
 * was away catches up at once.
 */
import type Reveal from 'reveal.js';
import { SOCKET_PATH, type ClientMessage, type Position, type ServerMessage } from './protocol.ts';

export interface LiveSocket {
  send(message: ClientMessage): boolean;
}

export function connect(hello: ClientMessage, onMessage: (message: ServerMessage) => void, onStatus: (online: boolean) => void): LiveSocket {
  let socket: WebSocket | undefined;
  let attempt = 0;
  // A wrong token is final: trying again would only be refused again.
  let refused = false;
  const open = () => {
    const ws = new WebSocket(`ws://${location.host}${SOCKET_PATH}`);
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      ws.send(JSON.stringify(hello));
      onStatus(true);
    };
    ws.onmessage = (event) => {
      if (typeof event.data !== 'string') return;
      try {
        const message = JSON.parse(event.data) as ServerMessage;
        if (message.t === 'refused' && message.reason === 'token') {
          refused = true;
          ws.close();
        }
        onMessage(message);
      } catch {
        // A message this page does not understand: skip it.
      }
    };
    ws.onclose = () => {
      onStatus(false);
      if (refused) return;
      const delay = Math.min(2000, 250 * 2 ** attempt++) * (0.8 + Math.random() * 0.4);
      setTimeout(open, delay);
    };
  };
  open();
  return {
    send: (message) => {
      if (socket?.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
  };
}

/** Where a deck is, as the hub counts it: a slide without steps, or before its first step, is step -1. */
export function position(deck: InstanceType<typeof Reveal>): Position {
  const { h, v, f } = deck.getIndices();
  return { h, v, f: f ?? -1 };
}
