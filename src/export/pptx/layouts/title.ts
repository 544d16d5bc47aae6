/** The opening and closing slides: an accent rule, the title, its lead and byline; "Questions?" and the source. */
import { stringsFor } from '../../../vocab/interface-strings.ts';
import type { Deck, Slide } from '../../../types.ts';
import type { Canvas, TextStyle } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf, TYPE, type Face } from '../measure.ts';
import { headingStyle } from './parts.ts';

const RULE = { w: 96, h: 8, gap: 40 };

/** One block of a centred stack: its text, style, the face it is measured in and the space above it. */
interface Piece {
  text: string;
  style: TextStyle;
  face: Face;
  width: number;
  above: number;
  title?: boolean;
}

export function titleLayout(canvas: Canvas, slide: Slide): void {
  const muted = canvas.colors.muted;
  centred(canvas, [
    { text: slide.title, style: headingStyle(TYPE.title), face: 'bold', width: CONTENT.w, above: 0, title: true },
    ...(slide.subtitle ? [{ text: slide.subtitle, style: { size: TYPE.lead, lineHeight: 1.35 }, face: 'regular' as const, width: 1017, above: TYPE.title * 0.45 }] : []),
    ...(slide.byline ? [{ text: slide.byline, style: { size: TYPE.small, lineHeight: 1.35, color: muted }, face: 'regular' as const, width: CONTENT.w, above: TYPE.small * 1.6 }] : []),
  ]);
}

export function closingLayout(canvas: Canvas, slide: Slide, deck: Deck): void {
  const muted = canvas.colors.muted;
  centred(canvas, [
    { text: slide.title, style: headingStyle(TYPE.closing), face: 'bold', width: CONTENT.w, above: 0, title: true },
    { text: slide.subtitle ?? deck.title, style: { size: TYPE.point, lineHeight: 1.35 }, face: 'regular', width: CONTENT.w, above: TYPE.closing * 0.35 },
    { text: `${stringsFor(deck.lang).source}: ${deck.sourceName}`, style: { size: TYPE.small, lineHeight: 1.35, color: muted }, face: 'regular', width: CONTENT.w, above: TYPE.small * 0.6 },
  ]);
}

/** The accent rule and the pieces stacked under it, the whole centred in the content box, smaller when too tall. */
function centred(canvas: Canvas, pieces: Piece[]): void {
  const heights = (scale: number) =>
    pieces.map((p) => heightOf(linesOf(p.text, p.width, p.style.size * scale, p.face), p.style.size * scale, p.style.lineHeight ?? 1.15));
  const total = (scale: number) => RULE.h + RULE.gap + heights(scale).reduce((a, h, i) => a + h + pieces[i]!.above * scale, 0);
  const scale = fitScale(total(1), CONTENT.h);
  let y = CONTENT.y + Math.max(0, (CONTENT.h - total(scale)) / 2);
  canvas.rect({ x: CONTENT.x, y, w: RULE.w, h: RULE.h }, canvas.colors.accent, RULE.h / 2);
  y += RULE.h + RULE.gap;
  const sized = heights(scale);
  pieces.forEach((piece, i) => {
    y += piece.above * scale;
    const style = { ...piece.style, size: piece.style.size * scale };
    const box = { x: CONTENT.x, y, w: piece.width, h: sized[i]! + style.size * 0.15 };
    if (piece.title) canvas.title(piece.text, box, style);
    else canvas.text([piece.text], box, style);
    y += sized[i]!;
  });
}
