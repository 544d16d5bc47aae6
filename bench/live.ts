/**
 * `npm run bench:live`: the live hub under load. For each room size N (100, 1,000, 5,000 audience
 * sockets on 127.0.0.1) the hub runs in a child process (bench/live/hub-process.ts), so its CPU,
 * memory and event-loop delay are its own; the audience sockets live in another process (two above
 * 1,000 sockets; bench/live/audience-process.ts), the speaker in this one, and the attacker in one
 * of its own at a low CPU priority (nice 10: it stands for a machine elsewhere). The speaker moves
 * every 200 ms for a fixed time; each audience socket notes when each move arrives. Reported:
 * p50/p95/p99 delay from the speaker's send to an audience socket's receipt, the hub's memory per
 * client, CPU use and event-loop delay, and at N = 1,000 the same with 1,000 malformed, oversized
 * and unauthenticated messages a second. Every run stops by itself.
 * Delays are wall-clock times and grow with whatever else the machine runs (the load average is
 * printed); the hub's CPU time per move and client does not, and says what one core can serve.
 * Options: --sizes 100,1000,5000 --seconds 6 --repeat 1 --json file. With --repeat, every run is a row and
 * the 1,000-client comparison uses the median p95 of each kind.
 */
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, setPriority } from 'node:os';
import { parseArgs } from 'node:util';
import { now, openSpeaker } from './live/clients.ts';
import { first, start, type Child } from './live/processes.ts';

const MOVE_MS = 200;
const HOSTILE_PER_SECOND = 1000;
const TOKEN = randomBytes(16).toString('hex');

interface HubMeasure {
  rss: number;
  heapUsed: number;
  external: number;
  cpu: { user: number; system: number };
  lag: { p50: number; p99: number; max: number };
  fanOut: { p50: number; p95: number };
  stats: Record<string, number>;
}

