import type { QualificationCode } from '../../../../contracts/qualifications.js';
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

/**
 * How a qualification's portfolio is handed in: BKO, KKO and SKO as two files, the portfolio and its
 * appendices (R-UMCU-SUB-1); UvO as one merged file (R-UMCU-SUB-2).
 */
export type HandInLayout = 'separate' | 'combined';

export function handInLayout(code: QualificationCode): HandInLayout {
  return code === 'UvO' ? 'combined' : 'separate';
}

export interface HandInInput {
  portfolio: Portfolio;
  /** every evidence file, in appendix order; sections refer to them by id */
  evidence: EvidenceFile[];
  labels: DocumentLabels;
  /** null or left out: Office files are listed as not converted */
  converter?: OfficeConverter | null;
}

export type HandInFileRole = 'portfolio' | 'appendices' | 'combined';

export interface HandInFile {
  role: HandInFileRole;
  /** ASCII, e.g. `bko-portfolio-versie-3.pdf` */
  fileName: string;
  bytes: Uint8Array;
  pageCount: number;
}

export interface HandInSet {
  layout: HandInLayout;
  files: HandInFile[];
  /** where each appendix is, in the appendices file or the combined file */
  appendices: AppendixEntry[];
}

export function handInFileName(portfolio: Portfolio, labels: DocumentLabels, role: HandInFileRole): string {
  const words = labels.fileNames;
  const what = role === 'appendices' ? words.appendices : words.portfolio;
  const { number } = portfolio.version;
  const version = number === null ? words.preview : `${words.version}-${number}`;
  return `${portfolio.qualification.code.toLowerCase()}-${what}-${version}.pdf`;
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
  if (handInLayout(portfolio.qualification.code) === 'combined') {
    const combined = await runInWorker({ kind: 'combined', portfolio, evidence, labels });
    return {
      layout: 'combined',
      files: [
        {
          role: 'combined',
          fileName: handInFileName(portfolio, labels, 'combined'),
          bytes: combined.bytes,
          pageCount: combined.pageCount,
        },
      ],
      appendices: combined.appendices,
    };
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
    layout: 'separate',
    files: [
      { role: 'portfolio', fileName: handInFileName(portfolio, labels, 'portfolio'), ...pdfOf(main) },
      { role: 'appendices', fileName: handInFileName(portfolio, labels, 'appendices'), ...pdfOf(appendices) },
    ],
    appendices: appendices.appendices,
  };
}

const pdfOf = ({ bytes, pageCount }: PdfFile): PdfFile => ({ bytes, pageCount });
