/**
 * Figure slides: an image with alt text in the article body gets a slide of its own, right after
 * the slides of its section. An image without alt text is decoration and gets none.
 *
 * Where the picture comes from decides whether it is shown: a local file (located and checked by
 * the reader as a `file:` URL, and only ever one inside the article's folder) is copied into the
 * build under `images/`; a remote one only with `allowRemote`,
 * since the deck must work offline; a `data:` raster image is kept as is; anything else (a
 * `javascript:` URL, a path the reader could not check) is left out. Each image left out is a
 * warning; its alt text stays in the notes either way.
 */
import path from 'node:path';
import { isFileUrl, localImage } from '../read/local-image.ts';
import type { Block, Diagnostic, Outline, Slide } from '../types.ts';

type FigureBlock = Extract<Block, { kind: 'figure' }>;
export type PlannedSlide = Omit<Slide, 'timing' | 'fragments'>;

export interface ImagePlanner {
  /** Figure slides for the images in `blocks`, titled with their section's heading. */
  slides(blocks: Block[], heading: string, kicker?: string): PlannedSlide[];
  readonly warnings: Diagnostic[];
}

const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[a-z0-9+/=\s]+$/i;

export function imagePlanner(outline: Pick<Outline, 'file'>, allowRemote: boolean): ImagePlanner {
  const warnings: Diagnostic[] = [];
  const names = new Map<string, string>(); // file → name in the build
  const warn = (block: FigureBlock, message: string) =>
    warnings.push({ severity: 'warning', message: `image "${shorten(block.src)}" ${message}; its alt text stays in the notes`, position: { file: outline.file, line: block.line } });

  const figureOf = (block: FigureBlock): Slide['figure'] | undefined => {
    const src = block.src.trim();
    if (!src) return undefined; // the reader already said why
    if (isFileUrl(src)) {
      // The reader checked it on disk; the same rule again here keeps an unchecked one (an article
      // compiled from memory, a future reader) from naming a file outside the article's folder.
      const local = localImage(src, outline.file);
      if (!local || 'problem' in local) {
        warn(block, local?.problem ?? 'is not a valid file: address');
        return undefined;
      }
      return { src: uniqueName(local.path, names), alt: block.alt, file: local.path };
    }
    if (/^(?:https?:)?\/\//i.test(src)) {
      if (allowRemote) return { src: src.startsWith('//') ? `https:${src}` : src, alt: block.alt };
      warn(block, 'is on another site and the deck must work offline: left out (build with --allow-remote to show it)');
      return undefined;
    }
    if (DATA_IMAGE.test(src)) return { src, alt: block.alt };
    warn(block, 'is neither an image file next to the article nor a web address: left out');
    return undefined;
  };

  return {
    warnings,
    slides(blocks, heading, kicker) {
      const out: PlannedSlide[] = [];
      for (const block of blocks) {
        if (block.kind !== 'figure' || !block.alt.trim()) continue;
        const figure = figureOf(block);
        if (!figure) continue;
        out.push({
          kind: 'figure',
          title: heading,
          kicker,
          points: [],
          figure,
          notes: [{ kind: 'paragraph', text: block.alt }],
          source: { file: outline.file, line: block.line },
        });
      }
      return out;
    },
  };
}

/** `images/<n>-<file name>`: a file name that is safe in a URL and unique in the deck. */
function uniqueName(file: string, taken: Map<string, string>): string {
  const known = taken.get(file);
  if (known) return known;
  const ext = path.extname(file).toLowerCase();
  const stem = path.basename(file, path.extname(file)).normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'image';
  const name = `images/${taken.size + 1}-${stem}${ext}`;
  taken.set(file, name);
  return name;
}

function shorten(src: string): string {
  return src.length > 80 ? `${src.slice(0, 77)}…` : src;
}
