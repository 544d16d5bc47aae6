/**
 * What pptxgenjs cannot write, put into its package afterwards (on the XML it generated):
 * - the speaker notes as paragraphs with language, direction and links (src/export/pptx/notes.ts),
 *   in place of the single plain run pptxgenjs writes, and the links' relationships;
 * - the deck's language where pptxgenjs hard-codes en-US (empty paragraphs' run properties, the
 *   presentation's default) and as the document's `dc:language`;
 * - bullets and list numbers in the accent colour, as the deck draws them;
 * - a Chinese, Japanese or Korean font for East Asian characters (src/export/pptx/theme.ts).
 * pptxgenjs writes its parts uncompressed; they are compressed once, here (src/export/pptx/zip.ts).
 */
import { LINK_ID_BASE, type NotesXml } from './notes.ts';
import { unzip, zip } from './zip.ts';
import { xmlText } from './xml.ts';

export interface PackageFixes {
  lang: string;
  accent: string;
  /** Notes for each slide, in slide order. */
  notes: NotesXml[];
  /** The font for East Asian characters, where pptxgenjs repeats the Latin one. */
  eastAsianFont?: string;
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
const SLIDE = /^ppt\/slides\/slide(\d+)\.xml$/;
const NOTES = /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/;
const NOTES_RELS = /^ppt\/notesSlides\/_rels\/notesSlide(\d+)\.xml\.rels$/;

export function finishPackage(written: Buffer, fixes: PackageFixes): Buffer {
  const lang = (xml: string) => xml.replace(/(<a:(?:endParaRPr|defRPr|rPr)\b[^>]*?\blang=")en-US"/g, `$1${fixes.lang}"`);
  const eastAsian = (xml: string) => (fixes.eastAsianFont ? xml.replace(/<a:ea typeface="[^"]*"/g, `<a:ea typeface="${xmlText(fixes.eastAsianFont)}"`) : xml);
  const notesOf = (match: RegExpExecArray | null) => {
    const notes = match && fixes.notes[Number(match[1]) - 1];
    if (match && !notes) throw new Error(`pptx: ${match[0]} has no slide`);
    return notes;
  };
  const change = (name: string, xml: string): string => {
    if (SLIDE.test(name)) return eastAsian(bulletColour(lang(xml), fixes.accent));
    const notes = notesOf(NOTES.exec(name));
    if (notes) return lang(replaceNotesBody(xml, notes.paragraphs));
    const rels = notesOf(NOTES_RELS.exec(name));
    if (rels) return rels.links.length ? addLinks(xml, rels.links) : xml;
    if (name === 'ppt/presentation.xml') return lang(xml);
    if (name === 'docProps/core.xml') return xml.replace('</dc:title>', `</dc:title><dc:language>${xmlText(fixes.lang)}</dc:language>`);
    return xml;
  };
  return zip(unzip(written).map(({ name, data }) => (name.endsWith('.xml') || name.endsWith('.rels') ? { name, data: Buffer.from(change(name, data.toString('utf8'))) } : { name, data })));
}

/** The notes placeholder is the notes page's only text body that is not the slide number's: its first. */
function replaceNotesBody(xml: string, paragraphs: string): string {
  const start = xml.indexOf('<p:txBody>');
  const end = xml.indexOf('</p:txBody>', start);
  if (start < 0 || end < 0) throw new Error('pptx: notes page without a text body');
  return `${xml.slice(0, start)}<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs}${xml.slice(end)}`;
}

function addLinks(rels: string, links: string[]): string {
  const added = links.map((url, i) => `<Relationship Id="rId${LINK_ID_BASE + i}" Type="${HYPERLINK}" Target="${xmlText(url)}" TargetMode="External"/>`).join('');
  return rels.replace('</Relationships>', `${added}</Relationships>`);
}

/** A bullet's colour goes before its size in a paragraph's properties (buClr, buSz…, buChar/buAutoNum). */
function bulletColour(xml: string, accent: string): string {
  return xml.replace(/<a:buSzPct /g, `<a:buClr><a:srgbClr val="${accent}"/></a:buClr><a:buSzPct `);
}
