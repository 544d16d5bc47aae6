/** Small queries over a hast tree: finding an element, collecting the inline code a policy must allow. */
import type { Element, Root } from 'hast';
import type { InlineSources } from '../vite/csp-hash.ts';

export function find(node: Root | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = find(child, tagName);
    if (found) return found;
  }
  return undefined;
}

/** Every inline script, style element and style attribute in the tree. */
export function inlineSourcesOfTree(node: Root | Element): InlineSources {
  const found: InlineSources = { scripts: [], styles: [], styleAttributes: [] };
  const visit = (n: Root | Element) => {
    for (const child of n.children) {
      if (child.type !== 'element') continue;
      const content = child.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      if (child.tagName === 'script' && child.properties.src === undefined) found.scripts.push(content);
      if (child.tagName === 'style') found.styles.push(content);
      if (typeof child.properties.style === 'string') found.styleAttributes.push(child.properties.style);
      visit(child);
    }
  };
  visit(node);
  return found;
}
