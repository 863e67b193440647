import type { QualificationCode } from '../../../../contracts/qualifications.js';
import {
  type AppendicesHeading,
  type AppendixEntry,
  appendAll,
  appendixOutline,
  layoutAppendixContents,
  mergeAppendices,
} from './appendices.js';
import { type EvidenceFile, loadEvidence, type OfficeConverter, releaseEvidence } from './evidence.js';
import type { DocumentLabels } from './labels.js';
import { type HtmlPages, PdfBuilder } from './pdf.js';
import {
  layoutPortfolio,
  type Portfolio,
  type PortfolioLayout,
  portfolioMetadata,
  renderPortfolio,
  versionLine,
} from './portfolio.js';

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
    title: labels.appendicesOf(portfolio.qualification.code),
    subtitle: `${portfolio.person} · ${versionLine(portfolio, labels)}`,
  };
}

async function buildSeparate(input: HandInInput): Promise<HandInSet> {
  const { portfolio, labels } = input;
  const main = renderPortfolio(portfolio, input.evidence, labels);
  const appendices = await mergeAppendices({
    heading: appendicesHeading(portfolio, labels),
    evidence: input.evidence,
    labels,
    converter: input.converter ?? null,
    author: portfolio.person,
  });
  return {
    layout: 'separate',
    files: [
      { role: 'portfolio', fileName: handInFileName(portfolio, labels, 'portfolio'), ...main },
      {
        role: 'appendices',
        fileName: handInFileName(portfolio, labels, 'appendices'),
        bytes: appendices.bytes,
        pageCount: appendices.pageCount,
      },
    ],
    appendices: appendices.appendices,
  };
}

/** The portfolio, then the appendices' contents list and every appendix, in one file with one outline. */
async function buildCombined(input: HandInInput): Promise<HandInSet> {
  const { portfolio, labels } = input;
  const loaded = await loadEvidence(input.evidence, input.converter ?? null);
  let layout: PortfolioLayout | undefined;
  let contents: HtmlPages | undefined;
  let builder: PdfBuilder | undefined;
  try {
    layout = layoutPortfolio(portfolio, input.evidence, labels, labels.appendices);
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
    return {
      layout: 'combined',
      files: [
        { role: 'combined', fileName: handInFileName(portfolio, labels, 'combined'), bytes, pageCount },
      ],
      appendices: laidOut.entries,
    };
  } finally {
    builder?.destroy();
    contents?.destroy();
    layout?.destroy();
    releaseEvidence(loaded);
  }
}

/** The PDF files a portfolio version is handed in as (and a preview is downloaded as). */
export function buildHandIn(input: HandInInput): Promise<HandInSet> {
  return handInLayout(input.portfolio.qualification.code) === 'combined'
    ? buildCombined(input)
    : buildSeparate(input);
}
