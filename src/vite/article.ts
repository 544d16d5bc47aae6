/** Which article the deck is built from: the one named, else `$DECK_ARTICLE`, else the one in `slides/`. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DeckError } from '../errors.ts';
import { ARTICLE_EXTENSIONS } from '../read/format.ts';

export function resolveArticle(root: string, named?: string): string {
  const chosen = named ?? process.env.DECK_ARTICLE;
  if (chosen) return path.resolve(root, chosen);
  const dir = path.join(root, 'slides');
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => ARTICLE_EXTENSIONS.includes(path.extname(f).toLowerCase()) && !f.startsWith('.')).sort();
  } catch {
    throw new DeckError('not-found', 'no slides/ folder: put your article in slides/ or name it with DECK_ARTICLE', { file: dir });
  }
  if (files.length === 0) {
    throw new DeckError('not-found', 'no article in slides/: add a .txt, .md or .html file', { file: dir });
  }
  if (files.length > 1) {
    throw new DeckError(
      'usage',
      `slides/ holds ${files.length} articles (${files.join(', ')}): choose one with DECK_ARTICLE=slides/<file> or "npx deck build slides/<file>"`,
      { file: dir },
    );
  }
  return path.join(dir, files[0]!);
}
