/**
 * The package as a user gets it: `npm pack`, installed into an empty folder with its production
 * dependencies only (no devDependencies, as `npm install article-deck` gives), then `deck build`,
 * `deck outline` and `deck pdf` run there. A module the CLI needs at run time that is only a
 * devDependency, or a file the package leaves out, fails here.
 *
 * The package is packed from a copy of the checkout's own files (package.json, README, tsconfigs,
 * index.html, src/, assets/), so that its `prepare` (which compiles .build/) never rewrites the
 * working tree while other tests run from it. npm installs from its local cache
 * (`--prefer-offline`): the dependencies are those `npm ci` has just fetched. Every folder is
 * outside the repository, so nothing resolves from the checkout's own node_modules.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/build.ts';
import { pdfInfo } from '../helpers/pdf.ts';

const exec = promisify(execFile);
const NPM = { env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } };
const PACKED_FROM = ['package.json', 'README.md', 'tsconfig.json', 'tsconfig.build.json', 'index.html', 'src', 'assets'];

let work: string;
let project: string;
let packed: string[];

/** Runs the installed `deck` in the user's project folder (`DECK_SOURCE=1`: from its TypeScript sources). */
const run = (env: NodeJS.ProcessEnv, args: string[]) =>
  exec(process.execPath, [path.join(project, 'node_modules', '.bin', 'deck'), ...args], { cwd: project, timeout: 90_000, env: { ...process.env, ...env } });
