/**
 * What `deck check` measures on one slide, inside the page. `probeSlide` runs in the browser
 * (page.evaluate): it must not use anything outside its own body.
 */
import type { Rgba } from './contrast.ts';

export interface TextSample {
  text: string;
  color: Rgba;
  /** Backgrounds from the text's element up to the page, innermost first. */
  backgrounds: Rgba[];
  px: number;
  weight: number;
}

export interface SlideProbe {
  kind: string;
  title: string;
  line?: number;
  hasNotes: boolean;
  /** How far, in slide pixels, content reaches past the slide's edge, and what reaches furthest. */
  overflow?: { px: number; side: string; what: string };
  headingPx?: number;
  /** The smallest size of the slide's main text (points, agenda, answer, captions), when it has any. */
  bodyPx?: number;
  longPoints: { n: number; lines: number }[];
  texts: TextSample[];
}

export function probeSlide({ index, slideWidth }: { index: number; slideWidth: number }): SlideProbe {
  const section = document.querySelectorAll<HTMLElement>('.reveal .slides > section')[index]!;
  const frame = section.querySelector<HTMLElement>(':scope > .frame');
  const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const rgba = (css: string): Rgba => {
    canvas.clearRect(0, 0, 1, 1);
    canvas.fillStyle = 'transparent';
    canvas.fillStyle = css;
    canvas.fillRect(0, 0, 1, 1);
    const d = canvas.getImageData(0, 0, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
  };
  const snippet = (s: string | null) => {
    const t = (s ?? '').replace(/\s+/g, ' ').trim();
    return t.length > 40 ? `${t.slice(0, 39)}…` : t;
  };
  const inNotes = (node: Node) => Boolean(node.parentElement?.closest('aside.notes'));

  const box = section.getBoundingClientRect();
  const scale = box.width / slideWidth;
  let overflow: SlideProbe['overflow'];
  const measure = (rect: DOMRect, what: string) => {
    if (!rect.width && !rect.height) return;
    const sides: [string, number][] = [
      ['top', box.top - rect.top],
      ['right', rect.right - box.right],
      ['bottom', rect.bottom - box.bottom],
      ['left', box.left - rect.left],
    ];
    for (const [side, excess] of sides) {
      const px = Math.round(excess / scale);
      if (px > 1 && (!overflow || px > overflow.px)) overflow = { px, side, what };
    }
  };
  const texts: TextSample[] = [];
  const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || inNotes(node) || !node.textContent?.trim()) continue;
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const what = `<${element.tagName.toLowerCase()}> "${snippet(element.textContent)}"`;
    for (const rect of Array.from(range.getClientRects())) measure(rect, what);
    measure(element.getBoundingClientRect(), what);
    if (seen.has(element)) continue;
    seen.add(element);
    let opacity = 1;
    const backgrounds: Rgba[] = [];
    for (let e: Element | null = element; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      opacity *= Number(s.opacity);
      backgrounds.push(rgba(s.backgroundColor));
    }
    const color = rgba(style.color);
    texts.push({
      text: snippet(element.textContent),
      color: [color[0], color[1], color[2], color[3] * opacity],
      backgrounds,
      px: parseFloat(style.fontSize),
      weight: Number(style.fontWeight) || 400,
    });
  }

  const heading = frame?.querySelector<HTMLElement>(':scope > :is(h1, h2)');
  const longPoints = Array.from(section.querySelectorAll<HTMLElement>('.points > li')).flatMap((li, i) => {
    const lines = Math.round(li.getBoundingClientRect().height / scale / parseFloat(getComputedStyle(li).lineHeight));
    return lines > 2 ? [{ n: i + 1, lines }] : [];
  });
  const body = Array.from(section.querySelectorAll('.points li, .agenda li, .answer, .stat-caption, .timeline-caption, .lead'), (e) =>
    parseFloat(getComputedStyle(e).fontSize),
  );
  const line = Number(section.dataset.line);
  return {
    kind: section.dataset.kind ?? '',
    title: snippet(heading?.textContent ?? ''),
    line: Number.isFinite(line) && line > 0 ? line : undefined,
    hasNotes: Boolean(section.querySelector('aside.notes')?.textContent?.trim()),
    overflow,
    headingPx: heading ? parseFloat(getComputedStyle(heading).fontSize) : undefined,
    bodyPx: body.length ? Math.min(...body) : undefined,
    longPoints,
    texts,
  };
}
