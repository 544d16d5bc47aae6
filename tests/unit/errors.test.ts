import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from '../helpers/build.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function article(name: string, content: string | Uint8Array) {
  const dir = await tempDir('bad');
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('bad input gets one clear line and exit code 1', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['empty.txt', '', /empty\.txt: the file is empty/],
    ['blank.txt', '  \n\n \t\n', /blank\.txt: the file holds only whitespace/],
    ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary\.txt: binary data \(a NUL byte at byte offset 8\)/],
    ['latin1.txt', new Uint8Array([...Buffer.from('Title\n\nCaf'), 0xe9, ...Buffer.from(' text.\n')]), /latin1\.txt:3: not valid UTF-8 \(first bad byte at offset 10\)/],
    ['nohead.txt', 'just one long paragraph without any heading at all, which cannot make a talk.', /nohead\.txt:\d*:? ?no sections found/],
    ['bad.md', '---\ntitle: [unclosed\nauthor: x\n---\n# T\n\n## A\n\nText.\n', /bad\.md:\d+: malformed front matter/],
    ['open.md', '---\ntitle: x\n# T\n\n## A\n\nText.\n', /open\.md:1: front matter opened with --- is never closed/],
    ['theme.md', '---\ntheme: neon\n---\n# T\n\n## A\n\nText.\n', /theme\.md:2: front matter theme "neon" is unknown/],
  ];

  for (const [name, content, message] of cases) {
    it(`${name}: ${message.source.slice(0, 40)}`, async () => {
      const file = await article(name, content);
      const { code, err } = await run(['build', file, '--out', path.join(path.dirname(file), 'out')]);
      expect(code).toBe(1);
      expect(err.split('\n')).toHaveLength(1);
      expect(err).toMatch(/^deck: /);
      expect(err).toMatch(message);
      expect(err).not.toMatch(/\bat .*\.ts:\d+/);
    });
  }

  it('a missing file names the path', async () => {
    const { code, err } = await run(['outline', '/nowhere/article.txt']);
    expect(code).toBe(1);
    expect(err).toBe('deck: /nowhere/article.txt: no such file: check the path (articles usually live in slides/)');
  });

  it('--debug adds the stack trace', async () => {
    const file = await article('empty.txt', '');
    const { err } = await run(['outline', file, '--debug']);
    expect(err.split('\n').length).toBeGreaterThan(2);
    expect(err).toMatch(/at .*decode\.ts/);
  });

  it('a failed build leaves an existing output folder exactly as it was', async () => {
    const file = await article('empty.txt', '');
    const out = path.join(path.dirname(file), 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), 'previous deck');
    const { code } = await run(['build', file, '--out', out]);
    expect(code).toBe(1);
    const { readdir, readFile } = await import('node:fs/promises');
    expect(await readdir(path.dirname(file))).toEqual(['empty.txt', 'out']);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('previous deck');
  });
});
