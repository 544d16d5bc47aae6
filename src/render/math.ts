/**
 * Formulas typeset at build time with KaTeX, as HTML (what the eye reads) and MathML (what a
 * screen reader reads); no KaTeX script reaches the page. The layouts and notes put a formula in
 * the tree as text: display math as the text of a `.math-display` element, inline math as
 * `\(TeX\)` inside any text, typeset only when the article had it as a formula (`inline`), so a
 * regular expression about parentheses stays as written. A formula KaTeX cannot read stays its TeX,
 * in code style (the planner warned about it with its line).
 *
 * KaTeX and the HTML parser load the first time a deck has a formula.
 */
import { createRequire } from 'node:module';
import type { Element, ElementContent, Nodes, Root } from 'hast';
import { h } from 'hastscript';

const load = createRequire(import.meta.url);
/** Text inside these is never typeset: code is code. */
const LITERAL = new Set(['code', 'pre', 'script', 'style', 'math', 'kbd', 'samp']);

/**
 * Typesets the formulas of `tree` in place: every `.math-display` element's TeX, and each `\(TeX\)`
 * whose TeX is in `inline`. Returns how many it typeset (0: the deck needs no math styles).
 */
export function typesetMath(tree: Nodes, inline: readonly string[] = []): number {
  const known = new Set(inline);
  let count = 0;
  const visit = (node: Nodes, notes: boolean) => {
    if (node.type === 'element' && LITERAL.has(node.tagName)) return;
    // Notes also show in the speaker view's own window, which has no KaTeX stylesheet: MathML alone there.
    const inNotes = notes || (node.type === 'element' && hasClass(node, 'notes'));
    if (node.type === 'element' && hasClass(node, 'math-display')) {
      const tex = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      node.children = typeset(tex, true, inNotes);
      count++;
      return;
    }
    if (!('children' in node)) return;
    if (!known.size) return void node.children.forEach((child) => visit(child as Nodes, inNotes));
    const children: ElementContent[] = [];
    for (const child of node.children as ElementContent[]) {
      if (child.type !== 'text' || !child.value.includes('\\(')) {
        visit(child, inNotes);
        children.push(child);
        continue;
      }
      for (const part of splitInline(child.value, known)) {
        if (typeof part === 'string') children.push({ type: 'text', value: part });
        else {
          children.push(...typeset(part.tex, false, inNotes));
          count++;
        }
      }
    }
    (node as Element | Root).children = children as Element['children'];
  };
  visit(tree, false);
  return count;
}

/** `text` cut into plain runs and the known formulas written in it as `\(TeX\)`. */
export function splitInline(text: string, known: ReadonlySet<string>): (string | { tex: string })[] {
  const parts: (string | { tex: string })[] = [];
  let at = 0;
  for (const match of text.matchAll(/\\\((.+?)\\\)/gs)) {
    if (!known.has(match[1]!)) continue;
    if (match.index > at) parts.push(text.slice(at, match.index));
    parts.push({ tex: match[1]! });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

const cache = new Map<string, ElementContent[]>();

/**
 * One formula as hast: KaTeX's HTML and MathML (MathML alone with `mathmlOnly`, which browsers
 * draw without a stylesheet), or its TeX as code when KaTeX cannot read it.
 */
export function typeset(tex: string, display: boolean, mathmlOnly = false): ElementContent[] {
  const key = `${display ? 'D' : 'I'}${mathmlOnly ? 'M' : 'H'}${tex}`;
  let out = cache.get(key);
  if (!out) {
    try {
      const katex = load('katex') as { renderToString(tex: string, options: object): string };
      const output = mathmlOnly ? 'mathml' : 'htmlAndMathml';
      out = parseFragment(katex.renderToString(tex, { output, throwOnError: true, displayMode: display, trust: false, strict: 'ignore' }));
    } catch {
      out = [h('code.math-error', tex)];
    }
    cache.set(key, out);
  }
  return structuredClone(out);
}

function parseFragment(html: string): ElementContent[] {
  const { unified } = load('unified') as typeof import('unified');
  const rehypeParse = (load('rehype-parse') as { default: typeof import('rehype-parse').default }).default;
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root;
  stripPositions(tree);
  return tree.children as ElementContent[];
}

function stripPositions(node: Nodes): void {
  delete node.position;
  if ('children' in node) node.children.forEach((child) => stripPositions(child as Nodes));
}

function hasClass(el: Element, name: string): boolean {
  const c = el.properties.className;
  return Array.isArray(c) && c.includes(name);
}
