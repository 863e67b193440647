import { type AppendicesJob, type AppendixEntry, composeAppendices, type PdfFile } from './appendices.js';
import { type CombinedJob, composeCombined } from './hand-in.js';
import type { DocumentLabels } from './labels.js';
import { HtmlPages, PdfBuilder, type PdfMetadata } from './pdf.js';
import { type EvidenceReference, type Portfolio, renderPortfolio } from './portfolio.js';

/** The PDF work a worker thread does: plain data in (structured-cloned), bytes out (transferred). */
export type PdfJob =
  | { kind: 'portfolio'; portfolio: Portfolio; evidence: EvidenceReference[]; labels: DocumentLabels }
  | ({ kind: 'appendices' } & AppendicesJob)
  | ({ kind: 'combined' } & CombinedJob)
  | { kind: 'html'; html: string; metadata: PdfMetadata };

export type PdfJobResult = PdfFile & { appendices: AppendixEntry[] };

export function runJob(job: PdfJob): PdfJobResult {
  switch (job.kind) {
    case 'portfolio':
      return { ...renderPortfolio(job.portfolio, job.evidence, job.labels), appendices: [] };
    case 'appendices':
      return composeAppendices(job);
    case 'combined':
      return composeCombined(job);
    case 'html':
      return { ...htmlToPdf(job.html, job.metadata), appendices: [] };
  }
}

/** Any HTML on A4 pages as a PDF (no footer, no bookmarks): certificates, overviews. */
function htmlToPdf(html: string, metadata: PdfMetadata): PdfFile {
  const pages = HtmlPages.layout(html, 'html');
  let builder: PdfBuilder | undefined;
  try {
    builder = PdfBuilder.fromHtml([pages], () => null);
    return { bytes: builder.save(metadata), pageCount: pages.count };
  } finally {
    builder?.destroy();
    pages.destroy();
  }
}
