/**
 * Dated events in order, drawn with shapes: a rule across the slide with a dot above each event
 * (up to three), or rows down the slide with a line joining the dots (more), as the deck's CSS does.
 */
import type { Slide, TimelineEvent } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import { CONTENT, fitScale, heightOf, linesOf, TYPE } from '../measure.ts';
import { header } from './parts.ts';

/** More events than this go in rows (src/render/layouts/timeline.ts). */
const COLUMNS_UP_TO = 3;
const DOT = 24;
const LINE = 4;
const DATE = TYPE.point;
const CAPTION = TYPE.small;

export function timelineLayout(canvas: Canvas, slide: Slide): void {
  const top = header(canvas, slide);
  const events = slide.events ?? [];
  if (events.length > COLUMNS_UP_TO) rows(canvas, events, top);
  else if (events.length) columns(canvas, events, top);
}

const dateHeight = (date: string, width: number, scale: number) => heightOf(linesOf(date, width, DATE * scale, 'bold'), DATE * scale, 1.35);
const captionHeight = (caption: string, width: number, scale: number) => heightOf(linesOf(caption, width, CAPTION * scale), CAPTION * scale, 1.3);

function columns(canvas: Canvas, events: TimelineEvent[], top: number): void {
  const room = CONTENT.y + CONTENT.h - top;
  const column = CONTENT.w / events.length;
  const text = column - 1.3 * TYPE.body;
  const pad = 1.4 * TYPE.body;
  const height = (scale: number) => pad + Math.max(...events.map((e) => dateHeight(e.date, text, scale) + 0.3 * DATE * scale + captionHeight(e.caption, text, scale)));
  const scale = fitScale(height(1), room - DOT);
  // The list sits in the middle of the room left under the heading (margin: auto 0).
  const y = top + Math.max(DOT / 2, (room - height(scale)) / 2);
  canvas.rect({ x: CONTENT.x, y, w: CONTENT.w, h: LINE }, canvas.colors.rule);
  events.forEach((event, i) => {
    const x = CONTENT.x + i * column;
    canvas.ellipse({ x, y: y + LINE / 2 - DOT / 2, w: DOT, h: DOT }, canvas.colors.accent);
    const dateH = dateHeight(event.date, text, scale);
    canvas.text([event.date], { x, y: y + pad, w: text, h: dateH }, { size: DATE * scale, bold: true, color: canvas.colors.accent, lineHeight: 1.35 });
    const captionY = y + pad + dateH + 0.3 * DATE * scale;
    canvas.text([event.caption], { x, y: captionY, w: text, h: CONTENT.y + CONTENT.h - captionY }, { size: CAPTION * scale, lineHeight: 1.3 });
  });
}

function rows(canvas: Canvas, events: TimelineEvent[], top: number): void {
  const room = CONTENT.y + CONTENT.h - top;
  const inset = 2 * TYPE.body;
  const gap = 0.8 * TYPE.body;
  const dateWidth = 9.5 * TYPE.body;
  const captionWidth = CONTENT.w - inset - dateWidth - gap;
  const rowHeight = (e: TimelineEvent, scale: number) => Math.max(dateHeight(e.date, dateWidth * scale, scale), captionHeight(e.caption, captionWidth, scale));
  const after = 0.9 * TYPE.body;
  const height = (scale: number) => events.reduce((sum, e) => sum + rowHeight(e, scale) + after * scale, 0);
  const scale = fitScale(height(1), room);
  let y = top + 0.2 * TYPE.body;
  const dots: number[] = [];
  for (const event of events) {
    const h = rowHeight(event, scale);
    const dotY = y + 0.25 * DATE * scale;
    dots.push(dotY);
    canvas.text([event.date], { x: CONTENT.x + inset, y, w: dateWidth * scale, h }, { size: DATE * scale, bold: true, color: canvas.colors.accent, lineHeight: 1.35 });
    canvas.text([event.caption], { x: CONTENT.x + inset + dateWidth * scale + gap, y: y + (DATE - CAPTION) * scale * 0.5, w: captionWidth, h }, { size: CAPTION * scale, lineHeight: 1.3 });
    y += h + after * scale;
  }
  // The line from each dot down to the next, drawn first so the dots sit on it.
  dots.slice(0, -1).forEach((dotY, i) =>
    canvas.rect({ x: CONTENT.x + DOT / 2 - LINE / 2, y: dotY + DOT, w: LINE, h: dots[i + 1]! - dotY - DOT }, canvas.colors.rule, LINE / 2),
  );
  for (const dotY of dots) canvas.ellipse({ x: CONTENT.x, y: dotY, w: DOT * Math.max(0.7, scale), h: DOT * Math.max(0.7, scale) }, canvas.colors.accent);
}
