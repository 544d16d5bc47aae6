/** Where `deck pdf` writes by default: dist/<slug>.pdf, the slug from the article's file name or the deck's title. */
import path from 'node:path';
import { readDeckJson } from '../vite/deck-json.ts';

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** For an article: its file name. For a built deck folder: its title, from its deck.json. */
export async function defaultPdfPath(input: string, isDir: boolean, cwd: string = process.cwd()): Promise<string> {
  const slug = (isDir ? slugify((await readDeckJson(input)).title) : '') || slugify(path.basename(input, path.extname(input))) || 'deck';
  return path.join(cwd, 'dist', `${slug}.pdf`);
}
