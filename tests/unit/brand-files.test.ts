/**
 * A brand's front matter and files: each problem is one line naming the front matter line (or the
 * option) and the fix; files outside the article's folder, fonts that are not fonts, scripted SVG
 * logos and stylesheets that would reach the network or run script are refused; site-generator
 * fields that look like a brand (`logo: /images/logo.png`) are left out with a warning instead.
 */
import { copyFile, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { DeckError } from '../../src/errors.ts';
import type { BrandOptions } from '../../src/options.ts';
import { fontInfo } from '../../src/read/brand-font.ts';
import { readArticle } from '../../src/read/file.ts';
import { FIXTURES, tempDir } from '../helpers/build.ts';

const FONT = path.join(FIXTURES, 'branded/Brand.woff2');
const LOGO = path.join(FIXTURES, 'branded/logo.svg');
const BODY = '# Harbour notes\n\n## Tides\n\nThe tide rises twice a day in most harbours.\n';
let dir: string;

beforeAll(async () => {
  dir = await tempDir('brand-files');
  await mkdir(path.join(dir, 'talk'), { recursive: true });
  await copyFile(FONT, path.join(dir, 'talk/Brand.woff2'));
  await copyFile(LOGO, path.join(dir, 'talk/logo.svg'));
  await copyFile(FONT, path.join(dir, 'outside.woff2'));
  await writeFile(path.join(dir, 'talk/fake.woff2'), '<html>not a font</html>');
  await writeFile(path.join(dir, 'talk/evil.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><a href="jav&#x61;script:alert(1)"><rect width="9" height="9"/></a></svg>');
  await symlink(path.join(dir, 'outside.woff2'), path.join(dir, 'talk/linked.woff2'));
});

async function read(frontMatter: string, brand?: BrandOptions) {
  const file = path.join(dir, 'talk', `a${Math.random().toString(36).slice(2)}.md`);
  await writeFile(file, `---\ntitle: Harbour notes\n${frontMatter}\n---\n${BODY}`);
  return readArticle(file, brand);
}
async function failure(frontMatter: string, brand?: BrandOptions): Promise<string> {
  try {
    await read(frontMatter, brand);
  } catch (error) {
    if (error instanceof DeckError) return error.format().replace(/a[a-z0-9]+\.md/, 'talk.md');
    throw error;
  }
  throw new Error('expected the brand to be refused');
}

describe('a brand from the front matter', () => {
  it('finds its files and names each in the deck by a hash of its bytes', async () => {
    const { meta } = await read('accent: "#c2410c"\nbackground: hsl(36 60% 96%)\nfont: ./Brand.woff2\nlogo: logo.svg');
    expect(meta.brand?.accent?.hex).toBe('#c2410c');
    expect(meta.brand?.accent?.position?.line).toBe(3);
    expect(meta.brand?.background?.hex).toBe('#fbf6ef');
    expect(meta.brand?.font).toMatchObject({ format: 'woff2', variable: false, name: expect.stringMatching(/^assets\/brand-[0-9a-f]{10}\.woff2$/) });
    expect(meta.brand?.logo).toMatchObject({ type: 'image/svg+xml', name: expect.stringMatching(/^assets\/brand-[0-9a-f]{10}\.svg$/) });
    expect(meta.theme).toBeUndefined();
  });

  it('refuses each problem in one line at its front matter line, saying what to do', async () => {
    expect(await failure('accent: bluish')).toMatch(/^deck: .*talk\.md:3: front matter accent "bluish" is not a CSS colour: write it as "#2251cc"/);
    expect(await failure('author: Ines\nbackground: "#00000080"')).toMatch(/talk\.md:4: front matter background "#00000080" is see-through: a brand colour must be opaque/);
    expect(await failure('font: ./Brand.ttc')).toMatch(/talk\.md:3: front matter font "\.\/Brand\.ttc" is not a font file the deck can use: give a \.woff2, \.woff, \.ttf, \.otf file$/);
    expect(await failure('font: ./Missing.woff2')).toMatch(/talk\.md:3: front matter font "\.\/Missing\.woff2" was not found: check the path$/);
    expect(await failure('font: ./fake.woff2')).toMatch(/talk\.md:3: front matter font "\.\/fake\.woff2" does not hold font data/);
    expect(await failure('logo: ./logo.pdf')).toMatch(/talk\.md:3: front matter logo "\.\/logo\.pdf" is not an image file/);
    expect(await failure('logo: ./evil.svg')).toMatch(/talk\.md:3: front matter logo "\.\/evil\.svg" is not an SVG image, or holds something that could run script/);
    expect(await failure('theme: ./missing.css')).toMatch(/talk\.md:3: front matter theme "\.\/missing\.css" was not found/);
  });

  it('reads no file outside the article folder, through ../ or a symlink, as for images', async () => {
    expect(await failure('font: ../outside.woff2')).toMatch(/talk\.md:3: front matter font "\.\.\/outside\.woff2" is outside the article's folder/);
    expect(await failure('font: ./linked.woff2')).toMatch(/talk\.md:3: front matter font "\.\/linked\.woff2" is outside the article's folder/);
  });

  it("leaves out a site generator's fields with a warning: a logo at the site's root, a web font, a background image", async () => {
    const source = await read('logo: /images/logo.png\nfont: https://fonts.example.com/a.woff2\nbackground: hero.jpg');
    expect(source.meta.brand).toBeUndefined();
    expect(source.warnings.map((w) => `${w.position?.line}: ${w.message}`)).toEqual([
      `5: front matter background "hero.jpg" is an image, not a colour: left out`,
      `4: front matter font "https://fonts.example.com/a.woff2" is a web address: a brand file must be next to the article, so the deck works offline: left out`,
      `3: front matter logo "/images/logo.png" starts at the web site's root, which an article's folder does not have: left out`,
    ]);
  });

  it('keeps `theme: dark` a theme, and `theme: ./brand.css` a stylesheet', async () => {
    await writeFile(path.join(dir, 'talk/brand.css'), ':root[data-theme] { --deck-accent: #0f766e; }\n');
    expect((await read('theme: dark')).meta).toMatchObject({ theme: 'dark' });
    const { meta } = await read('theme: ./brand.css');
    expect(meta.theme).toBeUndefined();
    expect(meta.brand?.css?.text).toContain('--deck-accent: #0f766e');
  });
});

describe('a brand from the command line', () => {
  it('wins over the front matter, with paths from the working directory and errors naming the option', async () => {
    const { meta } = await read('accent: "#c2410c"', { accent: 'teal', font: path.relative(process.cwd(), FONT) });
    expect(meta.brand?.accent).toEqual({ hex: '#008080' });
    expect(meta.brand?.font?.format).toBe('woff2');
    expect(await failure('', { logo: 'nowhere/logo.svg' })).toBe('deck: --logo "nowhere/logo.svg" was not found: check the path');
    expect(await failure('', { accent: 'nope' })).toMatch(/^deck: --accent "nope" is not a CSS colour/);
  });
});

describe('the speaker’s stylesheet', () => {
  const css = async (text: string, extra: Record<string, string> = {}) => {
    await writeFile(path.join(dir, 'talk/s.css'), text);
    for (const [name, content] of Object.entries(extra)) await writeFile(path.join(dir, 'talk', name), content);
    return read('theme: ./s.css');
  };
  const cssFailure = async (text: string) => {
    await writeFile(path.join(dir, 'talk/s.css'), text);
    return failure('theme: ./s.css');
  };

  it('copies the files its url()s name and points them at their names in the deck', async () => {
    const { meta } = await css("@font-face { font-family: House; src: url('./Brand.woff2') format('woff2'); }\n/* a comment */\n.reveal h1 { background: url(data:image/png;base64,AAAA); }\n");
    const [font] = meta.brand!.css!.files;
    expect(font!.file).toBe(path.join(dir, 'talk/Brand.woff2'));
    expect(meta.brand!.css!.text).toContain(`url("${path.basename(font!.name)}")`);
    expect(meta.brand!.css!.text).toContain('url(data:image/png;base64,AAAA)');
    expect(meta.brand!.css!.text).not.toContain('a comment');
  });

  it('can never close a <style> element: every < is escaped', async () => {
    const { meta } = await css('.reveal .kicker::before { content: "</style><script>alert(1)</script>"; }');
    expect(meta.brand!.css!.text).not.toContain('<');
    expect(meta.brand!.css!.text).toContain('content: "\\3c /style>\\3c script>');
  });

  it('refuses, at the stylesheet line, what would reach the network, run script or is not CSS', async () => {
    expect(await cssFailure('a{}\n@import "other.css";')).toMatch(/s\.css:2: @import is not followed: put its rules in this stylesheet$/);
    expect(await cssFailure('h1 {\n  background: url(https://cdn.example.com/x.png);\n}')).toMatch(/s\.css:2: url\(https:\/\/cdn\.example\.com\/x\.png\) is on another site/);
    expect(await cssFailure('h1 { background: url("javascript:alert(1)") }')).toMatch(/s\.css:1: url\(javascript:alert\(1\)\) is not a file/);
    expect(await cssFailure('h1 { width: expression(alert(1)) }')).toMatch(/s\.css:1: "width: expression\(alert\(1\)\)" could run script/);
    expect(await cssFailure('h1 { -moz-binding: url(x.xml#y) }')).toMatch(/could run script/);
    expect(await cssFailure('h1 { background: url(../../secret.png) }')).toMatch(/s\.css:1: url\(\.\.\/\.\.\/secret\.png\) (is outside the article's folder|was not found)/);
    expect(await cssFailure('h1 { color: red;\n  }}')).toMatch(/s\.css:2: not valid CSS: Unexpected }/);
  });
});

describe('font files by their bytes', () => {
  const sfnt = (magic: number[], tags: string[]) => {
    const bytes = new Uint8Array(12 + tags.length * 16);
    bytes.set(magic);
    new DataView(bytes.buffer).setUint16(4, tags.length);
    tags.forEach((tag, i) => bytes.set([...tag].map((c) => c.charCodeAt(0)), 12 + i * 16));
    return bytes;
  };

  it('tells TrueType, OpenType, WOFF and WOFF2 apart, and a variable font from a static one', () => {
    expect(fontInfo(sfnt([0, 1, 0, 0], ['cmap', 'glyf', 'head']))).toEqual({ format: 'truetype', variable: false });
    expect(fontInfo(sfnt([0x4f, 0x54, 0x54, 0x4f], ['CFF ', 'fvar', 'head']))).toEqual({ format: 'opentype', variable: true });
    const woff2 = new Uint8Array(48 + 3);
    woff2.set([0x77, 0x4f, 0x46, 0x32]);
    new DataView(woff2.buffer).setUint16(12, 1);
    woff2.set([47, 0x10, 0x20], 48); // one table: known tag 47 (fvar), untransformed, 4 kB
    expect(fontInfo(woff2)).toEqual({ format: 'woff2', variable: true });
  });

  it('is not fooled by a renamed file or a collection', () => {
    expect(fontInfo(new TextEncoder().encode('<!doctype html><title>x</title>'))).toBeUndefined();
    expect(fontInfo(new TextEncoder().encode('ttcf\0\x01\0\0\0\0\0\x02'))).toBeUndefined();
  });
});

describe('deck build with a bad brand', () => {
  it('prints one line at the front matter line and exits 1, writing nothing', async () => {
    const file = path.join(dir, 'talk', 'missing-font.md');
    await writeFile(file, `---\ntitle: Harbour notes\naccent: "#c2410c"\nfont: ./fonts/House.woff2\n---\n${BODY}`);
    const out = path.join(dir, 'never-built');
    const lines: string[] = [];
    const code = await main(['build', file, '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(code).toBe(1);
    expect(lines).toEqual([`deck: ${file}:4: front matter font "./fonts/House.woff2" was not found: check the path`]);
    await expect(readdir(out)).rejects.toThrow();
  });
});
