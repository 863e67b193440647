// What other modules may use of documents: PDFs from bytes and data, no database, no HTTP.
export {
  type AppendicesHeading,
  type AppendicesInput,
  type AppendixEntry,
  mergeAppendices,
} from './appendices.js';
export { type EvidenceFile, type EvidenceProblem, fileKind, type OfficeConverter } from './evidence.js';
export {
  buildHandIn,
  type HandInFile,
  type HandInInput,
  type HandInSet,
} from './hand-in.js';
export { escapeHtml } from './html.js';
export { renderHtmlPdf, warmUpPdfWorkers } from './html-pdf.js';
export { type DocumentLabels, documentLabels } from './labels.js';
export { findOfficeConverter } from './office-converter.js';
export type { Portfolio, PortfolioSection, PortfolioStage, TeachingTask } from './portfolio.js';
