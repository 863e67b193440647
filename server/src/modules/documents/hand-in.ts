import { format } from '../../platform/i18n/language.js';
import {
  type AppendicesHeading,
  type AppendixEntry,
  appendAll,
  appendixOutline,
  layoutAppendixContents,
  type PdfFile,
} from './appendices.js';
import {
  type EvidenceFile,
  type OfficeConverter,
  openEvidence,
  type PreparedEvidence,
  prepareEvidence,
  releaseEvidence,
} from './evidence.js';
import type { DocumentLabels } from './labels.js';
import { type HtmlPages, PdfBuilder } from './pdf.js';
import {
  layoutPortfolio,
  type Portfolio,
  type PortfolioLayout,
  portfolioMetadata,
  versionLine,
} from './portfolio.js';
import { runInWorker } from './worker-pool.js';

export interface HandInInput {
  portfolio: Portfolio;
  /**
   * Two files, the portfolio and its appendices, or one merged file: the institution's rule, decided by
   * the caller (UMC Utrecht: R-UMCU-SUB-1 and -2, `umcuSubmission` in the trajectories domain).
   */
  files: 'two' | 'one';
  /** every evidence file, in appendix order; sections refer to them by id */
  evidence: EvidenceFile[];
  labels: DocumentLabels;
  /** null or left out: Office files are listed as not converted */
  converter?: OfficeConverter | null;
}

/** The caller names the files (the trajectories domain's `handInPackage`). */
export interface HandInFile {
  role: 'portfolio' | 'appendices' | 'combined';
  bytes: Uint8Array;
  pageCount: number;
}

export interface HandInSet {
  files: HandInFile[];
  /** where each appendix is, in the appendices file or the combined file */
  appendices: AppendixEntry[];
}

function appendicesHeading(portfolio: Portfolio, labels: DocumentLabels): AppendicesHeading {
  return {
    title: format(labels.appendicesOf, { qualification: portfolio.qualification.code }),
    subtitle: `${portfolio.person} · ${versionLine(portfolio, labels)}`,
  };
}

export interface CombinedJob {
  portfolio: Portfolio;
  evidence: PreparedEvidence[];
  labels: DocumentLabels;
}

/** The portfolio, then the appendices' contents list and every appendix, in one file with one outline. */
export function composeCombined(job: CombinedJob): PdfFile & { appendices: AppendixEntry[] } {
  const { portfolio, labels } = job;
  const loaded = openEvidence(job.evidence);
  let layout: PortfolioLayout | undefined;
  let contents: HtmlPages | undefined;
  let builder: PdfBuilder | undefined;
  try {
    layout = layoutPortfolio(
      portfolio,
      job.evidence.map((e) => e.file),
      labels,
      labels.appendices,
    );
    const laidOut = layoutAppendixContents(
      appendicesHeading(portfolio, labels),
      loaded,
      labels,
      layout.pageCount + 1,
    );
    contents = laidOut.pages;
    builder = PdfBuilder.fromHtml([...layout.parts, contents], layout.footer);
    appendAll(builder, loaded);
    builder.setOutline([
      ...layout.outline,
      {
        title: labels.appendices,
        page: layout.pageCount,
        children: appendixOutline(laidOut.entries, labels),
      },
    ]);
    const pageCount = builder.pageCount;
    const bytes = builder.save(portfolioMetadata(portfolio, labels));
    return { bytes, pageCount, appendices: laidOut.entries };
  } finally {
    builder?.destroy();
    contents?.destroy();
    layout?.destroy();
    releaseEvidence(loaded);
  }
}

/**
 * The PDF files a portfolio version is handed in as (and a preview is downloaded as). Office files are
 * converted here; the PDF work runs in worker threads, the portfolio and the appendices side by side.
 */
export async function buildHandIn(input: HandInInput): Promise<HandInSet> {
  const { portfolio, labels } = input;
  const evidence = await prepareEvidence(input.evidence, input.converter ?? null);
  if (input.files === 'one') {
    const { appendices, ...combined } = await runInWorker({ kind: 'combined', portfolio, evidence, labels });
    return { files: [{ role: 'combined', ...combined }], appendices };
  }
  const references = evidence.map(({ file }) => ({ id: file.id, title: file.title, kind: file.kind }));
  const [main, appendices] = await Promise.all([
    runInWorker({ kind: 'portfolio', portfolio, evidence: references, labels }),
    runInWorker({
      kind: 'appendices',
      heading: appendicesHeading(portfolio, labels),
      evidence,
      labels,
      author: portfolio.person,
    }),
  ]);
  return {
    files: [
      { role: 'portfolio', ...pdfOf(main) },
      { role: 'appendices', ...pdfOf(appendices) },
    ],
    appendices: appendices.appendices,
  };
}

const pdfOf = ({ bytes, pageCount }: PdfFile): PdfFile => ({ bytes, pageCount });
