/**
 * `deck present` from the command line: what the speaker reads in the terminal, and the one-line
 * errors. The command runs until Ctrl+C; the test stops the process it started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/build.ts';

const BIN = path.join(ROOT, 'src/cli/bin.mjs');
const ARTICLE = path.join(FIXTURES, 'bibliotecas-de-ferramentas-pt.md');
const started: ChildProcess[] = [];

/** Runs `deck present …` until its output contains `until` (or it exits); returns what it printed. */
function present(args: string[], until: RegExp): Promise<{ out: string; err: string; code: number | null }> {
  const child = spawn(process.execPath, [BIN, 'present', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve) => {
    const check = () => until.test(out) && resolve({ out, err, code: null });
    child.stdout!.on('data', (d) => ((out += d), check()));
    child.stderr!.on('data', (d) => (err += d));
    child.on('exit', (code) => resolve({ out, err, code }));
  });
}

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null) child.kill('SIGINT');
});

describe('deck present', () => {
  it('prints the speaker URL with a fresh secret, the audience URL, the join page and a QR code, and says nothing is saved', async () => {
    const first = await present([ARTICLE, '--port', '0'], /Ctrl\+C/);
    expect(first.code, first.err).toBeNull();
    const speaker = first.out.match(/(http:\/\/127\.0\.0\.1:\d+\/\?token=([\w-]{20,}))/);
    expect(speaker).not.toBeNull();
    expect(first.out).toMatch(/Audience: +http:\/\/127\.0\.0\.1:\d+\/\n/);
    expect(first.out).toMatch(/__present\/join/);
    expect(first.out).toMatch(/--host 0\.0\.0\.0/);
    // The QR code: rows of block characters.
    expect(first.out.split('\n').filter((line) => /^[█▀▄ ]{20,}$/.test(line)).length).toBeGreaterThan(10);
    expect(first.out).toMatch(/nothing is written to disk/);
    const audience = first.out.match(/Audience: +(\S+)/)![1]!;
    expect((await fetch(audience)).status).toBe(200);

    const second = await present([ARTICLE, '--port', '0'], /Ctrl\+C/);
    expect(second.out.match(/\?token=([\w-]+)/)![1]).not.toBe(speaker![2]);
  }, 90_000);

  it('a port in use is one line that says what to do', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const port = (busy.address() as AddressInfo).port;
    try {
      const result = await present([ARTICLE, '--port', String(port)], /Ctrl\+C/);
      expect(result.code).toBe(1);
      expect(result.err.trim()).toBe(`deck: port ${port} is in use: choose another with --port`);
    } finally {
      busy.close();
    }
  }, 90_000);

  it('a questions file that cannot be written is one line, before anything starts', async () => {
    const result = await present([ARTICLE, '--port', '0', '--save-questions', '/no/such/folder/q.jsonl'], /Ctrl\+C/);
    expect(result.code).toBe(1);
    expect(result.err.trim()).toMatch(/^deck: --save-questions \/no\/such\/folder\/q\.jsonl: cannot write there \(ENOENT\)$/);
  });

  it('a missing article is one line', async () => {
    const result = await present(['no-such-article.md', '--port', '0'], /Ctrl\+C/);
    expect(result.code).toBe(1);
    expect(result.err.trim()).toMatch(/^deck: no-such-article\.md: no such file or folder/);
  });
});
