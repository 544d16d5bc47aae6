/**
 * Drops the furniture any article can drag along at its end, whatever its format: a trailing run of
 * comment prompts, share bars, tag lines, cookie notices (src/vocab/furniture). The plain-text
 * reader finds a page's furniture by shape and place before this (src/read/text/page.ts).
 */
import type { RootContent } from 'mdast';
import type { Dropped } from '../types.ts';
import { COOKIES, furnitureOf } from '../vocab/furniture/index.ts';
import { lineOf, textOf } from './blocks.ts';

const MAX_WORDS = 12;

export function dropBoilerplate(nodes: RootContent[]): { kept: RootContent[]; dropped: Dropped[] } {
  let end = nodes.length;
  const reasons: string[] = [];
  for (let reason = reasonOf(nodes[end - 1]); end > 0 && reason; reason = reasonOf(nodes[end - 1])) {
    reasons.unshift(reason);
    end--;
  }
  const dropped = nodes.slice(end).map((node, i) => ({ text: textOf(node), line: lineOf(node), reason: reasons[i]! }));
  return { kept: nodes.slice(0, end), dropped };
}

function reasonOf(node: RootContent | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'thematicBreak') return 'page tail';
  if (node.type === 'list') {
    const reasons = node.children.map((item) => furnitureReason(textOf(item)));
    return node.children.length > 0 && reasons.every(Boolean) ? reasons[0] : undefined;
  }
  if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'html') return undefined;
  return furnitureReason(textOf(node));
}

function furnitureReason(text: string): string | undefined {
  const line = text.trim();
  if (!line) return 'page tail';
  const match = furnitureOf(line);
  if (!match) return undefined;
  if (match.kind === COOKIES) return match.kind.reason;
  return match.strength === 'line' && line.split(/\s+/).length <= MAX_WORDS ? match.kind.reason : undefined;
}
