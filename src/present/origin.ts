/**
 * Who may open the hub's socket: a page served by this server, on one of the names it answers to.
 * Browsers send `Origin` on every WebSocket handshake; it must be `http://` + the `Host` the
 * browser used, and that host must be one of ours (loopback, this machine's addresses and name,
 * or `--host`). Checking the host too stops a DNS-rebinding page, whose Origin and Host agree
 * but name the attacker's domain.
 */
import type { IncomingMessage } from 'node:http';
import { hostname, networkInterfaces } from 'node:os';

/** The `host:port` names a browser may use to reach a server listening on `host`:`port`. */
export function allowedHosts(host: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  const all = host === '0.0.0.0' || host === '::';
  if (!all) names.add(host.includes(':') ? `[${host}]` : host);
  else for (const address of lanAddresses()) names.add(address);
  if (all) {
    names.add(hostname().toLowerCase());
    names.add(`${hostname().toLowerCase()}.local`);
  }
  return new Set([...names].map((name) => `${name}:${port}`));
}

/** This machine's IPv4 addresses on its networks (what a phone in the room would type). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((i) => i && i.family === 'IPv4' && !i.internal)
    .map((i) => i!.address);
}

export function originAllowed(req: IncomingMessage, hosts: Set<string>): boolean {
  const host = req.headers.host?.toLowerCase();
  const origin = req.headers.origin?.toLowerCase();
  return Boolean(host && origin && hosts.has(host) && origin === `http://${host}`);
}
