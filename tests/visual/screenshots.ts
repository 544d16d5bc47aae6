/**
 * Every slide of a deck as PNG, light and dark, at 1280×720 and 1920×1080, for a person to look at
 * (fragments shown): `npm run shots -- [article] [--out dir] [--readme]`.
 * `--readme` also writes the README's two pictures: assets/readme/title.png and content.png.
 */
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { buildDeck } from '../../src/build/deck.ts';
import { launch } from '../../src/export/browser.ts';
import { serveDir } from '../../src/export/serve.ts';
import { ARTICLE, ROOT, tempDir } from '../helpers/build.ts';

const SCHEMES = ['light', 'dark'] as const;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

interface Shot {
  scheme: (typeof SCHEMES)[number];
  width: number;
  height: number;
  /** Slide index → file; all slides when omitted. */
  only?: Map<number, string>;
}

async function shoot(browser: Browser, url: string, out: string, shot: Shot): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${url}index.html`);
  await page.waitForSelector('.reveal.ready', { timeout: 20_000 });
  await page.waitForSelector('html[data-fitted]', { timeout: 10_000 });
  const kinds = await page.evaluate(() => {
    (window as any).deck.configure({ fragments: false });
    return Array.from(document.querySelectorAll<HTMLElement>('.reveal .slides > section'), (s) => s.dataset.kind ?? 'slide');
  });
  const written: string[] = [];
  for (const [i, kind] of kinds.entries()) {
    const name = shot.only ? shot.only.get(i) : `${shot.scheme}-${shot.width}x${shot.height}-${String(i + 1).padStart(2, '0')}-${kind}.png`;
    if (!name) continue;
    await page.evaluate((n) => (window as any).deck.slide(n), i);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await page.screenshot({ path: path.join(out, name) });
    written.push(name);
  }
  await context.close();
  return written;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: path.join(ROOT, 'tests/.output/shots') }, readme: { type: 'boolean', default: false } },
});
const article = path.resolve(positionals[0] ?? ARTICLE);
const out = path.resolve(values.out!);
await mkdir(out, { recursive: true });
const build = await tempDir('shots');
const { outDir, compiled } = await buildDeck(article, path.join(build, 'deck'));
const server = await serveDir(outDir);
const browser = await launch();
try {
  let count = 0;
  for (const scheme of SCHEMES) for (const size of SIZES) count += (await shoot(browser, server.url, out, { scheme, ...size })).length;
  console.log(`${count} screenshots of ${path.relative(ROOT, article)} in ${path.relative(ROOT, out) || out}`);
  if (values.readme) {
    // The title in light, a content slide (the stat when there is one) in dark; small, for the README.
    const slides = compiled.deck.slides;
    const stat = slides.findIndex((s) => s.kind === 'stat');
    const content = stat >= 0 ? stat : Math.max(0, slides.findIndex((s) => s.kind === 'section'));
    const readme = path.join(ROOT, 'assets/readme');
    await mkdir(readme, { recursive: true });
    await shoot(browser, server.url, readme, { scheme: 'light', width: 800, height: 450, only: new Map([[0, 'title.png']]) });
    await shoot(browser, server.url, readme, { scheme: 'dark', width: 800, height: 450, only: new Map([[content, 'content.png']]) });
    console.log(`README pictures: assets/readme/title.png, assets/readme/content.png (slide ${content + 1})`);
  }
} finally {
  await browser.close();
  await server.close();
  await rm(build, { recursive: true, force: true });
}
