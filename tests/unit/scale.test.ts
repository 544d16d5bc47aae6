/**
 * Scale: a generated 2 MB article with 2,000 sections builds, with every body paragraph in the
 * notes. Times are printed for 100, 1,000 and 2,000 sections (not asserted: the machine decides).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Nodes } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build/deck.ts';
import { compileText } from '../../src/pipeline-in-memory.ts';
import { longArticle, sentenceAt } from '../fixtures/generate.ts';
import { tempDir } from '../helpers/build.ts';

/** The text of each paragraph inside `<aside class="notes">`. */
function notesParagraphs(html: string): Set<string> {
  const found = new Set<string>();
  const text = (node: Nodes): string => (node.type === 'text' ? node.value : 'children' in node ? node.children.map(text).join('') : '');
  const stack: [Nodes, boolean][] = [[unified().use(rehypeParse).parse(html), false]];
  while (stack.length) {
    const [node, inNotes] = stack.pop()!;
    if (node.type === 'element' && inNotes && node.tagName === 'p') found.add(text(node));
    const notes = inNotes || (node.type === 'element' && node.tagName === 'aside' && String(node.properties.className).includes('notes'));
    if ('children' in node) for (const child of node.children) stack.push([child, notes]);
  }
  return found;
}

const paragraph = (section: number, p: number) => [0, 1, 2].map((k) => sentenceAt(section, p * 3 + k)).join(' ');
const cpuMs = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return Math.round((user + system) / 1000);
};

describe('a long article', () => {
  it('compiles in time proportional to its size (100, 1,000, 2,000 sections)', () => {
    compileText(longArticle(50, 'txt'), 'warm-up.txt');
    for (const sections of [100, 1000, 2000]) {
      const text = longArticle(sections, 'txt');
      const wall = performance.now();
      const cpu = process.cpuUsage();
      const { deck } = compileText(text, 'long.txt');
      console.log(`scale: ${sections} sections, ${(text.length / 1e6).toFixed(2)} MB → ${deck.slides.length} slides in ${Math.round(performance.now() - wall)} ms (${cpuMs(cpu)} ms CPU)`);
      expect(deck.slides.filter((s) => s.kind === 'section')).toHaveLength(sections);
    }
  }, 120_000);

  it('of 2 MB and 2,000 sections builds, and its notes hold every paragraph', async () => {
    const text = longArticle(2000, 'txt');
    expect(text.length).toBeGreaterThan(2_000_000);
    const dir = await tempDir('scale');
    const file = path.join(dir, 'long.txt');
    await writeFile(file, text);
    const wall = performance.now();
    const { outDir, compiled } = await buildDeck(file, path.join(dir, 'deck'));
    console.log(`scale: built 2,000 sections in ${Math.round(performance.now() - wall)} ms, peak RSS of the test process ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(html.match(/<section class="slide /g)).toHaveLength(compiled.deck.slides.length);
    const notes = notesParagraphs(html);
    for (let s = 1; s <= 2000; s++) for (let p = 0; p < 3; p++) expect(notes.has(paragraph(s, p))).toBe(true);
  }, 300_000);
});
