/**
 * `deck index site/`, and the end of every site build: site/index.html from the decks' own
 * deck.json files, with its stylesheet (the decks' theme, then the index's layout) and icon under
 * site/assets/, named by their content's hash.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomically } from '../build/atomic.ts';
import { DeckError } from '../errors.ts';
import { contentSecurityPolicy } from '../vite/csp.ts';
import { readSiteDecks, type IndexedDeck } from './index-data.ts';
import { renderIndexPage } from './index-page.ts';

const THEME = fileURLToPath(new URL('../../assets/theme.css', import.meta.url));
const ICON = fileURLToPath(new URL('../../assets/favicon.svg', import.meta.url));
const LAYOUT = fileURLToPath(new URL('./index.css', import.meta.url));
// Compiled to .build/site/, the layout stays in src/site/ (it is not TypeScript).
const LAYOUT_SOURCE = fileURLToPath(new URL('../../src/site/index.css', import.meta.url));

export interface SiteIndex {
  file: string;
  decks: IndexedDeck[];
  /** The `assets/` files the page uses. */
  assets: string[];
}

export async function writeSiteIndex(siteDir: string): Promise<SiteIndex> {
  if (!existsSync(siteDir)) throw new DeckError('not-found', 'no such folder: give the folder a site build wrote', { file: siteDir });
  const decks = await readSiteDecks(siteDir);
  const layout = await readFile(existsSync(LAYOUT) ? LAYOUT : LAYOUT_SOURCE, 'utf8');
  const css = `${await readFile(THEME, 'utf8')}\n${layout}`;
  const stylesheet = await writeAsset(siteDir, 'site', '.css', css);
  const icon = await writeAsset(siteDir, 'site-icon', '.svg', await readFile(ICON));
  const file = path.join(siteDir, 'index.html');
  await writeFileAtomically(file, renderIndexPage(decks, { stylesheet, icon, policy: contentSecurityPolicy() }));
  return { file, decks, assets: [stylesheet, icon].map((a) => path.basename(a)) };
}

/** `assets/<name>-<hash>.<ext>`, written unless it is there already. */
async function writeAsset(siteDir: string, name: string, ext: string, content: string | Uint8Array): Promise<string> {
  const hashed = `${name}-${createHash('sha256').update(content).digest('base64url').slice(0, 8)}${ext}`;
  const file = path.join(siteDir, 'assets', hashed);
  if (!existsSync(file)) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
  return `assets/${hashed}`;
}

/** The index as it is on disk, with the decks it lists (when nothing changed, instead of writing it again). */
export async function readSiteIndex(siteDir: string): Promise<SiteIndex> {
  return { file: path.join(siteDir, 'index.html'), decks: await readSiteDecks(siteDir), assets: [] };
}
