/** One-file decks: folding a built page into one file, the policy that guards it, and where it is written. */
import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { decodeStringLiteral, speakerViewHtml, speakerViewSources } from '../../src/vite/csp-hash.ts';
import { outFileFor } from '../../src/single/build.ts';
import { inlineDocument, type Asset } from '../../src/single/inline.ts';

const PAGE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'self'">
<title>T</title>
<link rel="icon" href="./assets/icon.svg" type="image/svg+xml">
<script type="module" crossorigin src="./assets/index.js"></script>
<link rel="modulepreload" href="./assets/chunk.js">
<link rel="stylesheet" crossorigin href="./assets/index.css">
<link rel="canonical" href="https://example.com/talk">
</head><body>
<div class="reveal"><img src="photo.png" alt="A photo"><img src="https://example.com/x.png" alt="Remote"><p style="color: red">x</p></div>
</body></html>`;

const JS = 'document.querySelector(".reveal").dataset.ok = "</script><!-- yes";';
const FILES: Record<string, Asset> = {
  './assets/index.js': asset(JS, 'text/javascript'),
  './assets/index.css': asset('.reveal{color:red;background:url(data:image/png;base64,AAAA)}', 'text/css'),
  './assets/icon.svg': asset('<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'),
  'photo.png': asset('PNG', 'image/png'),
};
const NO_RUNTIME = { scripts: [], styles: [], styleAttributes: [] };

function asset(text: string, type: string): Asset {
  return { bytes: new TextEncoder().encode(text), type };
}
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const parse = (html: string) => unified().use(rehypeParse).parse(html) as Root;
function elements(node: Root | Element, out: Element[] = []): Element[] {
  for (const child of node.children) if (child.type === 'element') out.push(child), elements(child, out);
  return out;
}
const textOf = (e: Element) => e.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

describe('inlineDocument', () => {
  const result = inlineDocument(PAGE, (ref) => FILES[ref], NO_RUNTIME);
  const all = elements(parse(result.html));

  it('leaves no reference to another local file: every src and href is data: or a web address', () => {
    const refs = all.flatMap((e) => [e.properties.src, e.properties.href].filter((v): v is string => typeof v === 'string'));
    expect(refs.filter((r) => !/^(data:|https:)/.test(r))).toEqual([]);
    expect(all.filter((e) => e.tagName === 'link' && String(e.properties.rel) === 'modulepreload')).toEqual([]);
    expect(all.find((e) => e.tagName === 'img' && e.properties.alt === 'A photo')?.properties.src).toBe(`data:image/png;base64,${btoa('PNG')}`);
  });

  it('turns the module script into one classic inline script, last in <body>, that parses back to the same code', () => {
    const scripts = all.filter((e) => e.tagName === 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.properties.type).toBeUndefined();
    const body = all.find((e) => e.tagName === 'body')!;
    expect(body.children.filter((c) => c.type === 'element').at(-1)).toBe(scripts[0]);
    // `</script` inside a string is written as `<\/script`, which JavaScript reads as the same string.
    expect(textOf(scripts[0]!)).toBe(JS.replace('</script', '<\\/script'));
  });

  it('puts the stylesheet in a <style> and one policy right after <meta charset>, replacing the old one', () => {
    expect(textOf(all.find((e) => e.tagName === 'style')!)).toContain('.reveal{color:red');
    const metas = all.filter((e) => e.tagName === 'meta');
    expect(metas.filter((m) => String(m.properties.httpEquiv).toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(metas[1]!.properties.content).toBe(result.policy);
    expect(result.policy).not.toContain("script-src 'self'");
  });

  it('allows exactly the inline script, style and style attribute by hash, and nothing from the network', () => {
    const directive = (name: string) => result.policy.split('; ').find((d) => d.startsWith(`${name} `))!.split(' ').slice(1);
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('script-src')).toEqual([sha(JS.replace('</script', '<\\/script'))]);
    expect(directive('style-src')).toContain(sha('color: red'));
    expect(directive('style-src')).toContain(sha('.reveal{color:red;background:url(data:image/png;base64,AAAA)}'));
    expect(result.policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('reports a remote image instead of fetching it, keeping its alt text', () => {
    const remote = all.find((e) => e.properties.alt === 'Remote')!;
    expect(remote.properties.src).toBeUndefined();
    expect(result.warnings).toEqual([expect.stringContaining('https://example.com/x.png')]);
  });

  it('refuses a stylesheet that still points at a file the page would have to fetch', () => {
    const files: Record<string, Asset> = { ...FILES, './assets/index.css': asset('@font-face{src:url(./font.woff2)}', 'text/css') };
    expect(() => inlineDocument(PAGE, (ref) => files[ref], NO_RUNTIME)).toThrow(/font\.woff2/);
  });

  it('refuses code that the HTML parser would not hand back unchanged (so its hash would not match)', () => {
    const files: Record<string, Asset> = { ...FILES, './assets/index.js': asset('x = "<!-- <script>";', 'text/javascript') };
    expect(() => inlineDocument(PAGE, (ref) => files[ref], NO_RUNTIME)).toThrow(/HTML parsing/);
  });

  it('refuses a page whose script is not among the built files', () => {
    expect(() => inlineDocument(PAGE, () => undefined, NO_RUNTIME)).toThrow(/index\.js/);
  });
});

describe('the speaker view reveal.js writes at run time', () => {
  it('decodes JavaScript string escapes', () => {
    expect(decodeStringLiteral(String.raw`a\n\t\x41\u0042\u{1F600}\'\"\\<\/script>`)).toBe('a\n\tAB\u{1F600}\'"\\</script>');
  });

  it('finds the HTML passed to document.write', () => {
    expect(speakerViewHtml(`x.document.write("<p>\\"hi\\"<\\/p>"), y("z")`)).toBe('<p>"hi"</p>');
  });

  it('lists the installed plugin’s inline script, style and style attributes', () => {
    const sources = speakerViewSources();
    expect(sources.scripts).toHaveLength(1);
    expect(sources.scripts[0]).toContain('reveal-notes');
    expect(sources.styles).toHaveLength(1);
    expect(sources.styleAttributes).toContain('display: none');
  });
});

describe('where --single-file writes', () => {
  it('writes the named file, or <article>.html inside a folder', () => {
    const here = process.cwd();
    expect(outFileFor('talk.html', '/a/b/my-talk.md')).toBe(`${here}/talk.html`);
    expect(outFileFor('dist/', '/a/b/my-talk.md')).toBe(`${here}/dist/my-talk.html`);
    expect(outFileFor('tests', '/a/b/my-talk.md')).toBe(`${here}/tests/my-talk.html`);
  });
});
