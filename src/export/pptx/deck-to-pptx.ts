/**
 * A planned deck → the bytes of a .pptx: a 13.333 × 7.5 in (16:9) presentation on one master
 * with a title placeholder, one slide per planned slide drawn by its layout, the speaker notes on
 * each notes page, and the document's title, author and language.
 */
import PptxGenJS from 'pptxgenjs';
import type { Deck, ThemeName } from '../../types.ts';
import { Canvas, type CanvasContext } from './canvas.ts';
import { loadImage } from './images.ts';
import { layoutFor } from './layouts/index.ts';
import { pptxLang } from './locale.ts';
import { notesXml, type NotesXml } from './notes.ts';
import { finishPackage } from './package.ts';
import { pxToInches, pxToPoints, SLIDE } from './measure.ts';
import { brandOverride, eastAsianFont, pptxTheme, type PptxTheme, type ThemeOverride } from './theme.ts';

export interface DeckToPptxOptions {
  theme?: ThemeName;
  /** Colours or fonts in place of the theme's (default: the deck's brand palette, if it has one). */
  override?: ThemeOverride;
  /** The built folder a deck's image addresses are relative to. */
  deckDir?: string;
  onProgress?: (done: number, total: number) => void;
  /** Every slide is drawn; the package is being written. */
  onWrite?: () => void;
}

const MASTER = 'ARTICLE_DECK';
const PROGRESS_EVERY = 25;

export async function deckToPptx(deck: Deck, options: DeckToPptxOptions = {}): Promise<Buffer> {
  const themeName: ThemeName = options.theme ?? (deck.theme === 'dark' ? 'dark' : 'light');
  const theme = pptxTheme(themeName, options.override ?? brandOverride(deck, themeName));
  const lang = pptxLang(deck.lang);
  const rtl = deck.dir === 'rtl';
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title;
  pptx.author = deck.author ?? '';
  pptx.subject = deck.sourceName;
  pptx.rtlMode = rtl;
  pptx.theme = { headFontFace: theme.headingFont, bodyFontFace: theme.bodyFont };
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: theme.colors.background },
    // No position: pptxgenjs would put every slide's title there; each layout places its own.
    objects: [{ placeholder: { options: { name: 'title', type: 'title' }, text: '' } }],
    slideNumber: slideNumber(theme, rtl),
  });

  const context: CanvasContext = { theme, lang, rtl };
  const notes: NotesXml[] = [];
  const total = deck.slides.length;
  for (const [i, slide] of deck.slides.entries()) {
    const page = pptx.addSlide({ masterName: MASTER });
    const image = slide.kind === 'figure' ? await loadImage(slide.figure, options.deckDir) : undefined;
    layoutFor(slide.kind)(new Canvas(page, context), slide, { deck, image });
    page.addNotes(' '); // a notes page for every slide; its text is written by finishPackage
    notes.push(notesXml(slide.notes, lang, rtl, theme.monoFont));
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === total) options.onProgress?.(i + 1, total);
  }
  options.onWrite?.();
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  return finishPackage(written, { lang, accent: theme.colors.accent, notes, eastAsianFont: eastAsianFont(deck.lang) });
}

/** The slide number, small and muted at the bottom corner where reading starts (16 px in, 12 px up), as the deck shows it. */
function slideNumber(theme: PptxTheme, rtl: boolean): PptxGenJS.SlideNumberProps {
  const box = { w: 96, h: 24 };
  const x = rtl ? SLIDE.width - 16 - box.w : 16;
  return {
    x: pxToInches(x),
    y: pxToInches(SLIDE.height - 12 - box.h),
    w: pxToInches(box.w),
    h: pxToInches(box.h),
    fontFace: theme.bodyFont,
    fontSize: pxToPoints(16),
    color: theme.colors.muted,
    align: rtl ? 'right' : 'left',
    valign: 'bottom',
    margin: 0,
  };
}
