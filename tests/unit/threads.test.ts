/**
 * `deck build`, run compiled (.build/, made by `npm ci`), compiles the article on a thread of its
 * own (src/build/compile-thread.ts). It must give exactly what the main thread gives: the same deck and the
 * same one-line errors.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/pipeline.ts';
import { ARTICLE, FIXTURES, ROOT, tempDir } from '../helpers/build.ts';

type Threads = typeof import('../../src/build/compile-thread.ts');
const COMPILED_THREADS = path.join(ROOT, '.build/build/compile-thread.js');
const compiledThreads = async (): Promise<Threads> => import(pathToFileURL(COMPILED_THREADS).href);

describe('the compile thread', () => {
  it('compiles the same deck as the main thread, Markdown and text alike', async () => {
    const { compileOffThread } = await compiledThreads();
    for (const article of [ARTICLE, path.join(FIXTURES, 'markdown-talk.md')]) {
      const options = { theme: 'dark', fragments: true } as const;
      const [there, here] = [await compileOffThread(article, options), await compileFile(article, options)];
      expect(there.rendered).toEqual(here.rendered);
      expect(there.deck).toEqual(here.deck);
      expect(there.rendered.body).toContain('data-theme="dark"');
    }
  });

  it('reports a bad article in the same one line, with its position', async () => {
    const dir = await tempDir('thread');
    const broken = path.join(dir, 'broken.md');
    await writeFile(broken, '---\ntitle: [unclosed\n---\n# Title\n\n## One\n\nText.\n');
    const { compileOffThread } = await compiledThreads();
    const there = await compileOffThread(broken, {}).then(() => undefined, (e: Error & { format?: () => string }) => e);
    const here = await compileFile(broken).then(() => undefined, (e: Error & { format: () => string }) => e);
    expect(there?.format?.()).toMatch(/broken\.md:2: malformed front matter/);
    expect(there?.format?.()).toBe(here?.format());
    expect(there?.stack).toContain('front');
  });

  it('started ahead of the command line and never used, does not keep the command running', async () => {
    const script = path.join(await tempDir('thread'), 'warm.mjs');
    await writeFile(script, `const m = await import(${JSON.stringify(pathToFileURL(COMPILED_THREADS).href)});\nm.warmUp();\nconsole.log('started');\n`);
    // Killed after 15 s if the thread kept it running.
    const { stdout } = await promisify(execFile)(process.execPath, [script], { timeout: 15_000 });
    expect(stdout.trim()).toBe('started');
  }, 30_000);
});
