/**
 * The speaker's own stylesheet (`theme: ./brand.css`), checked before it joins the deck. It is the
 * user's file, not article text, but it is still only CSS: nothing in it may load a script or reach
 * the network. Parsed with PostCSS (errors at the stylesheet's line): `@import`, web addresses and
 * the old script hooks (`expression()`, `behavior`, `-moz-binding`) are refused; each local url()
 * (a font, an image) is handed to `rename`, which copies the file into the deck and gives its new
 * name. Comments go; every `<` is escaped, so the text can never close a `<style>` element.
 */
import postcss, { CssSyntaxError, type Node } from 'postcss';
import { DeckError } from '../errors.ts';

/** `url(x)`, `url('x')`, `url("x")`. */
const URL_TOKEN = /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^'")\s]*))\s*\)/gi;
const SCRIPT_HOOKS = /^(?:behavior|-moz-binding)$/i;

export type Rename = (ref: string, line: number) => string;

export function checkBrandCss(text: string, file: string, rename: Rename): string {
  let root: postcss.Root;
  try {
    root = postcss.parse(text, { from: file });
  } catch (error) {
    if (error instanceof CssSyntaxError) throw new DeckError('unsupported', `not valid CSS: ${error.reason}`, { file, line: error.line });
    throw error;
  }
  const fail = (node: Node, what: string): never => {
    throw new DeckError('unsupported', what, { file, line: node.source?.start?.line });
  };
  const urls = (node: Node, value: string): string =>
    value.replace(URL_TOKEN, (whole, double?: string, single?: string, bare?: string) => {
      const ref = (double ?? single ?? bare ?? '').trim();
      if (!ref || ref.startsWith('#') || /^data:/i.test(ref)) return whole;
      if (/^(?:https?:)?\/\//i.test(ref)) return fail(node, `url(${ref}) is on another site: the deck must work offline; save the file next to the stylesheet and name it instead`);
      if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return fail(node, `url(${ref}) is not a file: only files next to the stylesheet and data: URLs can be used`);
      return `url("${rename(ref, node.source?.start?.line ?? 1)}")`;
    });
  root.walk((node) => {
    if (node.type === 'comment') return void node.remove();
    if (node.type === 'atrule') {
      if (node.name.toLowerCase() === 'import') fail(node, '@import is not followed: put its rules in this stylesheet');
      if (node.name.toLowerCase() === 'charset') return void node.remove();
      node.params = urls(node, node.params);
    }
    if (node.type === 'decl') {
      if (SCRIPT_HOOKS.test(node.prop) || /expression\s*\(/i.test(node.value)) fail(node, `"${node.prop}: ${node.value}" could run script: leave it out`);
      node.value = urls(node, node.value);
    }
  });
  return root.toString().replace(/</g, '\\3c ');
}