const deck = (...args: string[]) => run({}, args);

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'deck-package-'));
  const checkout = path.join(work, 'checkout');
  for (const name of PACKED_FROM) await cp(path.join(ROOT, name), path.join(checkout, name), { recursive: true });
  // For `prepare` (tsc, and reveal.css to trim); npm never packs node_modules.
  await symlink(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
  const { stdout } = await exec('npm', ['pack', '--json', '--pack-destination', work], { cwd: checkout, ...NPM, maxBuffer: 64 << 20, timeout: 60_000 });
  const [{ filename, files }] = JSON.parse(stdout.slice(stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
  packed = files.map((f) => f.path);
  project = path.join(work, 'talk');
  await mkdir(project);
  await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'my-talk', private: true }));
  await exec('npm', ['install', '--omit=dev', '--prefer-offline', '--ignore-scripts', '--no-package-lock', path.join(work, filename)], {
    cwd: project,
    ...NPM,
    timeout: 90_000,
  });
  await copyFile(path.join(FIXTURES, 'markdown-talk.md'), path.join(project, 'talk.md'));
}, 150_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed package, installed without devDependencies', () => {
  it('holds the compiled CLI, the sources Vite bundles and the page template, and no tests or benchmarks', () => {
    for (const file of [
      'src/cli/bin.mjs',
      '.build/cli/run.js',
      '.build/build/compile-worker.js',
      '.build/reveal.trimmed.css',
      'src/runtime/main.ts',
      'index.html',
      'assets/theme.css',
      // The library: its entries, their types, the site's compile threads and the index page's layout.
      '.build/index.js',
      '.build/index.d.ts',
      '.build/vite/index.js',
      '.build/vite/index.d.ts',
      '.build/site/compile-worker.js',
      'src/site/index.css',
    ]) {
      expect(packed).toContain(file);
    }
    expect(packed.filter((file) => /^(tests|bench|slides|\.ci)\//.test(file))).toEqual([]);
  });

  it('deck outline reads the article, compiled and from the TypeScript sources (through tsx) alike', async () => {
    const { stdout } = await deck('outline', 'talk.md', '--json');
    expect(JSON.parse(stdout)).toMatchObject({ title: 'Shipping Small Web Apps', lang: 'en' });
    expect(JSON.parse((await run({ DECK_SOURCE: '1' }, ['outline', 'talk.md', '--json'])).stdout)).toEqual(JSON.parse(stdout));
  }, 60_000);

  it('deck build writes a deck folder with its deck.json', async () => {
    const { stdout } = await deck('build', 'talk.md', '--out', 'site');
    expect(stdout).toMatch(/^deck: site\/index\.html: \d+ slides, talk time/m);
    const html = await readFile(path.join(project, 'site', 'index.html'), 'utf8');
    expect(html).toContain('Shipping Small Web Apps');
    for (const ref of html.matchAll(/(?:src|href)="\.\/([^"]+)"/g)) expect(existsSync(path.join(project, 'site', ref[1]!))).toBe(true);
    expect(JSON.parse(await readFile(path.join(project, 'site', 'deck.json'), 'utf8'))).toMatchObject({ title: 'Shipping Small Web Apps' });
  }, 90_000);

  it('deck pdf exports the article', async () => {
    const { stdout } = await deck('pdf', 'talk.md', '--out', 'talk.pdf');
    expect(stdout).toMatch(/talk\.pdf: \d+ pages in/);
    expect((await pdfInfo(path.join(project, 'talk.pdf'))).Title).toBe('Shipping Small Web Apps');
  }, 90_000);

  it('deck build <folder> writes a site of decks on its thread pool, and deck index lists them', async () => {
    await mkdir(path.join(project, 'articles', 'older'), { recursive: true });
    await copyFile(path.join(FIXTURES, 'markdown-talk.md'), path.join(project, 'articles', 'talk.md'));
    await copyFile(path.join(FIXTURES, 'site', 'cisternas-pt.txt'), path.join(project, 'articles', 'older', 'cisternas.txt'));
    await copyFile(path.join(FIXTURES, 'site', 'velo-cargo-fr.html'), path.join(project, 'articles', 'velo.html'));
    const { stdout } = await deck('build', 'articles', '--out', 'talks');
    expect(stdout).toMatch(/^deck: talks\/index\.html: 3 decks; 3 built, 0 unchanged in/m);
    for (const slug of ['talk', 'older-cisternas', 'velo']) expect(existsSync(path.join(project, 'talks', slug, 'deck.json'))).toBe(true);
    expect((await deck('index', 'talks')).stdout).toMatch(/talks\/index\.html: 3 decks/);
  }, 90_000);

  it('is a library: compile, buildDeck, buildSite and the Vite plugin, imported by name and typed', async () => {
    await writeFile(
      path.join(project, 'use.mjs'),
      [
        "import { compile, buildDeck, buildSite } from 'article-deck';",
        "import articleDeck from 'article-deck/vite';",
        "import { build } from 'vite';",
        "const { deck } = await compile('talk.md');",
        "const { outDir } = await buildDeck('talk.md', 'lib-deck');",
        "const site = await buildSite(['articles'], 'lib-site', { shard: '1/1' });",
        "await build({ root: 'vite-app', configFile: false, logLevel: 'silent', plugins: [articleDeck({ article: '../talk.md' })] });",
        'console.log(JSON.stringify({ title: deck.title, outDir, decks: site.index.decks.length }));',
      ].join('\n'),
    );
    await mkdir(path.join(project, 'vite-app'), { recursive: true });
    await writeFile(path.join(project, 'vite-app', 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>My app</title></head><body></body></html>\n');
    const { stdout } = await exec(process.execPath, ['use.mjs'], { cwd: project, timeout: 90_000 });
    expect(JSON.parse(stdout)).toEqual({ title: 'Shipping Small Web Apps', outDir: path.join(project, 'lib-deck'), decks: 3 });
    const app = await readFile(path.join(project, 'vite-app', 'dist', 'index.html'), 'utf8');
    expect(app).toContain('<h1 class="title">Shipping Small Web Apps</h1>');
    expect(app).toMatch(/<script type="module" crossorigin src="\/assets\/[\w-]+\.js"><\/script>/);

    // Types: a wrong use fails to compile, so the declarations are really there (not `any`).
    await writeFile(
      path.join(project, 'use.ts'),
      [
        "import { buildSite, compile, type SiteResult } from 'article-deck';",
        "import articleDeck from 'article-deck/vite';",
        "const site: SiteResult = await buildSite('articles', 'site', { pdf: false });",
        'const title: string = (await compile("talk.md")).deck.title;',
        '// @ts-expect-error: the built articles are a list',
        'const count: number = site.built;',
        "export const plugins = articleDeck({ article: 'talk.md' });",
        'export { title, count };',
      ].join('\n'),
    );
    const tsconfig = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['use.ts'] };
    await writeFile(path.join(project, 'tsconfig.json'), JSON.stringify(tsconfig));
    await writeFile(path.join(project, 'package.json'), JSON.stringify({ name: 'my-talk', private: true, type: 'module' }));
    await exec(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], { cwd: project, timeout: 60_000 });
  }, 150_000);
});
