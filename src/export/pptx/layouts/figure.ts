/** An image from the article, its alt text set and shown as the caption, contained in the room under the heading. */
import type { Slide } from '../../../types.ts';
import type { Canvas } from '../canvas.ts';
import type { LoadedImage } from '../images.ts';
import { CONTENT, fitScale, heightOf, linesOf, TYPE } from '../measure.ts';
import { header } from './parts.ts';

export function figureLayout(canvas: Canvas, slide: Slide, image: LoadedImage | undefined): void {
  const top = header(canvas, slide);
  const alt = slide.figure?.alt ?? '';
  const bottom = CONTENT.y + CONTENT.h;
  const captionFull = alt ? heightOf(linesOf(alt, CONTENT.w, TYPE.caption), TYPE.caption, 1.35) : 0;
  // The caption never takes more than a third of the room; shrinking it is cheaper than the picture.
  const scale = fitScale(captionFull, (bottom - top) / 3);
  const caption = captionFull ? heightOf(linesOf(alt, CONTENT.w, TYPE.caption * scale), TYPE.caption * scale, 1.35) : 0;
  const room = { x: CONTENT.x, y: top, w: CONTENT.w, h: bottom - top - (caption ? caption + 12 : 0) };
  let captionY = top;
  if (image && room.h > 0) {
    // object-fit: contain, held to the start edge (object-position: left center).
    const ratio = Math.min(room.w / image.width, room.h / image.height);
    const w = image.width * ratio;
    const h = image.height * ratio;
    canvas.image(image.data, { x: room.x, y: room.y + (room.h - h) / 2, w, h }, alt);
    captionY = room.y + room.h + 12;
  }
  if (alt) canvas.text([alt], { x: CONTENT.x, y: captionY, w: CONTENT.w, h: Math.max(caption, bottom - captionY) }, { size: TYPE.caption * scale, lineHeight: 1.35, color: canvas.colors.muted });
}
