/**
 * `deck outline --markdown`: the outline written as a Markdown article that builds the same deck,
 * to stdout or to a file. Local images are written as paths from the file's own folder.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../build/atomic.ts';
import { DeckError } from '../errors.ts';
import { imagePathFrom, outlineToMarkdown } from '../outline/to-markdown.ts';
import type { Outline } from '../types.ts';
import { displayPath } from './io.ts';

export interface WrittenMarkdown {
  text: string;
  /** One line per image the written file cannot show. */
  warnings: string[];
}

/** The Markdown for `outline`, as a file at `writtenTo` (default: beside the article) would hold it. */
export function markdownFor(outline: Outline, writtenTo = outline.file): WrittenMarkdown {
  const folder = path.dirname(path.resolve(writtenTo));
  const warnings: string[] = [];
  const imageSrc = (src: string) => {
    const written = imagePathFrom(folder, src);
    if (src.startsWith('file:') && /^(?:\.\.\/|\/|[a-z]:)/i.test(written)) {
      warnings.push(`image "${displayPath(fileURLToPath(src))}" is outside the folder of ${path.basename(writtenTo)}, so its build leaves it out: write the Markdown next to the article`);
    }
    return written;
  };
  return { text: outlineToMarkdown(outline, { imageSrc }), warnings };
}

/** Writes the Markdown whole or not at all, never over the article itself. */
export async function writeMarkdownFile(file: string, text: string, article: string): Promise<void> {
  if (sameFile(file, article)) {
    throw new DeckError('usage', '--out names the article itself: write the Markdown to another file, e.g. --out talk.md', { file });
  }
  await writeFileAtomically(file, text);
}

/** The same file, also through a link or another spelling of its path. */
function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [x, y] = [statSync(a, { throwIfNoEntry: false }), statSync(b, { throwIfNoEntry: false })];
  return Boolean(x && y && x.dev === y.dev && x.ino === y.ino);
}