interface Row {
  clients: number;
  hostilePerSecond: number;
  deliveries: number;
  expected: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  rssPerClientKb: number;
  heapPerClientKb: number;
  hubCpuPercent: number;
  /** The hub's CPU time per move, divided by the clients it reached (µs): what fan-out costs, whatever else the machine runs. */
  cpuPerClientUs: number;
  loadAverage: number;
  hubLoopP99: number;
  fanOutP50: number;
  fanOutP95: number;
  hubStats: Record<string, number>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function run(clients: number, seconds: number, hostile: boolean): Promise<Row> {
  const hub = start('hub-process.ts', { BENCH_HUB_TOKEN: TOKEN });
  const audiences: Child[] = [];
  try {
    const { port } = await first<{ port: number }>(hub);
    const measure = () => hub.ask<HubMeasure>({ t: 'measure' });
    await measure(); // the first collection frees what starting up left behind
    const before = await measure();
    const shares = clients > 1000 ? 2 : 1;
    for (let i = 0; i < shares; i++) audiences.push(start('audience-process.ts'));
    await Promise.all(audiences.map((a, i) => a.ask({ t: 'open', port, count: Math.floor(clients / shares) + (i < clients % shares ? 1 : 0) })));
    const speaker = await openSpeaker(port, TOKEN);
    await sleep(500);
    const loaded = await measure();
    let attackStart = 0;
    if (hostile) {
      const attacker = start('attacker-process.ts');
      audiences.push(attacker);
      setPriority(attacker.process.pid!, 10);
      await attacker.ask({ t: 'start', port, perSecond: HOSTILE_PER_SECOND });
      await sleep(500);
      attackStart = (await attacker.ask<{ sent: number }>({ t: 'count' })).sent;
    }
    const attacker = hostile ? audiences.at(-1) : undefined;
    const startCpu = (await measure()).cpu;
    const started = now();
    const sentAt = new Map<number, number>();
    const moves = Math.floor((seconds * 1000) / MOVE_MS);
    for (let i = 1; i <= moves; i++) {
      // The hub numbers states 1, 2, 3… as the speaker moves (0 is the room before any move).
      sentAt.set(i, now());
      speaker.send(JSON.stringify({ t: 'slide', h: i, v: 0, f: -1 }));
      await sleep(MOVE_MS);
    }
    await sleep(1000);
    const elapsed = now() - started;
    const after = await measure();
    const hostileSent = attacker ? (await attacker.ask<{ sent: number }>({ t: 'stop' })).sent - attackStart : 0;
    speaker.terminate();
    const delays: number[] = [];
    for (const audience of audiences.filter((a) => a !== attacker)) {
      const { seqs, times } = await audience.ask<{ seqs: number[]; times: number[] }>({ t: 'report' });
      seqs.forEach((seq, k) => {
        const sent = sentAt.get(seq);
        if (sent !== undefined) delays.push(times[k]! - sent);
      });
    }
    delays.sort((a, b) => a - b);
    const cpuMs = (after.cpu.user + after.cpu.system - startCpu.user - startCpu.system) / 1000;
    return {
      clients,
      hostilePerSecond: Math.round(hostileSent / (elapsed / 1000)),
      deliveries: delays.length,
      expected: moves * clients,
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      p99: percentile(delays, 99),
      max: delays.at(-1) ?? NaN,
      rssPerClientKb: (loaded.rss - before.rss) / clients / 1024,
      heapPerClientKb: (loaded.heapUsed + loaded.external - before.heapUsed - before.external) / clients / 1024,
      hubCpuPercent: (cpuMs / elapsed) * 100,
      cpuPerClientUs: ((cpuMs / moves) * 1000) / clients,
      loadAverage: loadavg()[0]!,
      hubLoopP99: after.lag.p99,
      fanOutP50: after.fanOut.p50,
      fanOutP95: after.fanOut.p95,
      hubStats: after.stats,
    };
  } finally {
    await Promise.all([hub, ...audiences].map((c) => c.stop()));
  }
}

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '100,1000,5000' }, seconds: { type: 'string', default: '6' }, repeat: { type: 'string', default: '1' }, json: { type: 'string' } },
});
const seconds = Number(values.seconds);
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const rows: Row[] = [];
console.log(`speaker moves every ${MOVE_MS} ms for ${seconds} s; delay = speaker's send → an audience socket's receipt (ms); ${cpus().length} cores`);
console.log('| clients | hostile msg/s | received | p50 | p95 | p99 | max | hub CPU | hub CPU per move, per client | hub loop p99 | hub fan-out p50 | hub RSS/client | hub heap/client | load avg |');
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
// Each socket is a file descriptor in the hub and one in an audience process (half of them, above 1,000).
const fdLimit = Number(execSync('ulimit -n', { shell: '/bin/sh', encoding: 'utf8' }).trim());
for (const size of values.sizes.split(',').map(Number)) {
  if (Number.isFinite(fdLimit) && size + 500 > fdLimit) {
    console.log(`| ${size} | – | not run: the hub would need ${size + 500} file descriptors, and \`ulimit -n\` allows ${fdLimit} |`);
    continue;
  }
  for (const hostile of Array.from({ length: Number(values.repeat) }, () => (size === 1000 ? [false, true] : [false])).flat()) {
    try {
      const r = await run(size, seconds, hostile);
      rows.push(r);
      console.log(
        `| ${r.clients} | ${r.hostilePerSecond} | ${r.deliveries}/${r.expected} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.max)} | ${fmt(r.hubCpuPercent)} % | ${fmt(r.cpuPerClientUs)} µs | ${fmt(r.hubLoopP99)} ms | ${fmt(r.fanOutP50)} ms | ${fmt(r.rssPerClientKb)} KB | ${fmt(r.heapPerClientKb)} KB | ${fmt(r.loadAverage)} |`,
      );
    } catch (error) {
      console.log(`| ${size} | ${hostile ? HOSTILE_PER_SECOND : 0} | could not run: ${(error as Error).message} |`);
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const calm = rows.filter((r) => r.clients === 1000 && r.hostilePerSecond === 0);
const stormy = rows.filter((r) => r.clients === 1000 && r.hostilePerSecond > 0);
if (calm.length && stormy.length) {
  const [a, b] = [median(calm.map((r) => r.p95)), median(stormy.map((r) => r.p95))];
  console.log(`\n1,000 clients, median p95: ${fmt(a)} ms calm, ${fmt(b)} ms under hostile traffic (${b >= a ? '+' : ''}${fmt((b / a - 1) * 100)} %).`);
  console.log('The hub counted, and survived:', JSON.stringify(stormy.at(-1)!.hubStats));
}
if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
