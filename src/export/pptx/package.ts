/**
 * What pptxgenjs cannot write, put into its package afterwards (jszip, on the XML it generated):
 * - the speaker notes as paragraphs with language, direction and links (src/export/pptx/notes.ts),
 *   in place of the single plain run pptxgenjs writes, and the links' relationships;
 * - the deck's language where pptxgenjs hard-codes en-US (empty paragraphs' run properties, the
 *   presentation's default) and as the document's `dc:language`;
 * - bullets and list numbers in the accent colour, as the deck draws them.
 */
import JSZip from 'jszip';
import { LINK_ID_BASE, type NotesXml } from './notes.ts';
import { xmlText } from './xml.ts';

export interface PackageFixes {
  lang: string;
  accent: string;
  /** Notes for each slide, in slide order. */
  notes: NotesXml[];
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';

export async function finishPackage(written: Buffer, fixes: PackageFixes): Promise<Buffer> {
  const zip = await JSZip.loadAsync(written);
  const edit = async (name: string, change: (xml: string) => string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`pptx: ${name} missing from the package`);
    zip.file(name, change(await file.async('string')));
  };
  const lang = (xml: string) => xml.replace(/(<a:(?:endParaRPr|defRPr|rPr)\b[^>]*?\blang=")en-US"/g, `$1${fixes.lang}"`);

  for (const [i, notes] of fixes.notes.entries()) {
    const n = i + 1;
    await edit(`ppt/slides/slide${n}.xml`, (xml) => bulletColour(lang(xml), fixes.accent));
    await edit(`ppt/notesSlides/notesSlide${n}.xml`, (xml) => lang(replaceNotesBody(xml, notes.paragraphs)));
    if (notes.links.length) await edit(`ppt/notesSlides/_rels/notesSlide${n}.xml.rels`, (xml) => addLinks(xml, notes.links));
  }
  await edit('ppt/presentation.xml', lang);
  await edit('docProps/core.xml', (xml) => xml.replace('</dc:title>', `</dc:title><dc:language>${xmlText(fixes.lang)}</dc:language>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
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
