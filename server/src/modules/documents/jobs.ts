import { type AppendicesJob, type AppendixEntry, composeAppendices, type PdfFile } from './appendices.js';
import { type CombinedJob, composeCombined } from './hand-in.js';
import type { DocumentLabels } from './labels.js';
import { type EvidenceReference, type Portfolio, renderPortfolio } from './portfolio.js';

/** The PDF work a worker thread does: plain data in (structured-cloned), bytes out (transferred). */
export type PdfJob =
  | { kind: 'portfolio'; portfolio: Portfolio; evidence: EvidenceReference[]; labels: DocumentLabels }
  | ({ kind: 'appendices' } & AppendicesJob)
  | ({ kind: 'combined' } & CombinedJob);

export type PdfJobResult = PdfFile & { appendices: AppendixEntry[] };

export function runJob(job: PdfJob): PdfJobResult {
  switch (job.kind) {
    case 'portfolio':
      return { ...renderPortfolio(job.portfolio, job.evidence, job.labels), appendices: [] };
    case 'appendices':
      return composeAppendices(job);
    case 'combined':
      return composeCombined(job);
  }
}
