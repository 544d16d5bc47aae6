/**
 * Markup of other Markdown dialects that is not what the article says: kramdown's attribute lists
 * (`{: .notice}`, `{:toc}` after `* TOC`, `{::comment}…{:/comment}`), heading ids (`## Setup
 * {#setup}`), table of contents markers alone on a line (`[TOC]`, `[[_TOC_]]`, `${toc}`),
 * Obsidian's private `%%comments%%`, and the fences of container blocks (`:::tip` … `:::` in
 * Docusaurus, VitePress or Pandoc), whose content stays. Nothing inside code (`protect`) is touched.
 */
import type { Dropped } from '../types.ts';
import { cut, type Edit } from './source-edits.ts';
import { escaped, lineAt } from './text-offsets.ts';

const PATTERNS: [RegExp, string][] = [
  // kramdown's generated table of contents: a one-item list "* TOC" marked {:toc}.
  [/^[ \t]*(?:[*+-]|1\.)[ \t]+[^\n]*\n[ \t]*\{:[ \t]*\.?toc[ \t]*\}[ \t]*$/gim, 'table of contents'],
  [/^[ \t]*(?:\[TOC\]|\[\[_?TOC_?\]\]|\$\{toc\}|@\[toc\](?:\([^)\n]*\))?)[ \t]*$/gim, 'table of contents'],
  [/\{::comment\}[\s\S]*?\{:\/(?:comment)?\}/g, 'markup extension'],
  // Obsidian's private comments: %%a note%% within a paragraph, or %% lines around whole blocks.
  [/^[ \t]*%%[ \t]*\n[\s\S]*?\n[ \t]*%%[ \t]*$/gm, 'comment'],
  [/%%(?:(?!\n[ \t]*\n)[^%\\]|\\.|%(?!%))+?%%/g, 'comment'],
  [/\{::(?:options|nomarkdown)\b[^}\n]*\}|\{:\/(?:nomarkdown)?\}/g, 'markup extension'],
  [/\{:[^}\n]*\}/g, 'markup extension'],
  // A heading's id or classes (Hugo, kramdown, Pandoc): "## Setup {#setup}".
  [/^#{1,6}[ \t][^\n]*?(?<cut>[ \t]+\{(?:[#.][^}\n]*|-)\})[ \t#]*$/dgm, 'markup extension'],
  [/^[ \t]*:{3,}[ \t]*(?:[\w-]+|\{[^}\n]*\})?[^\n]*$/gm, 'markup extension'],
];
const MARKERS = /\{[:#.-]|TOC|toc|%%|^[ \t]*:::/m;

export function findMarkupExtensions(text: string, protect: [number, number][]): { edits: Edit[]; dropped: Dropped[] } {
  const found = { edits: [] as Edit[], dropped: [] as Dropped[] };
  if (!MARKERS.test(text)) return found;
  const taken: [number, number][] = [...protect];
  const overlaps = (from: number, to: number) => taken.some(([start, end]) => from < end && to > start);
  for (const [pattern, reason] of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      // Only the named group `cut` when a pattern has one (the heading around an id stays).
      const [from, to] = match.indices?.groups?.['cut'] ?? [match.index, match.index + match[0].length];
      if (overlaps(from, to) || escaped(text, from)) continue;
      taken.push([from, to]);
      found.edits.push(cut(text, from, to));
      found.dropped.push({ text: text.slice(from, to).trim().replace(/\s+/g, ' '), line: lineAt(text, from), reason });
    }
  }
  return found;
}

