/**
 * Reading a .pptx the way PowerPoint does: the zip's parts parsed as XML (jszip + fast-xml-parser,
 * in document order), then what a user meets — each slide's title placeholder, its text runs with
 * their language, paragraphs with their direction, shapes, pictures and their alt text, positions
 * — and each notes page's text and links.
 */
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';

/** A parsed element: its name, attributes and children, in order. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text?: string;
}

const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false });

export function parseXml(xml: string): XmlNode {
  const convert = (raw: Record<string, unknown>): XmlNode => {
    const name = Object.keys(raw).find((k) => k !== ':@')!;
    const attrs = (raw[':@'] as Record<string, string> | undefined) ?? {};
    if (name === '#text') return { name, attrs, children: [], text: String(raw[name]) };
    return { name, attrs, children: (raw[name] as Record<string, unknown>[]).map(convert) };
  };
  return { name: '#document', attrs: {}, children: (parser.parse(xml) as Record<string, unknown>[]).map(convert) };
}

/** Every element called `name` under `node`, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const child of n.children) {
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

export const first = (node: XmlNode, name: string): XmlNode | undefined => all(node, name)[0];

/** The text of `a:t` runs under a node; paragraphs (`a:p`) joined with a line break. */
export function textOf(node: XmlNode): string {
  const paragraphs = node.name === 'a:p' ? [node] : all(node, 'a:p');
  return paragraphs.map((p) => all(p, 'a:t').map((t) => t.children.map((c) => c.text ?? '').join('')).join('')).join('\n');
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PptxSlide {
  /** The text of the shape in the title placeholder (undefined: the slide has none). */
  title?: string;
  /** Every text box's text, title first as it stands. */
  texts: string[];
  runs: { lang: string; text: string; size?: number }[];
  paragraphs: { rtl: boolean; align?: string }[];
  /** Every shape and picture's box, in EMU. */
  boxes: (Box & { kind: string; text: string })[];
  pictures: { alt: string }[];
  ellipses: number;
  /** Native tables: rows of cell texts. */
  tables: string[][][];
}

export interface PptxNotes {
  text: string;
  langs: string[];
  rtl: boolean[];
  links: string[];
}

export interface Pptx {
  /** Slide size in EMU. */
  size: { cx: number; cy: number };
  slides: PptxSlide[];
  notes: PptxNotes[];
  core: { title: string; creator: string; language: string };
  /** The background colour of the slide layout. */
  background?: string;
}

export async function readPptx(bytes: Uint8Array): Promise<Pptx> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const part = async (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is missing`);
    return parseXml(await file.async('string'));
  };
  const presentation = await part('ppt/presentation.xml');
  const size = first(presentation, 'p:sldSz')!.attrs;
  const count = all(presentation, 'p:sldId').length;
  const slides: PptxSlide[] = [];
  const notes: PptxNotes[] = [];
  for (let n = 1; n <= count; n++) {
    slides.push(readSlide(await part(`ppt/slides/slide${n}.xml`)));
    const notesName = `ppt/notesSlides/notesSlide${n}.xml`;
    notes.push(zip.file(notesName) ? readNotes(await part(notesName), await part(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`)) : { text: '', langs: [], rtl: [], links: [] });
  }
  const core = await part('docProps/core.xml');
  const field = (name: string) => textContent(first(core, name));
  const layout = await part('ppt/slideLayouts/slideLayout2.xml').catch(() => undefined);
  const bg = layout && first(layout, 'p:bg');
  return {
    size: { cx: Number(size.cx), cy: Number(size.cy) },
    slides,
    notes,
    core: { title: field('dc:title'), creator: field('dc:creator'), language: field('dc:language') },
    background: bg ? first(bg, 'a:srgbClr')?.attrs.val : undefined,
  };
}

const textContent = (node: XmlNode | undefined): string => (node ? node.children.map((c) => c.text ?? textContent(c)).join('') : '');

function readSlide(doc: XmlNode): PptxSlide {
  const shapes = all(doc, 'p:sp');
  const titleShape = shapes.find((sp) => all(sp, 'p:ph').some((ph) => ph.attrs.type === 'title'));
  const boxOf = (node: XmlNode): Box => {
    const off = first(node, 'a:off')?.attrs ?? {};
    const ext = first(node, 'a:ext')?.attrs ?? {};
    return { x: Number(off.x), y: Number(off.y), w: Number(ext.cx), h: Number(ext.cy) };
  };
  return {
    title: titleShape ? textOf(titleShape) : undefined,
    texts: shapes.filter((sp) => first(sp, 'p:txBody')).map((sp) => textOf(sp)),
    runs: all(doc, 'a:r').map((r) => {
      const props = first(r, 'a:rPr')?.attrs ?? {};
      return { lang: props.lang ?? '', text: textOf({ name: 'a:p', attrs: {}, children: [r] }), size: props.sz ? Number(props.sz) / 100 : undefined };
    }),
    paragraphs: all(doc, 'a:p').filter((p) => all(p, 'a:r').length).map((p) => {
      const props = first(p, 'a:pPr')?.attrs ?? {};
      return { rtl: props.rtl === '1', align: props.algn };
    }),
    boxes: [...shapes, ...all(doc, 'p:pic')].map((node) => ({ ...boxOf(node), kind: first(node, 'a:prstGeom')?.attrs.prst ?? node.name, text: textOf(node) })),
    pictures: all(doc, 'p:pic').map((pic) => ({ alt: first(pic, 'p:cNvPr')?.attrs.descr ?? '' })),
    ellipses: all(doc, 'a:prstGeom').filter((g) => g.attrs.prst === 'ellipse').length,
    tables: all(doc, 'a:tbl').map((table) => all(table, 'a:tr').map((row) => all(row, 'a:tc').map(textOf))),
  };
}

function readNotes(doc: XmlNode, rels: XmlNode): PptxNotes {
  const body = all(doc, 'p:sp').find((sp) => all(sp, 'p:ph').some((ph) => ph.attrs.type === 'body'));
  if (!body) return { text: '', langs: [], rtl: [], links: [] };
  const targets = new Map(all(rels, 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target ?? '']));
  return {
    text: textOf(body),
    langs: all(body, 'a:rPr').map((r) => r.attrs.lang ?? ''),
    rtl: all(body, 'a:p').map((p) => first(p, 'a:pPr')?.attrs.rtl === '1'),
    links: all(body, 'a:hlinkClick').map((link) => targets.get(link.attrs['r:id']) ?? `(missing ${link.attrs['r:id']})`),
  };
}

/** The raw XML of slide `n` (1-based), for what the reader above does not model (colours). */
export async function slideXml(bytes: Uint8Array, n: number): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
}
