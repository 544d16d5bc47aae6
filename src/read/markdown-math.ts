/**
 * remark-math reads any `$…$` as a formula, so prose about money ("a $29 sensor and a $34 one")
 * would lose its text to one. A pair counts as a formula only under Pandoc's rule: no space just
 * inside either dollar, and no digit right after the closing one ("$20,000 and $30,000" is prose).
 * Any other pair goes back to the text it was written as.
 */
import type { Nodes, Root } from 'mdast';

interface InlineMath {
  type: 'inlineMath';
  value: string;
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Turns the `inlineMath` nodes of `tree` (parsed from `text`) that are not formulas back into text. */
export function keepDollarsAsText(tree: Root, text: string): void {
  const visit = (node: Nodes) => {
    if (!('children' in node)) return;
    node.children = node.children.map((child) => {
      const math = child as unknown as InlineMath;
      if (math.type !== 'inlineMath') {
        visit(child as Nodes);
        return child;
      }
      const start = math.position?.start.offset;
      const end = math.position?.end.offset;
      if (start === undefined || end === undefined || isFormula(math.value, text.charAt(end))) return child;
      return { type: 'text', value: text.slice(start, end), position: math.position } as typeof child;
    }) as typeof node.children;
  };
  visit(tree);
}

/** Pandoc's test for `$tex$`: `after` is the character right after the closing dollar. */
export function isFormula(tex: string, after: string): boolean {
  return tex.trim() !== '' && !/^\s|\s$/.test(tex) && !/\d/.test(after);
}
