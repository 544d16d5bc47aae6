/** The few hast helpers the HTML reader needs: walking, attributes as strings, text. */
import type { Element, Nodes, Root } from 'hast';

export type Parent = Root | Element;

export function isElement(node: Nodes | undefined, ...names: string[]): node is Element {
  return node?.type === 'element' && (names.length === 0 || names.includes(node.tagName));
}

/** Every element under `node` (itself included), depth first, in document order. */
export function elements(node: Parent): Element[] {
  const out: Element[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'element') out.push(current);
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return out;
}

/** An attribute as one string ('' when absent); list-valued ones (class, rel) joined by spaces. */
export function attr(element: Element, name: string): string {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return '';
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Text content, whitespace collapsed (like `textContent`, but `<br>` counts as a space). */
export function textOf(node: Nodes): string {
  const parts: string[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (current.type === 'text') parts.push(current.value);
    else if (current.type === 'element' && current.tagName === 'br') parts.push(' ');
    if ('children' in current) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Removes, everywhere under `node`, the elements `drop` says to; returns how many it removed. */
export function removeWhere(node: Parent, drop: (element: Element) => boolean): number {
  let removed = 0;
  const visit = (parent: Parent) => {
    parent.children = parent.children.filter((child) => {
      if (child.type !== 'element') return child.type !== 'comment';
      if (drop(child)) {
        removed++;
        return false;
      }
      visit(child);
      return true;
    }) as typeof parent.children;
  };
  visit(node);
  return removed;
}

const INLINE = new Set('a abbr b bdi bdo cite code data dfn em i kbd mark q s samp small span strong sub sup time u var wbr'.split(' '));

/** Text content with a space wherever a block (list item, paragraph, cell) ends: "Share this: Facebook X". */
export function spacedText(node: Nodes): string {
  const parts: string[] = [];
  const visit = (current: Nodes) => {
    if (current.type === 'text') parts.push(current.value);
    else if (current.type === 'element' && !INLINE.has(current.tagName)) parts.push(' ');
    if ('children' in current) current.children.forEach((child) => visit(child as Nodes));
    if (current.type === 'element' && !INLINE.has(current.tagName)) parts.push(' ');
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
