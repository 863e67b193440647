import { htmlPage } from './html.js';
import type { PdfMetadata } from './pdf.js';
import { POOL_SIZE, runInWorker } from './worker-pool.js';

/**
 * HTML laid out on A4 pages by MuPDF and written as a PDF, in a PDF worker thread: for other modules' own
 * documents (a certificate, an overview). Every text in the HTML must come through `escapeHtml`.
 */
export async function renderHtmlPdf(html: string, metadata: PdfMetadata): Promise<Uint8Array> {
  const { bytes } = await runInWorker({ kind: 'html', html, metadata });
  return bytes;
}

/**
 * Starts every PDF worker thread and has each lay out a page of the house style, so that the first export
 * does not wait for MuPDF's WebAssembly to compile and its fonts to be parsed and measured (a second or
 * more on a busy machine): for a server to call when it starts.
 */
export async function warmUpPdfWorkers(): Promise<void> {
  const html = htmlPage(
    'Docentdossier',
    '<h1>Docentdossier</h1><p>Één <b>vet</b> en <i>schuin</i>: ë, ï, ç, ß, ø, ž.</p>' +
      '<table><tr><th>Taak</th><th class="number">Uren</th></tr><tr><td>Werkcollege</td><td class="number">12,5</td></tr></table>',
  );
  const metadata = { title: 'Docentdossier', author: 'Docentdossier', language: 'nl' };
  await Promise.all(Array.from({ length: POOL_SIZE }, () => runInWorker({ kind: 'html', html, metadata })));
}
