/** Puts a rendered deck into the page template: slides, `<title>`, `lang`/`dir` on `<html>`. */
import type { RenderedDeck } from '../render/index.ts';

export const SLIDES_MARKER = '<!--deck:slides-->';

export function injectDeck(html: string, rendered: RenderedDeck): string {
  if (!html.includes(SLIDES_MARKER)) throw new Error(`index.html lacks the ${SLIDES_MARKER} marker`);
  return html
    .replace(/<html[^>]*>/, `<html lang="${rendered.lang}" dir="${rendered.dir}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${rendered.title}</title>`)
    .replace(SLIDES_MARKER, () => rendered.body);
}
