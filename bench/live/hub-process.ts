/**
 * The hub alone in its own process, for bench/live.ts: an http server on 127.0.0.1 with the live
 * hub on its upgrade path (no deck files: the benchmark measures the socket). It tells its parent
 * its port, answers "measure" with its memory, CPU time, event-loop delay since the last measure and
 * the hub's counters, and exits when told
 * to or when the parent goes away.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Hub } from '../../src/present/hub.ts';
import { allowedHosts } from '../../src/present/origin.ts';


const hosts = new Set<string>();
// How long the hub's event loop was held up: what every client feels as extra delay.
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();
const hub = new Hub({ token: process.env.BENCH_HUB_TOKEN!, hosts });
// The time the hub takes to hand one move to every socket (its broadcast loop), apart from the
// time the moves spend in the network stack and in the clients.
const fanOut: number[] = [];
const connections = (hub as unknown as { connections: { broadcast: (...args: unknown[]) => void } }).connections;
const broadcast = connections.broadcast.bind(connections);
connections.broadcast = (...args: unknown[]) => {
  const started = performance.now();
  broadcast(...args);
  if ((args[0] as { t: string }).t === 'state') fanOut.push(performance.now() - started);
};
const server = createServer((_, res) => res.end());
server.on('upgrade', (req, socket, head) => hub.upgrade(req, socket, head));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  for (const host of allowedHosts('127.0.0.1', port)) hosts.add(host);
  process.send!({ t: 'listening', port });
});

process.on('message', (message: { t: string }) => {
  if (message.t === 'measure') {
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const lag = { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 };
    loop.reset();
    const sorted = fanOut.splice(0).sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
    process.send!({ t: 'measured', rss, heapUsed, external, arrayBuffers, cpu: process.cpuUsage(), lag, fanOut: { p50: at(0.5), p95: at(0.95) }, stats: hub.stats });
  }
  if (message.t === 'stop') {
    hub.close();
    server.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
// However the parent fares, this process never outlives the benchmark by long.
setTimeout(() => process.exit(1), 10 * 60_000).unref();
