/** Drops the furniture a blog copy drags along at its end: comment prompts, share bars, cookie notices. */
import type { RootContent } from 'mdast';
import type { Dropped } from '../types.ts';
import { lineOf, textOf } from './blocks.ts';
import { BOILERPLATE } from './cues.ts';

export function dropBoilerplate(nodes: RootContent[]): { kept: RootContent[]; dropped: Dropped[] } {
  let end = nodes.length;
  while (end > 0 && isBoilerplate(nodes[end - 1]!)) end--;
  const dropped = nodes.slice(end).map((node) => ({ text: textOf(node), line: lineOf(node), reason: 'blog furniture' }));
  return { kept: nodes.slice(0, end), dropped };
}

function isBoilerplate(node: RootContent): boolean {
  if (node.type === 'thematicBreak') return true;
  if (node.type === 'list') return node.children.length > 0 && node.children.every((item) => matches(textOf(item)));
  if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'html') return false;
  return matches(textOf(node));
}

function matches(text: string): boolean {
  const line = text.trim();
  if (!line) return true;
  const cookie = /\bcookies?\b/i.test(line) && line.split(/\s+/).length <= 60;
  return cookie || (line.split(/\s+/).length <= 12 && BOILERPLATE.test(line));
}
