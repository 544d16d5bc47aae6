/**
 * `deck build` compiles the article on a thread of its own (src/cli/compile-thread.ts) when it runs
 * compiled (.build/, made by `npm ci`). That thread must give exactly what the main thread gives:
 * the same deck, the same one-line errors, and the same verdict on a built page.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startCompileThread as onMainThread } from '../../src/cli/compile-thread.ts';
import { compileFile } from '../../src/pipeline.ts';
import { ARTICLE, FIXTURES, ROOT, tempDir } from '../helpers/build.ts';

type ThreadModule = typeof import('../../src/cli/compile-thread.ts');
const COMPILED_THREAD = path.join(ROOT, '.build/cli/compile-thread.js');
const compiledThread = async (): Promise<ThreadModule> => import(pathToFileURL(COMPILED_THREAD).href);

const UNSAFE = [
  '<p>fine</p><script>alert(1)</script>',
  '<img src="x.png" onerror="alert(1)">',
  '<a href=" javascript:alert(1)">link</a>',
];

describe('the compile thread', () => {
  it('compiles the same deck as the main thread, Markdown and text alike', async () => {
    const { startCompileThread } = await compiledThread();
    for (const article of [ARTICLE, path.join(FIXTURES, 'markdown-talk.md')]) {
      const thread = startCompileThread(article, { theme: 'dark', fragments: true });
      try {
        const [there, here] = [await thread.compiled, await compileFile(article, { theme: 'dark', fragments: true })];
        expect(there.rendered).toEqual(here.rendered);
        expect(there.deck).toEqual(here.deck);
        expect(there.rendered.body).toContain('data-theme="dark"');
      } finally {
        await thread.close();
      }
    }
  });

  it('reports a bad article in the same one line, with its position', async () => {
    const dir = await tempDir('thread');
    const broken = path.join(dir, 'broken.md');
    await writeFile(broken, '---\ntitle: [unclosed\n---\n# Title\n\n## One\n\nText.\n');
    const { startCompileThread } = await compiledThread();
    const thread = startCompileThread(broken, {});
    try {
      const there = await thread.compiled.then(() => undefined, (e: Error & { format?: () => string; position?: unknown }) => e);
      const here = await compileFile(broken).then(() => undefined, (e: Error & { format: () => string }) => e);
      expect(there?.format?.()).toMatch(/broken\.md:2: malformed front matter/);
      expect(there?.format?.()).toBe(here?.format());
      expect(there?.stack).toContain('front');
    } finally {
      await thread.close();
    }
  });

  it('finds inline code in a built page on either thread, and passes a clean one', async () => {
    const { startCompileThread } = await compiledThread();
    for (const start of [startCompileThread, onMainThread]) {
      const thread = start(ARTICLE, {});
      try {
        const { rendered } = await thread.compiled;
        expect(await thread.audit(`<!doctype html><html><body>${rendered.body}</body></html>`)).toEqual([]);
        for (const page of UNSAFE) expect(await thread.audit(page)).toHaveLength(1);
      } finally {
        await thread.close();
      }
    }
  });

  it('started ahead of the command line and never used, does not keep the command running', async () => {
    const script = path.join(await tempDir('thread'), 'warm.mjs');
    await writeFile(script, `const m = await import(${JSON.stringify(pathToFileURL(COMPILED_THREAD).href)});\nm.warmUp();\nconsole.log('started');\n`);
    // Killed after 15 s if the thread kept it running.
    const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 15_000 });
    expect(stdout.trim()).toBe('started');
  }, 30_000);
});
