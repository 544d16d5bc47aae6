/** `deck outline`: what was dropped and why, and `--markdown [--out]`, the article to fix by hand. */
import { existsSync } from 'node:fs';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { compileFile } from '../../src/pipeline.ts';
import { tempDir } from '../helpers/build.ts';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const ARTICLE = `# Keeping Bees on a Balcony

Two hives fit on a balcony of four square metres.

## Choosing the Hives

Top-bar hives are light and need no heavy lifting. A Warré hive is a good second choice.

## Neighbours

Tell the neighbours before the bees arrive. A jar of honey helps.

Leave a comment

Tags: bees, balcony, city
`;

async function article(content = ARTICLE) {
  const dir = await tempDir('outline-cmd');
  const file = path.join(dir, 'balcony-bees.md');
  await writeFile(file, content);
  return { dir, file };
}

describe('deck outline', () => {
  it('lists each dropped block on a line of its own, with its line and the reason', async () => {
    const { file } = await article();
    const { code, out } = await run(['outline', file]);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^ +line 13 +\S[^:]*: Leave a comment$/));
    expect(lines).toContainEqual(expect.stringMatching(/^ +line 15 +\S[^:]*: Tags: bees, balcony, city$/));
    expect(lines.findIndex((l) => /Leave a comment/.test(l))).toBeLessThan(lines.findIndex((l) => /Tags:/.test(l)));
  });

  it('--json gives every dropped block with its text, line and reason', async () => {
    const { file } = await article();
    const { out } = await run(['outline', file, '--json']);
    const dropped = (JSON.parse(out) as { dropped: { text: string; line: number; reason: string }[] }).dropped;
    expect(dropped).toContainEqual({ text: 'Leave a comment', line: 13, reason: expect.any(String) });
    expect(dropped.every((d) => d.reason.length > 0)).toBe(true);
  });
});

describe('deck outline --markdown', () => {
  it('prints the article as Markdown that reads back as the same outline', async () => {
    const { dir, file } = await article();
    const { code, out, err } = await run(['outline', file, '--markdown']);
    expect([code, err]).toEqual([0, '']);
    expect(out).toMatch(/^---\nlang: en\n---\n\n# Keeping Bees on a Balcony\n/);
    // What was dropped is there as comments, where it stood, and stays out of the deck.
    expect(out).toMatch(/A jar of honey helps\.\n\n<!-- dropped as [^:]+ \(line 13\): Leave a comment -->\n\n<!-- dropped as [^:]+ \(line 15\): Tags: bees, balcony, city -->$/);
    const copy = path.join(dir, 'copy.md');
    await writeFile(copy, out);
    const [before, after] = await Promise.all([run(['outline', file, '--json']), run(['outline', copy, '--json'])]);
    // Lines move (the front matter is new) and nothing is left to drop; the rest is as it was read.
    const read = (json: string) => JSON.parse(json, (key, value) => (['line', 'dropped', 'lang'].includes(key) ? undefined : value));
    expect(read(after.out)).toEqual(read(before.out));
    expect(JSON.parse(after.out).lang).toBe('en');
  });

  it('--out writes the file and says where in one line; the file builds the same slides', async () => {
    const { dir, file } = await article();
    const out = path.join(dir, 'fixed', 'talk.md');
    const result = await run(['outline', file, '--markdown', '--out', out]);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')).toHaveLength(1);
    expect(result.out).toMatch(/talk\.md/);
    const [original, written] = await Promise.all([compileFile(file), compileFile(out)]);
    expect(written.deck.slides.map((s) => s.title)).toEqual(original.deck.slides.map((s) => s.title));
  });

  it('never writes over the article', async () => {
    const { file } = await article();
    const { code, err } = await run(['outline', file, '--markdown', '--out', file]);
    expect(code).toBe(1);
    expect(err).toMatch(/^deck: .*balcony-bees\.md: --out names the article itself/);
    expect(await readFile(file, 'utf8')).toBe(ARTICLE);
    const link = path.join(path.dirname(file), 'link.md');
    await symlink(file, link);
    expect((await run(['outline', file, '--markdown', '--out', link])).code).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(ARTICLE);
  });

  it('writes nothing when the article cannot be read', async () => {
    const { dir, file } = await article('Just one line, no sections at all.\n');
    const out = path.join(dir, 'talk.md');
    const { code, err } = await run(['outline', file, '--markdown', '--out', out]);
    expect(code).toBe(1);
    expect(err.split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('--out without --markdown, or --json with it, is refused with the fix', async () => {
    const { dir, file } = await article();
    expect((await run(['outline', file, '--out', path.join(dir, 'x.md')])).err).toBe('deck: --out writes the Markdown: add --markdown');
    expect((await run(['outline', file, '--json', '--markdown'])).err).toBe('deck: choose --json or --markdown, not both');
  });
});
