/**
 * `deck build` as a user runs it: an article that names files outside its folder, however it
 * spells them, gets a deck holding only the image that really is next to it, and one warning line
 * per image left out, naming the article's line.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from '../helpers/build.ts';

const run = promisify(execFile);

async function build(article: string, out: string) {
  const env = { ...process.env, NO_COLOR: '1', DECK_SOURCE: '1' };
  const { stdout, stderr } = await run(process.execPath, [path.join(ROOT, 'src/cli/bin.mjs'), 'build', article, '--out', out], { cwd: ROOT, env });
  return { stdout, stderr };
}

/** The deck's copied images, each with its bytes. */
async function images(deck: string): Promise<Map<string, Buffer>> {
  const dir = path.join(deck, 'images');
  const names = await readdir(dir).catch(() => [] as string[]);
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n))] as const)));
}

describe('deck build with images outside the article folder', () => {
  it.each(['md', 'html'])('copies only the image next to the article (.%s)', async (ext) => {
    const root = await tempDir(`image-paths-${ext}`);
    const dir = path.join(root, 'article');
    const secret = path.join(root, 'private', 'secret.png');
    const png = await readFile(path.join(FIXTURES, 'saved-page_files/heat-chart.png'));
    await mkdir(path.join(dir, 'page_files'), { recursive: true });
    await mkdir(path.dirname(secret));
    await writeFile(secret, png);
    await writeFile(path.join(dir, 'page_files/chart.png'), png);
    await symlink(secret, path.join(dir, 'page_files/link.png'));
    const refused = [
      'file:///etc/hostname',
      'file://localhost/etc/hostname',
      'file:///%65tc/hostname',
      pathToFileURL(secret).href,
      '../private/secret.png',
      '/etc/hostname',
      'page_files/link.png',
    ];
    const addresses = ['page_files/chart.png', ...refused];
    const alt = (i: number) => `Chart number ${i} of the study`;
    const text =
      ext === 'md'
        ? `# Heat study\n\n## Findings\n\nThe streets with trees stayed cooler all summer.\n\n${addresses.map((src, i) => `![${alt(i)}](${src})`).join('\n\n')}\n`
        : `<!doctype html>\n<html lang="en"><head><title>Heat study</title></head><body><article>\n<h1>Heat study</h1>\n<h2>Findings</h2>\n<p>The streets with trees stayed cooler all summer.</p>\n${addresses.map((src, i) => `<img src="${src}" alt="${alt(i)}">`).join('\n')}\n</article></body></html>\n`;
    const article = path.join(dir, `study.${ext}`);
    await writeFile(article, text);

    const out = path.join(root, 'deck');
    const { stderr } = await build(article, out);

    const copied = await images(out);
    expect([...copied.values()]).toEqual([png]);
    expect([...copied.keys()]).toEqual([expect.stringMatching(/chart\.png$/)]);
    const lines = text.split('\n');
    const warnings = stderr.split('\n').filter((l) => /warning: image /.test(l));
    expect(warnings).toHaveLength(refused.length);
    refused.forEach((src, i) => {
      const line = lines.findIndex((l) => l.includes(alt(i + 1))) + 1;
      expect(warnings[i]).toContain(`:${line}: warning: image "${src}"`);
    });
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('hostname');
    expect(html).toContain(alt(3)); // a refused image keeps its alt text in the notes
  });
});
