/** PDF export: what `deck pdf` and the benchmark use. */
export { exportPdf, type PdfOptions, type PdfResult } from './pdf.ts';
export { defaultPdfPath } from './naming.ts';
export { DEFAULT_SIZE, parseSize, type PageSize } from './size.ts';
export { findChrome } from './browser.ts';
