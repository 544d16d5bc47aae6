/** The build drops reveal.css's styles for features the deck never uses (they would block the first paint). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimmedRevealCss, trimRevealCss } from '../../src/vite/trim-reveal-css.ts';

describe('reveal.css without the features the deck never uses', () => {
  const file = fileURLToPath(import.meta.resolve('reveal.js/reveal.css'));
  const trimmed = async () => (await postcss([trimRevealCss()]).process(readFileSync(file, 'utf8'), { from: file })).css;

  it('keeps what the deck shows: slides, fade, fragments, controls, overview, print and scroll views', async () => {
    const css = await trimmed();
    for (const kept of ['.reveal .slides>section.present', '[data-transition=fade]', '.reveal .fragment.visible', '.reveal .controls', '.reveal.overview', 'html.reveal-print', '.reveal-scroll', '@media print', '.reveal .pause-overlay']) {
      expect(css).toContain(kept);
    }
  });

  it('drops other transitions, fragment styles, overlays and layout helpers, a third of the file', async () => {
    const css = await trimmed();
    for (const dropped of ['[data-transition=convex]', '[data-background-transition=zoom]', '.fragment.grow', '.r-overlay-spinner', '.r-stretch']) expect(css).not.toContain(dropped);
    expect(css.length).toBeLessThan(readFileSync(file, 'utf8').length * 0.75);
  });

  it('leaves every other stylesheet alone', async () => {
    const css = '.reveal .fragment.grow { color: red }';
    expect((await postcss([trimRevealCss()]).process(css, { from: '/work/assets/theme.css' })).css).toBe(css);
  });
});

describe('the trimmed reveal.css kept between builds', () => {
  const file = fileURLToPath(import.meta.resolve('reveal.js/reveal.css'));
  const css = readFileSync(file, 'utf8');
  const cacheIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'deck-trim-')), 'reveal.trimmed.css');

  it('is what trimming gives, written once and then read back', async () => {
    const cache = cacheIn();
    const expected = (await postcss([trimRevealCss()]).process(css, { from: file })).css;
    expect(await trimmedRevealCss(css, cache)).toBe(expected);
    expect(readFileSync(cache, 'utf8').endsWith(expected)).toBe(true);
    // Read back, not trimmed again: a mark planted in the kept text comes out.
    writeFileSync(cache, readFileSync(cache, 'utf8') + '/* kept */');
    expect(await trimmedRevealCss(css, cache)).toBe(`${expected}/* kept */`);
  });

  it('is trimmed again when reveal.css changes (another reveal.js version)', async () => {
    const cache = cacheIn();
    await trimmedRevealCss(css, cache);
    const changed = `${css}\n.reveal .slides { color: red }`;
    expect(await trimmedRevealCss(changed, cache)).toContain('.reveal .slides { color: red }');
  });
});
