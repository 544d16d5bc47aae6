/** The build drops reveal.css's styles for features the deck never uses (they would block the first paint). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimRevealCss } from '../../src/vite/trim-reveal-css.ts';

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
