/**
 * Puts a rendered deck into the page template: slides, `<title>`, and `lang`, `dir` and the theme on
 * `<html>` (the theme's colours hang on the root; a `:root:has(.reveal[…])` selector instead would be
 * checked again on every change reveal.js makes to its wrapper while it starts).
 */
import type { RenderedDeck } from '../render/index.ts';

export const SLIDES_MARKER = '<!--deck:slides-->';

const THEMES = new Set(['light', 'dark', 'auto']);

export function injectDeck(html: string, rendered: RenderedDeck): string {
  if (!html.includes(SLIDES_MARKER)) throw new Error(`index.html lacks the ${SLIDES_MARKER} marker`);
  return html
    .replace(/<html[^>]*>/, `<html lang="${rendered.lang}" dir="${rendered.dir}" data-theme="${THEMES.has(rendered.theme) ? rendered.theme : 'auto'}">`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${rendered.title}</title>`)
    .replace(SLIDES_MARKER, () => rendered.body);
}
