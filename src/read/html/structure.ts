/**
 * Where a page's markup does not say what is a heading or a paragraph: headings only in bold and
 * text as lines separated by `<br>` (old blog editors), and heading elements that are no section
 * (a subtitle under the title, a sentence set in a heading's type).
 */
import type { Element, ElementContent } from 'hast';
import { QUESTION } from '../../vocab/qa.ts';
import { FAQ_HEADINGS } from '../../vocab/sections.ts';
import { comparable } from '../normalize.ts';
import { elements, isElement, textOf } from './hast.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const BLOCKS = new Set([...HEADINGS, 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section', 'article', 'main', 'figure', 'figcaption', 'table', 'tr', 'hr', 'center']);

/**
 * With no `<h2>`–`<h6>` on the page, a short paragraph that is bold from end to end and followed by
 * more text is a heading: `<h2>`, or `<h3>` for a question under an FAQ heading.
 */
export function promoteBoldHeadings(content: Element): void {
  const all = elements(content);
  if (all.some((el) => isElement(el, 'h2', 'h3', 'h4', 'h5', 'h6'))) return;
  let inFaq = false;
  for (const el of all) {
    if (!isElement(el, 'p', 'div') || !isBoldLine(el)) continue;
    const text = textOf(el);
    if (text.length > 100 || text.split(' ').length > 12 || /[.,;:!…]$/u.test(text)) continue;
    const question = QUESTION.test(text);
    el.tagName = inFaq && question ? 'h3' : 'h2';
    if (!question) inFaq = FAQ_HEADINGS.test(text);
  }
}

/**
 * A "heading" that is a long sentence ending in a full stop is a standfirst or a pull quote set in a
 * heading's type (Medium's subtitle is an `<h2>`): a paragraph, not a section.
 */
export function demoteSentenceHeadings(content: Element): void {
  for (const el of elements(content)) {
    if (!isElement(el, 'h2', 'h3', 'h4', 'h5', 'h6')) continue;
    const text = textOf(el);
    if (/[.!。！]["”’)]?$/u.test(text) && text.split(' ').length > 10) el.tagName = 'p';
  }
}

/**
 * The heading right under the post's title, with no paragraph after it in its box, is the post's
 * subtitle (Substack's `<h3 class="subtitle">`, a news standfirst): a paragraph of the introduction,
 * not a section. A first section's heading has its paragraphs beside it.
 */
export function demoteSubtitle(content: Element, title: string | undefined): void {
  if (!title) return;
  const key = comparable(title);
  for (const el of elements(content)) {
    const kids = el.children.filter((c): c is Element => c.type === 'element' && textOf(c) !== '');
    const at = kids.findIndex((k) => isElement(k, ...HEADINGS) && comparable(textOf(k)) === key);
    const next = kids[at + 1];
    if (at < 0 || !next || !isElement(next, ...HEADINGS.slice(1)) || QUESTION.test(textOf(next))) continue;
    if (!kids.slice(at + 2).some((k) => isElement(k, 'p'))) next.tagName = 'p';
    return;
  }
}

/** Every piece of text in `el` sits inside `<b>`/`<strong>`, and there is some. */
function isBoldLine(el: Element): boolean {
  let bold = 0;
  const visit = (node: ElementContent, inBold: boolean): boolean => {
    if (node.type === 'text') {
      if (!node.value.trim()) return true;
      if (!inBold) return false;
      bold++;
      return true;
    }
    if (node.type !== 'element') return true;
    if (BLOCKS.has(node.tagName) || node.tagName === 'img') return false;
    return node.children.every((child) => visit(child, inBold || isElement(node, 'b', 'strong')));
  };
  return el.children.every((child) => visit(child, false)) && bold > 0;
}

/** True when most of the text stands outside paragraphs and lists, in lines broken by `<br>`. */
export function isLineSoup(content: Element): boolean {
  const all = elements(content);
  const breaks = all.filter((el) => isElement(el, 'br')).length;
  if (breaks < 3) return false;
  const total = textOf(content).length;
  const structured = all.filter((el) => isElement(el, 'p', 'li', 'pre', ...HEADINGS)).reduce((n, el) => n + textOf(el).length, 0);
  return structured < 0.3 * total;
}

/**
 * The content as plain-text lines (what copying it from the browser gives), each with the page line
 * it came from, for the plain-text reader. `<br>` ends a line; paragraphs and headings stand apart
 * with a blank line; list items start with "• ".
 */
export function toLines(content: Element): { text: string; lines: number[] } {
  const lines = [{ text: '', line: content.position?.start.line ?? 1 }];
  const current = () => lines.at(-1)!;
  const breakLine = () => lines.push({ text: '', line: current().line });
  const endLine = () => current().text.trim() && breakLine();
  const blankLine = () => {
    endLine();
    if (lines.at(-2)?.text.trim()) breakLine();
  };
  const visit = (node: ElementContent) => {
    if (node.type === 'text') {
      if (!current().text.trim() && node.value.trim()) {
        // A text node may start on the line before its words ("…<br />\nShare this:").
        const before = /^\s*/.exec(node.value)![0].split('\n').length - 1;
        current().line = node.position ? node.position.start.line + before : current().line;
      }
      current().text += node.value.replace(/\s+/g, ' ');
    } else if (node.type === 'element') {
      if (node.tagName === 'br') return void breakLine();
      const block = BLOCKS.has(node.tagName);
      const apart = HEADINGS.includes(node.tagName) || ['p', 'ul', 'ol', 'blockquote', 'table'].includes(node.tagName);
      if (block) (apart ? blankLine : endLine)();
      if (node.tagName === 'li') current().text += '• ';
      node.children.forEach(visit);
      if (block) (apart ? blankLine : endLine)();
    }
  };
  content.children.forEach(visit);
  return { text: lines.map((l) => l.text.trim()).join('\n'), lines: lines.map((l) => l.line) };
}
