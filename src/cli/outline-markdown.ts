/**
 * `deck outline --markdown`: the outline written as a Markdown article that builds the same deck,
 * to stdout or to a file. Local images are written as paths from the file's own folder.
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { removeOnInterrupt } from '../build/interrupt.ts';
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
  if (path.resolve(file) === path.resolve(article)) {
    throw new DeckError('usage', '--out names the article itself: write the Markdown to another file, e.g. --out talk.md', { file });
  }
  // Whole or not at all: a sibling temporary file, renamed over the target.
  const folder = path.dirname(path.resolve(file));
  await mkdir(folder, { recursive: true });
  const tmp = path.join(folder, `.deck-tmp-${path.basename(file)}-${process.pid}-${Date.now()}`);
  const forget = removeOnInterrupt(() => [tmp]);
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } finally {
    forget();
    await rm(tmp, { force: true });
  }
}
