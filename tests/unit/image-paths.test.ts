/**
 * An article can never make the build copy a file from outside its folder. Every way of writing a
 * local address — `file:` URLs (with `localhost`, percent-encoded, upper case), `../` paths, absolute
 * paths, a symlink inside the folder that points out of it — meets the same check, in Markdown and
 * in a saved web page alike; files that are not what their extension says and SVGs that could run
 * script are refused too. Each refusal is a warning naming the article's line; the alt text stays
 * in the notes. Images that really are next to the article, written as paths or as `file:` URLs,
 * still become figure slides.
 */
import { mkdir, readFile, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOutline } from '../../src/outline/index.ts';
import { planDeck } from '../../src/plan/index.ts';
import { readArticle } from '../../src/read/file.ts';
import { parseArticle } from '../../src/read/index.ts';
import type { Deck, Diagnostic } from '../../src/types.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4" fill="teal"/></svg>';

let root: string; // holds the article's folder and, beside it, a folder the article must not reach
let dir: string; // the article's folder
let secret: string; // a real PNG outside the article's folder: refused for where it is, not for what it is

beforeAll(async () => {
  root = await tempDir('image-paths');
  dir = path.join(root, 'article');
  secret = path.join(root, 'private', 'secret.png');
  const png = await readFile(path.join(FIXTURES, 'saved-page_files/heat-chart.png'));
  await mkdir(path.join(dir, 'pics'), { recursive: true });
  await mkdir(path.dirname(secret));
  await writeFile(secret, png);
  await writeFile(path.join(dir, 'pics/ok.png'), png);
  await writeFile(path.join(dir, 'pics/chart.svg'), SVG);
  const prolog = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Drawn in Inkscape -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n';
  await writeFile(path.join(dir, 'pics/drawn.svg'), prolog + SVG.replace('<rect', '<text font-family="Montserrat" x="0" y="4">Ciudad – 城市</text><rect'));
  await symlink('ok.png', path.join(dir, 'pics/alias.png')); // a symlink that stays inside: fine
  await symlink(secret, path.join(dir, 'pics/link.png'));
  await symlink(path.dirname(secret), path.join(dir, 'pics/private'));
  await writeFile(path.join(dir, 'pics/hostname.png'), 'build-server-01\n');
  await writeFile(path.join(dir, 'pics/script.svg'), SVG.replace('</svg>', '<script>fetch("/")</script></svg>'));
  await writeFile(path.join(dir, 'pics/slash-handler.svg'), SVG.replace('<rect', '<g/onload="alert(1)"/><rect'));
  await writeFile(path.join(dir, 'pics/encoded-link.svg'), SVG.replace('<rect', '<a href="jav&#x61;script:alert(1)"><text>x</text></a><rect'));
  await writeFile(path.join(dir, 'pics/no-svg.svg'), '<html><body>not a picture</body></html>');
});

/** Local addresses that stay in the article's folder: each becomes a figure slide. */
const inside = () => [
  'pics/ok.png',
  './pics/ok.png',
  'pics/chart.svg',
  'pics/drawn.svg',
  'pics/alias.png',
  'pics/ok.png?v=3#top',
  pathToFileURL(path.join(dir, 'pics/ok.png')).href,
  `file://localhost${pathToFileURL(path.join(dir, 'pics/chart.svg')).pathname}`,
];

