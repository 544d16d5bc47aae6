/**
 * A deck's folder name in the site, from its article's path: `2024/Café notes.md` → `2024-cafe-notes`.
 * Decided over the whole list of articles (sorted by path), so every shard names every deck alike:
 * the second article to claim a name gets `-2`, and so on. `assets` is the site's shared folder.
 */
import { createHash } from 'node:crypto';
import { slugify } from '../export/naming.ts';

const RESERVED = new Set(['assets']);

export function assignSlugs(rels: string[]): string[] {
  const taken = new Set<string>();
  return rels.map((rel) => {
    const stem = rel.replace(/\.[^./]+$/, '');
    let base = slugify(stem.replace(/\//g, ' ')) || `deck-${createHash('sha256').update(rel).digest('hex').slice(0, 8)}`;
    if (RESERVED.has(base)) base = `${base}-deck`;
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
