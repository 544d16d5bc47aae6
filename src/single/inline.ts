/**
 * Folds a built deck page and its files into one HTML document: scripts become one inline
 * classic script at the end of `<body>` (module scripts do not load from file://), stylesheets
 * become `<style>`, images and the icon become data: URLs, hints to fetch anything are dropped,
 * and a Content-Security-Policy naming each inline piece by its hash goes first in `<head>`.
 * Pure: files come from `load`, the result is a string.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { InlineSources } from '../vite/csp-hash.ts';
import { singleFilePolicy } from './policy.ts';
import { find, inlineSourcesOfTree } from './tree.ts';

export interface Asset {
  bytes: Uint8Array;
  /** MIME type, e.g. `image/png`. */
  type: string;
}

/** Returns the file a local reference (`./assets/x.js`, `photo.png`) names, or nothing. */
export type LoadAsset = (ref: string) => Asset | undefined;

export interface Inlined {
  html: string;
  policy: string;
  /** References left out of the file (remote images), for the build to report. */
  warnings: string[];
}

/** Hints to fetch something later: nothing is fetched from a single file. */
const DROPPED_LINKS = ['modulepreload', 'preload', 'prefetch', 'preconnect', 'dns-prefetch', 'manifest'];
/** Links the browser fetches by itself (others, like `canonical`, are only addresses). */
const FETCHED_LINKS = ['stylesheet', 'icon', 'apple-touch-icon', 'mask-icon'];

/** `runtime`: inline code the page's scripts write later (the speaker view), allowed by hash too. */
export function inlineDocument(html: string, load: LoadAsset, runtime: InlineSources): Inlined {
  const tree = unified().use(rehypeParse).parse(html);
  const scripts: string[] = [];
  const warnings: string[] = [];

  const need = (ref: string, what: string): Asset => {
    const asset = load(ref);
    if (!asset) throw new Error(`single file: ${what} ${ref} is not among the built files`);
    return asset;
  };
  const dataUrl = (ref: string): string | undefined => {
    const asset = load(ref);
    return asset && `data:${asset.type};base64,${Buffer.from(asset.bytes).toString('base64')}`;
  };

  const rewrite = (node: Element): Element | undefined => {
    const p = node.properties;
    const rel = Array.isArray(p.rel) ? p.rel.map(String) : [];
    if (node.tagName === 'meta' && String(p.httpEquiv ?? '').toLowerCase() === 'content-security-policy') return undefined;
    if (node.tagName === 'script' && typeof p.src === 'string') {
      scripts.push(text(need(p.src, 'script')));
      return undefined;
    }
    if (node.tagName === 'link' && rel.some((r) => DROPPED_LINKS.includes(r))) return undefined;
    if (node.tagName === 'link' && typeof p.href === 'string') {
      if (!isLocal(p.href)) {
        if (!rel.some((r) => FETCHED_LINKS.includes(r))) return node;
        warnings.push(`${p.href}: not embedded (a remote file would need the network)`);
        return undefined;
      }
      if (rel.includes('stylesheet')) return h('style', checkedCss(embedUrls(text(need(p.href, 'stylesheet')), p.href, dataUrl)));
      const href = dataUrl(p.href);
      if (href) return { ...node, properties: { ...p, href } };
      warnings.push(`${p.href}: not found, left out`);
      return undefined;
    }
    if (typeof p.src === 'string' && !p.src.startsWith('data:')) {
      // `srcset` would offer other files to fetch; the embedded `src` is enough offline.
      const { src: _, srcSet: __, ...rest } = p;
      const src = isLocal(p.src) ? dataUrl(p.src) : undefined;
      if (src) return { ...node, properties: { ...rest, src } };
      warnings.push(`${p.src}: ${isLocal(p.src) ? 'not found' : 'remote, and the file must work offline'}; its alt text shows instead`);
      return { ...node, properties: rest };
    }
    return { ...node, children: rewriteAll(node.children) };
  };
  const rewriteAll = <T extends RootContent | ElementContent>(children: T[]): T[] =>
    children.flatMap((child): T[] => {
      if (child.type !== 'element') return [child];
      const replaced = rewrite(child);
      return replaced ? [replaced as T] : [];
    });

  const root: Root = { ...tree, children: rewriteAll(tree.children) };
  const head = find(root, 'head');
  const body = find(root, 'body');
  if (!head || !body) throw new Error('single file: the page has no <head> or <body>');
  // Classic scripts run where they stand: at the end of <body> the slides already exist.
  body.children.push(...scripts.map((code) => h('script', safeScript(code))));

  const embedded = inlineSourcesOfTree(root);
  const policy = singleFilePolicy({
    scripts: [...embedded.scripts, ...runtime.scripts],
    styles: [...embedded.styles, ...runtime.styles],
    styleAttributes: [...embedded.styleAttributes, ...runtime.styleAttributes, ...scripts.flatMap(styleAttributesIn)],
  });
  // The policy must precede every script and style it governs: right after <meta charset>.
  const charset = head.children.findIndex((c) => c.type === 'element' && c.tagName === 'meta' && 'charSet' in c.properties);
  head.children.splice(charset + 1, 0, h('meta', { httpEquiv: 'Content-Security-Policy', content: policy }));
  const out = toHtml(root);
  // A hash only matches if the parser hands the engine exactly the text we hashed.
  const parsed = inlineSourcesOfTree(unified().use(rehypeParse).parse(out)).scripts;
  if (parsed.length !== embedded.scripts.length || parsed.some((s, i) => s !== embedded.scripts[i])) {
    throw new Error('single file: an inline script does not survive HTML parsing unchanged');
  }
  return { html: out, policy, warnings };
}

/**
 * A stylesheet the build did not bundle (a brand's, src/vite/brand-assets.ts) names its files
 * beside it: each becomes a data: URL. What is not found stays, for checkedCss to refuse.
 */
function embedUrls(css: string, href: string, dataUrl: (ref: string) => string | undefined): string {
  const dir = href.replace(/[?#].*$/s, '').replace(/[^/]*$/, '');
  return css.replace(/url\(\s*(['"]?)(?!data:|#)([^'")]+)\1\s*\)/g, (whole, _quote: string, ref: string) => {
    const embedded = isLocal(ref) && !/^file:/i.test(ref) ? dataUrl(dir + ref) : undefined;
    return embedded ? `url("${embedded}")` : whole;
  });
}

/** The build inlines every asset the CSS uses; a url() left over would be a request the policy blocks. */
function checkedCss(css: string): string {
  const left = [...css.matchAll(/url\(\s*(['"]?)(?!data:|#)([^'")]+)\1\s*\)/g)].map((m) => m[2]);
  if (left.length) throw new Error(`single file: the stylesheet still refers to ${left.join(', ')}`);
  return css;
}

/** A file next to the page or the article (relative, or a `file:` URL), not a web address. */
function isLocal(ref: string): boolean {
  return /^file:/i.test(ref) || !/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(ref);
}

/** Text as the HTML parser will hand it to the script engine (which is what the hash must match). */
function text(asset: Asset): string {
  return new TextDecoder().decode(asset.bytes).replace(/\r\n?/g, '\n');
}

/** `</script` would end the element early; `<\/script` means the same inside strings and regexes. */
function safeScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** `style="…"` attributes the code may write with innerHTML (reveal.js's search box does). */
function styleAttributesIn(code: string): string[] {
  return [...code.matchAll(/style=\\?["']([^"'\\<>]*)\\?["']/g)].map((m) => m[1]!);
}
