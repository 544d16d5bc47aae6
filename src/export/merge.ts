/** Joins the printed batches into one PDF at the page size asked for, with its metadata (pdf-lib). */
import { PDFDocument } from 'pdf-lib';
import type { PageSize } from './size.ts';

export interface PdfMeta {
  title: string;
  author?: string;
  lang?: string;
}

export const CREATOR = 'deck (article-deck), reveal.js print view in Chromium';

/** CSS pixels to PDF points. */
const PT_PER_PX = 72 / 96;

/** Joins `chunks` in order; pages printed at the layout size are scaled (content and links) to `size`. */
export async function mergePdfs(chunks: Uint8Array[], meta: PdfMeta, size: PageSize): Promise<{ bytes: Uint8Array; pages: number }> {
  const out = await PDFDocument.create();
  const [width, height] = [size.width * PT_PER_PX, size.height * PT_PER_PX];
  for (const chunk of chunks) {
    const part = await PDFDocument.load(chunk);
    for (const page of await out.copyPages(part, part.getPageIndices())) {
      const { width: w, height: h } = page.getSize();
      if (Math.abs(w - width) > 0.01 || Math.abs(h - height) > 0.01) page.scale(width / w, height / h);
      out.addPage(page);
    }
  }
  out.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) out.setAuthor(meta.author);
  if (meta.lang) out.setLanguage(meta.lang);
  out.setCreator(CREATOR);
  out.setProducer('Chromium, pdf-lib');
  const now = new Date();
  out.setCreationDate(now);
  out.setModificationDate(now);
  return { bytes: await out.save(), pages: out.getPageCount() };
}
