/**
 * The `deck` command as installed: `npm ci` compiles the CLI to .build/ (package.json "prepare"), and
 * src/cli/bin.mjs runs that while it is fresh. Here the compiled command and the TypeScript sources
 * (DECK_SOURCE=1, what bin.mjs falls back to after an edit) must give the same decks and errors.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ARTICLE, FIXTURES, ROOT, tempDir } from '../helpers/build.ts';

const run = promisify(execFile);

async function deck(args: string[], fromSource: boolean) {
  const env = { ...process.env, NO_COLOR: '1', DECK_SOURCE: fromSource ? '1' : '' };
  try {
    const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'src/cli/bin.mjs'), ...args], { cwd: ROOT, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A built folder's files, by path, with their text (content-hashed names included). */
async function files(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = await readFile(path.join(entry.parentPath, entry.name), 'latin1');
  }
  return out;
}

describe('the installed deck command', () => {
  it('is compiled by npm ci', () => {
    expect(existsSync(path.join(ROOT, '.build/cli/run.js'))).toBe(true); // what src/cli/bin.mjs runs
    expect(existsSync(path.join(ROOT, '.build/reveal.trimmed.css'))).toBe(true);
  });

  it('builds byte for byte the deck the sources build', async () => {
    const dir = await tempDir('cli');
    const compiled = await deck(['build', ARTICLE, '--out', path.join(dir, 'compiled')], false);
    const source = await deck(['build', ARTICLE, '--out', path.join(dir, 'source')], true);
    expect(compiled.code).toBe(0);
    expect(source.code).toBe(0);
    expect(compiled.stdout).toMatch(/20 slides, talk time/);
    const [a, b] = [await files(path.join(dir, 'compiled')), await files(path.join(dir, 'source'))];
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(a).toEqual(b);
    expect(a['index.html']).toContain('The Genesis of OpenAI');
  }, 60_000);

  it('reads Markdown with front matter and reports a bad article in one line, as the sources do', async () => {
    const dir = await tempDir('cli-md');
    const markdown = await deck(['outline', path.join(FIXTURES, 'markdown-talk.md'), '--json'], false);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toBe((await deck(['outline', path.join(FIXTURES, 'markdown-talk.md'), '--json'], true)).stdout);

    const broken = path.join(dir, 'broken.md');
    await writeFile(broken, '---\ntitle: [unclosed\n---\n# Title\n\n## One\n\nText.\n');
    const [compiled, source] = [await deck(['build', broken, '--out', path.join(dir, 'out')], false), await deck(['build', broken, '--out', path.join(dir, 'out')], true)];
    expect(compiled.code).toBe(1);
    expect(compiled.stderr.trim().split('\n')).toHaveLength(1);
    expect(compiled.stderr).toMatch(/broken\.md:2: malformed front matter/);
    expect(compiled.stderr).toBe(source.stderr);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  }, 60_000);
});
