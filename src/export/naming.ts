/** Where `deck pdf` writes by default: dist/<slug>.pdf, the slug from the article's file name or the deck's title. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

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

/** For an article: its file name. For a built deck folder: its `<title>`, else the folder's name. */
export async function defaultPdfPath(input: string, isDir: boolean, cwd: string = process.cwd()): Promise<string> {
  let slug = '';
  if (isDir) {
    const html = await readFile(path.join(input, 'index.html'), 'utf8').catch(() => '');
    const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
    slug = slugify(decodeEntities(title));
  }
  slug ||= slugify(path.basename(input, path.extname(input))) || 'deck';
  return path.join(cwd, 'dist', `${slug}.pdf`);
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return named[name.toLowerCase()] ?? all;
  });
}
