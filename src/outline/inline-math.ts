/** The TeX of every inline formula in an article's tree (remark-math's `inlineMath` nodes), each once. */
import type { Nodes, Root } from 'mdast';

export function inlineMathOf(tree: Root): string[] {
  const found = new Set<string>();
  const visit = (node: Nodes) => {
    const { type, value } = node as { type: string; value?: string };
    if (type === 'inlineMath' && value) found.add(value);
    if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
  };
  visit(tree);
  return [...found];
}
