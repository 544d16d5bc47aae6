/** How much one connection may ask of the hub, and what happens past it. */

/** One question per connection per this many milliseconds. */
export const ASK_INTERVAL_MS = 10_000;
/**
 * An audience connection's messages past this many within WINDOW_MS are dropped unread until the
 * window ends. Dropping is cheaper for the hub than closing: a closed client reconnects, and a new
 * handshake costs far more than an ignored message.
 */
export const MESSAGES_PER_WINDOW = 30;
export const WINDOW_MS = 10_000;
/** A connection must say hello within this time. */
export const HELLO_TIMEOUT_MS = 5_000;
/** A client that cannot keep up (this much unsent data) is dropped; it reconnects and catches up. */
export const MAX_BUFFERED_BYTES = 256 * 1024;
/** Ping period; a connection that missed one pong is dropped. */
export const HEARTBEAT_MS = 30_000;

/** Counts events in a fixed window: `hit()` is false once more than `limit` fell in the current window. */
export class WindowCounter {
  private start = 0;
  private count = 0;

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  hit(now: number): boolean {
    if (now - this.start >= this.windowMs) {
      this.start = now;
      this.count = 0;
    }
    return ++this.count <= this.limit;
  }
}
