/**
 * The live hub with real WebSocket clients on 127.0.0.1: who may drive, what the audience gets,
 * and what it refuses. Each test opens its own room on a free port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { Hub, SOCKET_PATH } from '../../src/present/hub.ts';
import { allowedHosts } from '../../src/present/origin.ts';
import { MAX_MESSAGE, MAX_PAYLOAD, MAX_QUESTION } from '../../src/present/protocol.ts';
import { QuestionBook } from '../../src/present/questions.ts';
import { PAYLOADS } from '../fixtures/payloads.ts';
import { openClient, type TestClient } from '../helpers/present-client.ts';

const TOKEN = 'speaker-secret-token-0123456789';
let server: Server;
let hub: Hub;
let port: number;
const clients: TestClient[] = [];

async function room(options: { askIntervalMs?: number; helloTimeoutMs?: number; questions?: QuestionBook } = {}) {
  server = createServer((_, res) => res.end());
  const hosts = new Set<string>();
  hub = new Hub({ token: TOKEN, hosts, ...options });
  server.on('upgrade', (req, socket, head) => hub.upgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  for (const host of allowedHosts('127.0.0.1', port)) hosts.add(host);
}

async function join(token?: string, headers?: Record<string, string>): Promise<TestClient> {
  const client = await openClient(port, headers);
  clients.push(client);
  client.send({ t: 'hello', ...(token === undefined ? {} : { token }) });
  return client;
}

afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  hub.close();
  await new Promise((resolve) => server.close(resolve));
});

describe('following the speaker', () => {
  it('moves every audience page when the speaker moves, and a late joiner starts on the current slide', async () => {
    await room();
    const speaker = await join(TOKEN);
    await speaker.next((m) => m.t === 'welcome' && m.role === 'speaker');
    const early = await join();
    await early.next((m) => m.t === 'state');
    speaker.send({ t: 'slide', h: 3, v: 0, f: 1 });
    expect(await early.next((m) => m.t === 'state' && m.h === 3)).toMatchObject({ h: 3, v: 0, f: 1 });
    const late = await join();
    expect(await late.next((m) => m.t === 'state')).toMatchObject({ h: 3, v: 0, f: 1 });
  });

  it('a speaker who reconnects is told where the room is', async () => {
    await room();
    const first = await join(TOKEN);
    await first.next((m) => m.t === 'state');
    first.send({ t: 'slide', h: 5, v: 1, f: -1 });
    await expect.poll(() => hub.state.h).toBe(5);
    first.ws.close();
    const again = await join(TOKEN);
    expect(await again.next((m) => m.t === 'state')).toMatchObject({ h: 5, v: 1, f: -1 });
  });
  it('does not echo a move back to the speaker who made it (a late echo would pull the deck back a step)', async () => {
    await room();
    const deck = await join(TOKEN);
    const page = await join(TOKEN);
    await deck.next((m) => m.t === 'state');
    await page.next((m) => m.t === 'state');
    deck.send({ t: 'slide', h: 2, v: 0, f: 0 });
    deck.send({ t: 'slide', h: 2, v: 0, f: 1 });
    expect(await page.next((m) => m.t === 'state' && m.f === 1)).toMatchObject({ h: 2, seq: 2 });
    await expect(deck.next((m) => m.t === 'state', 300)).rejects.toThrow(/no matching/);
  });
});

describe('only the speaker drives', () => {
  it('ignores and counts slide messages from the audience', async () => {
    await room();
    const speaker = await join(TOKEN);
    const mallory = await join();
    const other = await join();
    await other.next((m) => m.t === 'state');
    await mallory.next((m) => m.t === 'state');
    mallory.send({ t: 'slide', h: 9, v: 0, f: -1 });
    mallory.send({ t: 'answered', id: 1 });
    speaker.send({ t: 'slide', h: 1, v: 0, f: -1 });
    // The next state anyone sees is the speaker's, never Mallory's.
    expect(await other.next((m) => m.t === 'state' && m.seq > 0)).toMatchObject({ h: 1 });
    expect(hub.state.h).toBe(1);
    expect(hub.stats.ignoredSlides).toBe(2);
  });

  it('refuses a wrong token of any length; the connection gets no role and is closed when its hello time runs out', async () => {
    await room({ helloTimeoutMs: 400 });
    for (const guess of [TOKEN.slice(0, -1) + 'x', 'short', TOKEN + TOKEN]) {
      const client = await join(guess);
      expect(await client.next((m) => m.t === 'refused')).toEqual({ t: 'refused', reason: 'token' });
      client.send({ t: 'slide', h: 4, v: 0, f: -1 });
      expect((await client.closed).code).toBe(4000);
    }
    expect(hub.stats.refused).toBe(3);
    expect(hub.stats.speakers).toBe(0);
    expect(hub.state.h).toBe(0);
  });

  it('refuses handshakes from another origin, without one, or naming a host that is not ours', async () => {
    await room();
    const refusals: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      {},
      // A DNS-rebinding page: its Origin and Host agree, but name the attacker's domain.
      { Origin: `http://evil.example:${port}`, Host: `evil.example:${port}` },
      { Origin: `https://127.0.0.1:${port}` },
    ];
    for (const headers of refusals) await expect(openClient(port, headers, { origin: false })).rejects.toThrow(/403/);
    expect(hub.stats.refused).toBe(refusals.length);
    await expect(openClient(port, { Origin: `http://localhost:${port}`, Host: `localhost:${port}` }, { origin: false })).resolves.toBeDefined();
  });
});

describe('messages are checked', () => {
  it('counts malformed messages and ignores them; the connection still works', async () => {
    await room({ askIntervalMs: 0 });
    const client = await join();
    await client.next((m) => m.t === 'state');
    for (const bad of ['not json', '[]', '{"t":"slide","h":"1","v":0,"f":0}', '{"t":"nope"}', '{"t":"ask","text":5}', 'null']) client.ws.send(bad);
    await expect.poll(() => hub.stats.invalid).toBe(6);
    client.send({ t: 'ask', text: 'Still here?' });
    await client.next((m) => m.t === 'asked');
  });

  it("drops an audience connection's messages past 30 in 10 s unread, without closing it", async () => {
    await room();
    const client = await join();
    await client.next((m) => m.t === 'state');
    for (let i = 0; i < 40; i++) client.send({ t: 'slide', h: i, v: 0, f: -1 });
    // The hello was the first of the 30.
    await expect.poll(() => hub.stats.dropped).toBe(11);
    expect(hub.stats.ignoredSlides).toBe(29);
    expect(client.ws.readyState).toBe(client.ws.OPEN);
  });

  it('ignores a message over 2 KB and closes a connection that sends a frame over the hard limit', async () => {
    await room();
    const client = await join();
    await client.next((m) => m.t === 'state');
    client.ws.send(JSON.stringify({ t: 'ask', text: 'x'.repeat(MAX_MESSAGE) }));
    await expect.poll(() => hub.stats.oversized).toBe(1);
    expect(hub.stats.questions).toBe(0);
    expect(client.ws.readyState).toBe(client.ws.OPEN);
    client.ws.send('x'.repeat(MAX_PAYLOAD + 1));
    expect((await client.closed).code).toBe(1009);
  });

  it('wants a hello first: what comes before it is ignored, and a connection that never says it is closed', async () => {
    await room({ helloTimeoutMs: 300 });
    const client = await openClient(port);
    clients.push(client);
    client.send({ t: 'slide', h: 2, v: 0, f: -1 });
    client.send({ t: 'ask', text: 'before hello' });
    await expect.poll(() => hub.stats.invalid).toBe(2);
    expect((await client.closed).code).toBe(4000);
    expect(hub.state.h).toBe(0);
    expect(hub.stats.questions).toBe(0);
  });
});

describe('questions', () => {
  it('reach the speaker exactly as typed, markup included, one per connection per interval', async () => {
    await room({ askIntervalMs: 200 });
    const speaker = await join(TOKEN);
    await speaker.next((m) => m.t === 'questions');
    const asker = await join();
    await asker.next((m) => m.t === 'state');
    for (const payload of PAYLOADS.slice(0, 3)) {
      asker.send({ t: 'ask', text: payload });
      await asker.next((m) => m.t === 'asked');
      expect(await speaker.next((m) => m.t === 'question')).toMatchObject({ question: { text: payload, answered: false } });
      await new Promise((r) => setTimeout(r, 210));
    }
    asker.send({ t: 'ask', text: 'one more' });
    await asker.next((m) => m.t === 'asked');
    asker.send({ t: 'ask', text: 'too soon' });
    expect(await asker.next((m) => m.t === 'refused')).toEqual({ t: 'refused', reason: 'rate' });
  });

  it('refuses empty and overlong questions, counting characters, not bytes', async () => {
    await room({ askIntervalMs: 0 });
    const asker = await join();
    await asker.next((m) => m.t === 'state');
    asker.send({ t: 'ask', text: ' \n\t ' });
    expect(await asker.next((m) => m.t === 'refused')).toMatchObject({ reason: 'empty' });
    asker.send({ t: 'ask', text: 'あ'.repeat(MAX_QUESTION + 1) });
    expect(await asker.next((m) => m.t === 'refused')).toMatchObject({ reason: 'length' });
    asker.send({ t: 'ask', text: '質'.repeat(MAX_QUESTION) });
    await asker.next((m) => m.t === 'asked');
  });

  it('the speaker marks one answered; every speaker connection hears it, and a reload gets the list', async () => {
    await room({ askIntervalMs: 0 });
    const deck = await join(TOKEN);
    const page = await join(TOKEN);
    const asker = await join();
    await asker.next((m) => m.t === 'state');
    asker.send({ t: 'ask', text: 'Why moka and not espresso?' });
    const { question } = await page.next((m) => m.t === 'question');
    deck.send({ t: 'answered', id: question.id });
    expect(await page.next((m) => m.t === 'answered')).toEqual({ t: 'answered', id: question.id });
    const reloaded = await join(TOKEN);
    expect(await reloaded.next((m) => m.t === 'questions')).toMatchObject({ list: [{ text: 'Why moka and not espresso?', answered: true }] });
  });
});
