/**
 * `deck pptx`: an article file or a built deck folder → one editable PowerPoint file, all or nothing.
 * The planned deck is drawn slide by slide from native text boxes and shapes (src/export/pptx/
 * layouts/), its notes put in PowerPoint's notes pane, and the file written to a temporary file
 * renamed into place, so a failed export never leaves a partial file behind.
 */
import { writeFileAtomically } from '../../build/atomic.ts';
import type { ThemeName } from '../../types.ts';
import { deckToPptx } from './deck-to-pptx.ts';
import { loadDeck } from './source.ts';

export interface PptxOptions {
  /** Default: the article's theme, else light (a PPTX cannot follow the viewer's system). */
  theme?: ThemeName;
  /** Reading the article or the built folder, then writing the file (after every slide is drawn). */
  onStage?: (stage: 'read' | 'write') => void;
  onProgress?: (done: number, total: number) => void;
}

export interface PptxResult {
  file: string;
  slides: number;
}

export async function exportPptx(input: string, outFile: string, options: PptxOptions = {}): Promise<PptxResult> {
  options.onStage?.('read');
  const { deck, deckDir } = await loadDeck(input, options.theme);
  const bytes = await deckToPptx(deck, { theme: options.theme, deckDir, onProgress: options.onProgress, onWrite: () => options.onStage?.('write') });
  await writeFileAtomically(outFile, bytes);
  return { file: outFile, slides: deck.slides.length };
}

export { defaultPptxPath } from './naming.ts';
