/**
 * A brand on the page: the logo large on the title and closing slides and small on the others, the
 * stylesheet carrying the brand's palette, font and the speaker's rules — and nothing of it in a
 * deck without a brand.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileFile, type Compiled } from '../../src/pipeline.ts';
import { brandOverride, pptxTheme } from '../../src/export/pptx/theme.ts';
import { brandStylesheet } from '../../src/render/brand.ts';
import { writeDeckFolder } from '../../src/build/deck-folder.ts';
import { deckPlan } from '../../src/vite/deck-json.ts';
import { SLIDES_MARKER } from '../../src/vite/html.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

let branded: Compiled;
let plain: Compiled;
beforeAll(async () => {
  branded = await compileFile(path.join(FIXTURES, 'branded/talk.md'));
  plain = await compileFile(path.join(FIXTURES, 'markdown-talk.md'));
});

describe('the logo', () => {
  it('leads the title and closing slides, and sits in the corner of every other slide, as decoration', () => {
    const { document } = parseHTML(`<!doctype html><html><body>${branded.rendered.body}</body></html>`);
    const slides = [...document.querySelectorAll('section.slide')];
    expect(slides.length).toBe(branded.deck.slides.length);
    for (const slide of slides) {
      const kind = slide.getAttribute('data-kind');
      const logos = slide.querySelectorAll('img.brand-logo');
      expect(logos.length, kind!).toBe(1);
      const logo = logos[0]!;
      expect(logo.getAttribute('alt')).toBe('');
      expect(logo.getAttribute('src')).toBe(branded.deck.brand!.logo!.name);
      if (kind === 'title' || kind === 'closing') expect(slide.querySelector('.frame')!.firstElementChild, kind!).toBe(logo);
      else expect(logo.classList.contains('brand-logo--corner'), kind!).toBe(true);
    }
  });

  it('is nowhere in a deck without a brand, which has no brand stylesheet either', () => {
    expect(plain.rendered.body).not.toContain('brand-logo');
    expect(plain.deck.brand).toBeUndefined();
    expect(brandStylesheet(plain.deck, '.reveal .brand-logo{}')).toBeUndefined();
  });
});

describe('the brand stylesheet', () => {
  it('pins a deck with a light brand background to light, with the brand colours over the theme’s', () => {
    expect(branded.rendered.theme).toBe('light');
    const css = brandStylesheet(branded.deck, '/* logo rules */')!;
    expect(css).toMatch(/html:root\[data-theme\] \{[^}]*--deck-bg: #fbf7f0;[^}]*--deck-accent: #c2410c;/);
    expect(css).not.toContain("data-theme='dark'");
    expect(css).toContain('/* logo rules */');
  });

  it('uses the brand font for all text, under its hashed name, and keeps the theme’s fonts for what it lacks', () => {
    const css = brandStylesheet(branded.deck, '')!;
    const name = path.basename(branded.deck.brand!.font!.name);
    expect(css).toContain(`src: url("${name}") format("woff2");`);
    expect(css).toMatch(/--deck-font: 'Deck Brand', system-ui,.*'Noto Sans CJK SC', sans-serif;/);
    expect(css).not.toContain('font-weight: 100 900'); // a static font: bold is synthesised
  });

  it('declares a variable font for every weight, so bold headings use its own bold', () => {
    const font = { ...branded.deck.brand!.font!, variable: true };
    const css = brandStylesheet({ ...branded.deck, brand: { ...branded.deck.brand, font } }, '')!;
    expect(css).toMatch(/@font-face \{[^}]*font-weight: 100 900;/);
  });

  it('gives an accent alone a dark-theme shade under the viewer’s dark mode, and puts the speaker’s own rules last', () => {
    const deck = { ...plain.deck, theme: 'auto' as const, brand: { accent: { hex: '#1d4ed8' }, css: { text: ':root[data-theme] { --deck-rule: #999; }', files: [] } } };
    const css = brandStylesheet(deck, '')!;
    expect(css).toMatch(/^html:root\[data-theme\] \{[^}]*--deck-accent: #1d4ed8;/);
    expect(css).toMatch(/html:root\[data-theme='dark'\] \{[^}]*--deck-accent: #(?!1d4ed8)[0-9a-f]{6};/);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{\nhtml:root\[data-theme='auto'\]/);
    expect(css.trimEnd().endsWith(':root[data-theme] { --deck-rule: #999; }')).toBe(true);
  });
});

describe('the brand in the PowerPoint export', () => {
  it('colours the slides with the brand palette, also from a built folder’s deck-plan.json, which names no brand file', () => {
    const fromPlan = deckPlan(branded.deck);
    expect(JSON.stringify(fromPlan)).not.toMatch(/Brand\.woff2|logo\.svg|fixtures/);
    for (const deck of [branded.deck, fromPlan]) {
      expect(pptxTheme('light', brandOverride(deck, 'light')).colors).toMatchObject({ background: 'FBF7F0', accent: 'C2410C', text: '171B24' });
    }
    expect(brandOverride(plain.deck, 'light')).toEqual({});
  });
});

describe('a branded deck in a site of decks', () => {
  it('gets its stylesheet linked after the shared ones, and its font and logo beside its page', async () => {
    const dir = path.join(await tempDir('brand-site'), 'talk');
    const template = `<!doctype html><html><head><link rel="stylesheet" href="../assets/index.css"></head><body>${SLIDES_MARKER}</body></html>`;
    await writeDeckFolder(dir, template, branded);
    const page = await readFile(path.join(dir, 'index.html'), 'utf8');
    const [font, logo] = [branded.deck.brand!.font!.name, branded.deck.brand!.logo!.name];
    expect(page).toContain(`<link rel="preload" href="./${font}" as="font" type="font/woff2" crossorigin>`);
    expect(page).toMatch(/<link rel="stylesheet" href="\.\/assets\/brand-[0-9a-f]{10}\.css">\n<\/head>/);
    expect(page.indexOf('../assets/index.css')).toBeLessThan(page.indexOf('/brand-'));
    const files = await readdir(path.join(dir, 'assets'));
    expect(files).toHaveLength(3);
    expect(files).toEqual(expect.arrayContaining([path.basename(font), path.basename(logo), expect.stringMatching(/^brand-[0-9a-f]{10}\.css$/)]));
  });
});
