/**
 * One PowerPoint slide as the layouts see it: boxes in px on a 1280 × 720 slide, text in the
 * theme's colours. Every run is tagged with the deck's language; a right-to-left deck gets
 * right-to-left paragraphs and a mirrored layout here, in one place, so layouts are written once.
 * Each text box shrinks its text on overflow as a safety net over the layouts' own estimates.
 */
import type PptxGenJS from 'pptxgenjs';
import { pxToInches, pxToPoints, SLIDE } from './measure.ts';
import type { PptxTheme } from './theme.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface TextStyle {
  /** px on a 1280 × 720 slide */
  size: number;
  color?: string;
  bold?: boolean;
  font?: 'heading' | 'body' | 'mono';
  /** CSS line height. */
  lineHeight?: number;
  align?: 'start' | 'center' | 'end';
  valign?: 'top' | 'middle' | 'bottom';
  /** px after each paragraph. */
  gap?: number;
  /** An accent dash before each paragraph, or numbers from `start`. */
  list?: { kind: 'dash' } | { kind: 'number'; start: number };
  /** px the list's text hangs from its markers (default 1.3 em). */
  indent?: number;
  /** Letter spacing in pt (the kicker's spaced capitals). */
  spacing?: number;
  /** Left to right whatever the deck's direction (code). */
  direction?: 'ltr';
}

type TextRun = PptxGenJS.TextProps;

export interface TableRow extends Array<{ text: string; align?: 'left' | 'right' | 'center' }> {}

const NO_LINE = { type: 'none' } as const;

/** Arial's single line spacing is about 1.15 em: a CSS line height as PowerPoint's multiple. */
const SINGLE_LINE = 1.15;

export interface CanvasContext {
  theme: PptxTheme;
  /** BCP 47 tag for every run: 'en', 'he-IL'… */
  lang: string;
  rtl: boolean;
}

export class Canvas {
  constructor(
    readonly slide: PptxGenJS.Slide,
    readonly context: CanvasContext,
  ) {}

  get colors() {
    return this.context.theme.colors;
  }

  /** The slide's title, in the master's title placeholder, so outline view and screen readers find it. */
  title(text: string, box: Box, style: TextStyle): void {
    this.slide.addText(this.runs([text], style), { ...this.boxOptions(box, style), placeholder: 'title' });
  }

  /** A text box: one paragraph per string. */
  text(paragraphs: string[], box: Box, style: TextStyle): void {
    if (!paragraphs.length) return;
    this.slide.addText(this.runs(paragraphs, style), this.boxOptions(box, style));
  }

  /**
   * A native table: one row of cells a row, the first the header (bold, an accent rule under it),
   * every other body row tinted. Columns run right to left in a right-to-left deck.
   */
  table(rows: TableRow[], box: Box, options: { size: number; columns: number[]; tint: string }): void {
    const { theme, lang, rtl } = this.context;
    const order = <T>(cells: T[]) => (rtl ? [...cells].reverse() : cells);
    const pad = options.size * 0.45;
    const cells = rows.map((row, r) =>
      order(row).map((cell) => ({
        text: cell.text,
        options: {
          lang,
          rtlMode: rtl,
          bold: r === 0,
          fontFace: theme.bodyFont,
          fontSize: Math.round(pxToPoints(options.size) * 10) / 10,
          color: theme.colors.text,
          align: cell.align === 'center' ? 'center' : (cell.align === 'right') !== rtl ? 'right' : 'left',
          valign: 'top',
          margin: [pad, options.size * 0.8, pad, options.size * 0.8].map(pxToInches) as [number, number, number, number],
          fill: { color: r > 0 && r % 2 === 0 ? options.tint : theme.colors.background },
          border: r === 0 ? [NO_LINE, NO_LINE, { type: 'solid', pt: 2.25, color: theme.colors.accent }, NO_LINE] : [NO_LINE, NO_LINE, { type: 'solid', pt: 0.75, color: theme.colors.rule }, NO_LINE],
        },
      })),
    ) as PptxGenJS.TableRow[];
    const { x, y, w } = this.place(box);
    this.slide.addTable(cells, { x, y, w, colW: order(options.columns).map(pxToInches), autoPage: false });
  }

  rect(box: Box, color: string, radius = 0): void {
    const shape = radius ? 'roundRect' : 'rect';
    this.slide.addShape(shape, { ...this.place(box), fill: { color }, line: { type: 'none' }, ...(radius ? { rectRadius: pxToInches(radius) } : {}) });
  }

  ellipse(box: Box, color: string): void {
    this.slide.addShape('ellipse', { ...this.place(box), fill: { color }, line: { type: 'none' } });
  }

  image(data: string, box: Box, altText: string): void {
    this.slide.addImage({ data, ...this.place(box), altText });
  }

  /** Position in inches, mirrored for a right-to-left deck. */
  private place(box: Box) {
    const x = this.context.rtl ? SLIDE.width - box.x - box.w : box.x;
    return { x: pxToInches(x), y: pxToInches(box.y), w: pxToInches(box.w), h: pxToInches(box.h) };
  }

  private rtl(style: TextStyle): boolean {
    return this.context.rtl && style.direction !== 'ltr';
  }

  private align(style: TextStyle): 'left' | 'center' | 'right' {
    if (style.align === 'center') return 'center';
    const end = style.align === 'end';
    return end !== this.rtl(style) ? 'right' : 'left';
  }

  private boxOptions(box: Box, style: TextStyle): PptxGenJS.TextPropsOptions {
    return {
      ...this.place(box),
      margin: 0,
      valign: style.valign ?? 'top',
      fit: 'shrink',
      wrap: true,
    };
  }

  private runs(paragraphs: string[], style: TextStyle): TextRun[] {
    const { theme, lang } = this.context;
    const rtl = this.rtl(style);
    const size = pxToPoints(style.size);
    return paragraphs.map((text, i) => ({
      text,
      options: {
        lang,
        rtlMode: rtl,
        align: this.align(style),
        fontFace: style.font === 'heading' ? theme.headingFont : style.font === 'mono' ? theme.monoFont : theme.bodyFont,
        fontSize: Math.round(size * 10) / 10,
        color: style.color ?? theme.colors.text,
        bold: Boolean(style.bold),
        lineSpacingMultiple: Math.round(((style.lineHeight ?? SINGLE_LINE) / SINGLE_LINE) * 100) / 100,
        ...(style.gap && i < paragraphs.length - 1 ? { paraSpaceAfter: pxToPoints(style.gap) } : {}),
        ...(style.spacing ? { charSpacing: style.spacing } : {}),
        ...bullet(style, size),
        breakLine: i < paragraphs.length - 1,
      },
    }));
  }
}

/** The theme's accent dash (en dash, U+2013) or numbers, the text hanging `indent` (1.3 em, as the deck's points) from them. */
function bullet(style: TextStyle, sizePt: number): Pick<PptxGenJS.TextPropsOptions, 'bullet'> {
  if (!style.list) return {};
  const indent = Math.round(style.indent ? pxToPoints(style.indent) : sizePt * 1.3);
  if (style.list.kind === 'dash') return { bullet: { characterCode: '2013', indent } };
  return { bullet: { type: 'number', numberStartAt: style.list.start, indent } };
}