/** Addresses an article must not use, each with what its warning must say. */
const refused = (): [string, RegExp][] => {
  const outside = /outside the article's folder/;
  const notImage = /does not hold image\/png data/;
  const scripted = /does not hold image\/svg\+xml data/;
  return [
    ['file:///etc/hostname', outside],
    ['file://localhost/etc/hostname', outside],
    ['file:///%65tc/hostname', outside],
    ['FILE:///etc/hostname', outside],
    ['file:/etc/hostname', outside],
    [pathToFileURL(secret).href, outside],
    [`file://localhost${pathToFileURL(secret).pathname.replace('secret', '%73ecret')}`, outside],
    [`${pathToFileURL(dir).href}/pics/../../private/secret.png`, outside],
    ['file://files.example.net/share/photo.png', /another computer/],
    ['../private/secret.png', outside],
    ['pics/../../private/secret.png', outside],
    ['%2e%2e/private/secret.png', outside],
    ['pics%2F..%2F..%2Fprivate%2Fsecret.png', outside],
    [`${pathToFileURL(dir).href}/pics%2F..%2F..%2Fprivate%2Fsecret.png`, /not a valid file: address/],
    ['/etc/hostname', /web site's root/],
    [secret, /web site's root/],
    ['pics/link.png', outside],
    ['pics/private/secret.png', outside],
    ['pics/hostname.png', notImage],
    ['pics/script.svg', scripted],
    ['pics/slash-handler.svg', scripted],
    ['pics/encoded-link.svg', scripted],
    ['pics/no-svg.svg', scripted],
  ];
};

const alt = (i: number) => `Picture ${i} of the part`;
const markdown = (addresses: string[]) => `# Pictures\n\n## Part\n\nSome text for the part.\n\n${addresses.map((src, i) => `![${alt(i)}](<${src}>)`).join('\n\n')}\n`;
const html = (addresses: string[]) =>
  `<!doctype html>\n<html lang="en"><head><title>Pictures</title></head><body><article>\n<h1>Pictures</h1>\n<h2>Part</h2>\n<p>Some text for the part.</p>\n${addresses
    .map((src, i) => `<p><img src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" alt="${alt(i)}"></p>`)
    .join('\n')}\n</article></body></html>\n`;

/** The line of the `i`th image in the article text. */
const lineOf = (text: string, i: number) => text.split('\n').findIndex((line) => line.includes(alt(i))) + 1;

/** Every file the deck would copy, as the real file on disk. */
const copied = (deck: Deck) => Promise.all(deck.slides.flatMap((s) => (s.figure?.file ? [realpath(s.figure.file)] : [])));

describe.each([
  ['Markdown', 'article.md', markdown],
  ['a saved web page', 'page.html', html],
])('local images in %s', (_kind, name, write) => {
  it('copies only the images in the article folder, written as paths or as file: URLs', async () => {
    const file = path.join(dir, `inside-${name}`);
    await writeFile(file, write(inside()));
    const source = await readArticle(file);
    const deck = planDeck(buildOutline(source));
    expect(source.warnings).toEqual([]);
    expect(deck.warnings).toEqual([]);
    expect(deck.slides.filter((s) => s.kind === 'figure').map((s) => s.figure?.alt)).toEqual(inside().map((_, i) => alt(i)));
    const real = path.join(await realpath(dir), 'pics');
    expect(await copied(deck)).toEqual(inside().map((src) => path.join(real, /drawn/.test(src) ? 'drawn.svg' : /svg/.test(src) ? 'chart.svg' : 'ok.png')));
  });

  it('leaves out every address that reaches outside the folder, non-images and scripted SVGs, each with a warning at its line', async () => {
    const file = path.join(dir, `refused-${name}`);
    const text = write(refused().map(([src]) => src));
    await writeFile(file, text);
    const source = await readArticle(file);
    const deck = planDeck(buildOutline(source));
    expect(deck.slides.filter((s) => s.kind === 'figure')).toEqual([]);
    expect(await copied(deck)).toEqual([]);
    const warnings = (deck.warnings ?? []).filter((w) => /^image /.test(w.message)); // the reader's and the planner's
    expect(warnings.map((w: Diagnostic) => [w.message, w.position])).toEqual(
      refused().map(([, reason], i) => [expect.stringMatching(reason), { file, line: lineOf(text, i) }]),
    );
    for (const w of warnings) expect(w.message).toMatch(/its alt text stays in the notes$/);
    const notes = JSON.stringify(deck.slides.map((s) => s.notes));
    for (let i = 0; i < refused().length; i++) expect(notes).toContain(alt(i));
  });
});

describe('a file: URL that never went through the reader (an article compiled from memory)', () => {
  it('is still refused by the planner when it reaches outside the folder', () => {
    const file = path.join(dir, 'memory.md');
    const addresses = ['file:///etc/hostname', 'file://localhost/etc/passwd', 'file:///%65tc/hostname', 'FILE:///etc/hostname', pathToFileURL(secret).href];
    const deck = planDeck(buildOutline(parseArticle(markdown(addresses), file)));
    expect(deck.slides.filter((s) => s.figure)).toEqual([]);
    expect(deck.warnings?.map((w) => w.message)).toEqual(addresses.map(() => expect.stringMatching(/outside the article's folder/)));
  });
});
