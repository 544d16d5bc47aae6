/**
 * A web page (`.html`, `.htm`, e.g. saved from a browser) → mdast, like the other readers.
 *
 * rehype-parse reads the page as a browser would (nothing runs); the reader picks the article body
 * and strips the page around it (html/content.ts), then the furniture inside the body that only its
 * shape gives away (html/furniture.ts), refuses a page with no article in it (html/refuse.ts), reads
 * title, author, date and language (html/meta.ts), and hands the body to hast-util-to-mdast. A body
 * written as `<br>`-separated lines goes through the plain-text reader instead (html/structure.ts).
 * Nodes keep the page's lines; every block left out is listed in `dropped` with its reason.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { markPullQuotes, technicalHandlers } from './html/technical.ts';
import type { Nodes, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { ArticleMeta, Dropped } from '../types.ts';
import { chooseContent, pruneContent } from './html/content.ts';
import { dropBodyFurniture } from './html/furniture.ts';
import { attr, elements, isElement, removeWhere } from './html/hast.ts';
import { fillFromByline } from './html/byline.ts';
import { readHtmlMeta } from './html/meta.ts';
import { checkArticle, findWalls } from './html/refuse.ts';
import { dropSiteName } from './html/title.ts';
import { demoteSentenceHeadings, demoteSubtitle, isLineSoup, promoteBoldHeadings, toLines } from './html/structure.ts';
import { checkElementDepth } from './limits.ts';
import { normalizeText } from './normalize.ts';
import { readText } from './text.ts';

const parser = unified().use(rehypeParse);

export function readHtml(raw: string, file: string): { tree: Root; meta: ArticleMeta; dropped: Dropped[] } {
  const page = parser.parse(normalizeText(raw)) as HastRoot;
  checkElementDepth(page, file);
  markPullQuotes(page);
  const coarse = chooseContent(page);
  const walls = findWalls(coarse);
  const meta = readHtmlMeta(page, coarse);
  const { content, dropped } = pruneContent(coarse);
  useImages(content);
  dropped.push(...dropSiteName(content, meta.title));
  const body = dropBodyFurniture(content);
  dropped.push(...body.dropped);
  const lineSoup = isLineSoup(content);
  if (!lineSoup) {
    promoteBoldHeadings(content);
    demoteSentenceHeadings(content);
    demoteSubtitle(content, meta.title);
  }
  checkArticle({ content, walls, teasers: body.teasers, file });
  dropped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  fillFromByline(meta, dropped);
  if (lineSoup) {
    const read = readLines(content, meta, file);
    dropped.push(...read.dropped);
    dropped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { tree: read.tree, meta, dropped };
  }
  const tree = toMdast({ type: 'root', children: [content] }, { handlers: technicalHandlers }) as Root;
  tidy(tree);
  return { tree, meta, dropped };
}

/**
 * Images without alt text are decoration (spacers, icons): nothing to show or say, so they go.
 * Pages that load images late keep the real address in `data-src`; `src` holds a placeholder.
 */
function useImages(content: Element): void {
  removeWhere(content, (el) => isElement(el, 'img') && !attr(el, 'alt').trim());
  for (const img of elements(content)) {
    if (!isElement(img, 'img')) continue;
    const lazy = attr(img, 'dataSrc') || attr(img, 'dataLazySrc') || attr(img, 'dataOriginal');
    const src = attr(img, 'src');
    if (lazy && (!src || src.startsWith('data:'))) img.properties.src = lazy;
  }
}

/**
 * The body as lines of plain text, read by the text reader, with its lines (and those of what it
 * dropped) mapped back to the page.
 */
function readLines(content: Element, meta: ArticleMeta, file: string): { tree: Root; dropped: Dropped[] } {
  const { text, lines } = toLines(content);
  // The text reader takes the first line for the title: give it the page's.
  const head = meta.title ? `${meta.title}\n\n` : '';
  const { tree, dropped } = readText(head + text, file);
  const offset = head ? 2 : 0;
  const pageLine = (line: number) => lines[line - 1 - offset] ?? lines[0]!;
  const visit = (node: Nodes) => {
    if (node.position) {
      node.position = {
        start: { ...node.position.start, line: pageLine(node.position.start.line) },
        end: { ...node.position.end, line: pageLine(node.position.end.line) },
      };
    }
    if ('children' in node) node.children.forEach((child) => visit(child as Nodes));
  };
  visit(tree);
  return { tree, dropped: dropped.map((d) => (d.line ? { ...d, line: pageLine(d.line) } : d)) };
}

/**
 * Line breaks become spaces (a `<br>` separates words), and nodes hast-util-to-mdast made up
 * (implicit paragraphs) take the position of their first child, so messages can name a line.
 */
function tidy(tree: Root): void {
  const visit = (node: Nodes): { start: { line: number; column: number }; end: { line: number; column: number } } | undefined => {
    if ('children' in node) {
      node.children = node.children.map((child) => (child.type === 'break' ? { type: 'text', value: ' ', position: child.position } : child)) as typeof node.children;
      let first: ReturnType<typeof visit>;
      for (const child of node.children) {
        const position = visit(child as Nodes);
        first ??= position;
      }
      if (!node.position && first) node.position = first;
    }
    return node.position && { start: node.position.start, end: node.position.end };
  };
  visit(tree);
}
