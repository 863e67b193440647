import type { Language } from '../../../../contracts/common.js';

// HTML laid out on A4 pages and written as a PDF by MuPDF, the PDF library the documents module chose: for
// the register's own documents (an attendance certificate, a dossier). MuPDF is loaded on first use, so
// starting the server does not pay for the WebAssembly.

const A4 = { width: 595.28, height: 841.89 };

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** HTML laid out on A4 pages and written as a PDF. */
export async function htmlToPdf(html: string, title: string, language: Language): Promise<Uint8Array> {
  const mupdf = await import('mupdf');
  const source = mupdf.Document.openDocument(new TextEncoder().encode(html), 'text/html');
  source.layout(A4.width, A4.height, 11);
  const buffer = new mupdf.Buffer();
  const writer = new mupdf.DocumentWriter(buffer, 'pdf', '');
  for (let i = 0; i < source.countPages(); i++) {
    const page = source.loadPage(i);
    const device = writer.beginPage(page.getBounds());
    page.run(device, mupdf.Matrix.identity);
    writer.endPage();
    page.destroy();
  }
  writer.close();
  writer.destroy();
  source.destroy();
  const pdf = new mupdf.PDFDocument(buffer);
  buffer.destroy();
  pdf.setMetaData(mupdf.Document.META_INFO_TITLE, title);
  pdf.setMetaData(mupdf.Document.META_INFO_CREATOR, 'Docentdossier');
  pdf.setLanguage(language);
  const saved = pdf.saveToBuffer('compress');
  // Copy out of the WebAssembly heap before the buffer is freed.
  const bytes = saved.asUint8Array().slice();
  saved.destroy();
  pdf.destroy();
  return bytes;
}
