/**
 * The benchmark's attacker in a process of its own, started at the lowest CPU priority: on one
 * machine it stands for someone on another machine, whose own CPU the hub does not pay for. It
 * attacks when told and answers "stop" with how many hostile messages it sent.
 */
import { attack } from './clients.ts';

let running: ReturnType<typeof attack> | undefined;

process.on('message', (message: { t: string; port?: number; perSecond?: number }) => {
  if (message.t === 'start') {
    running = attack(message.port!, message.perSecond!);
    process.send!({ t: 'started' });
  }
  if (message.t === 'count') process.send!({ t: 'count', sent: running?.sent() ?? 0 });
  if (message.t === 'stop') {
    running?.stop();
    process.send!({ t: 'stopped', sent: running?.sent() ?? 0 }, () => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(1), 10 * 60_000).unref();
