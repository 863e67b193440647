import type { PdfMetadata } from './pdf.js';
import { runInWorker } from './worker-pool.js';

/**
 * HTML laid out on A4 pages by MuPDF and written as a PDF, in a PDF worker thread: for other modules' own
 * documents (a certificate, an overview). Every text in the HTML must come through `escapeHtml`.
 */
export async function renderHtmlPdf(html: string, metadata: PdfMetadata): Promise<Uint8Array> {
  const { bytes } = await runInWorker({ kind: 'html', html, metadata });
  return bytes;
}
