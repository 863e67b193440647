import { format } from '../../platform/i18n/language.js';
import {
  type EvidenceFile,
  type EvidenceProblem,
  type LoadedEvidence,
  type OfficeConverter,
  openEvidence,
  type PreparedEvidence,
  prepareEvidence,
  releaseEvidence,
} from './evidence.js';
import { escapeHtml, htmlPage } from './html.js';
import type { DocumentLabels } from './labels.js';
import { HtmlPages, type OutlineEntry, PdfBuilder } from './pdf.js';
import { runInWorker } from './worker-pool.js';

/** Where an appendix ended up. */
export interface AppendixEntry {
  /** 1-based, in the order given; a file that could not be included keeps its number */
  number: number;
  evidenceId: string;
  title: string;
  fileName: string;
  /** 1-based page number in the file it is in; null when it could not be included */
  startPage: number | null;
  pageCount: number;
  problem: EvidenceProblem | null;
}

/** about how many one-line entries a contents page holds below its headings */
const ROWS_PER_PAGE = 36;

export interface AppendicesHeading {
  title: string;
  /** a second line, e.g. the teacher's name and the version */
  subtitle?: string;
}

function appendixTitle(labels: DocumentLabels, number: number, file: Pick<EvidenceFile, 'title'>) {
  return `${format(labels.appendix, { number: number })}: ${file.title}`;
}

/** Numbers and start pages, given the page on which the first appendix begins. */
function placeAppendices(loaded: LoadedEvidence[], firstAppendixPage: number): AppendixEntry[] {
  let next = firstAppendixPage;
  return loaded.map((e, index) => {
    const pageCount = e.source?.pageCount ?? 0;
    const startPage = e.source ? next : null;
    next += pageCount;
    return {
      number: index + 1,
      evidenceId: e.file.id,
      title: e.file.title,
      fileName: e.file.fileName,
      startPage,
      pageCount,
      problem: e.problem,
    };
  });
}

function contentsHtml(
  heading: AppendicesHeading,
  entries: AppendixEntry[],
  loaded: LoadedEvidence[],
  labels: DocumentLabels,
): string {
  const rows = entries.map((entry, i) => {
    const file = loaded[i]?.file;
    const kind = file?.kind ? ` <span class="muted">(${escapeHtml(file.kind)})</span>` : '';
    const problem =
      entry.problem === null
        ? ''
        : ` <span class="muted">— ${escapeHtml(
            entry.problem === 'not-converted'
              ? format(labels.notConverted, { fileName: entry.fileName })
              : format(labels.notIncluded, { fileName: entry.fileName }),
          )}</span>`;
    return `<tr><td><b>${escapeHtml(format(labels.appendix, { number: entry.number }))}</b>: ${escapeHtml(entry.title)}${kind}${problem}</td><td class="page">${entry.startPage ?? '–'}</td></tr>`;
  });
  const subtitle = heading.subtitle ? `<p class="muted">${escapeHtml(heading.subtitle)}</p>` : '';
  const head = `<tr><td></td><td class="page muted">${escapeHtml(labels.page)}</td></tr>`;
  return htmlPage(
    heading.title,
    `<h1>${escapeHtml(heading.title)}</h1>${subtitle}<h2>${escapeHtml(labels.contents)}</h2><table class="contents">${head}${rows.join('')}</table>`,
  );
}

/**
 * The contents list of the appendices, laid out, with every appendix placed after it. `firstPage` is the
 * page number the list itself gets (1 in the appendices file; after the portfolio in a combined file).
 */
export function layoutAppendixContents(
  heading: AppendicesHeading,
  loaded: LoadedEvidence[],
  labels: DocumentLabels,
  firstPage: number,
): { pages: HtmlPages; entries: AppendixEntry[] } {
  let entries: AppendixEntry[] = [];
  const pages = HtmlPages.layoutSettled(
    (own) => {
      entries = placeAppendices(loaded, firstPage + own);
      return contentsHtml(heading, entries, loaded, labels);
    },
    // A first guess that is usually right saves a second layout; a wrong one costs only that.
    1 + Math.floor((loaded.length + 6) / ROWS_PER_PAGE),
  );
  return { pages, entries };
}

export function appendixOutline(entries: AppendixEntry[], labels: DocumentLabels): OutlineEntry[] {
  return entries.flatMap((entry) =>
    entry.startPage === null
      ? []
      : [{ title: appendixTitle(labels, entry.number, entry), page: entry.startPage - 1 }],
  );
}

export interface AppendicesJob {
  heading: AppendicesHeading;
  /** in appendix order */
  evidence: PreparedEvidence[];
  labels: DocumentLabels;
  author: string;
}

export interface PdfFile {
  bytes: Uint8Array;
  pageCount: number;
}

/** Appends every usable appendix to the builder, in order. */
export function appendAll(builder: PdfBuilder, loaded: LoadedEvidence[]): void {
  builder.appendAll(loaded.flatMap((e) => (e.source ? [e.source] : [])));
}

/**
 * One PDF of all evidence: a contents list (each appendix with its start page, or why it is missing),
 * every appendix's pages (an image on a page of its own), and a bookmark per appendix.
 */
export function composeAppendices(job: AppendicesJob): PdfFile & { appendices: AppendixEntry[] } {
  const { labels } = job;
  const loaded = openEvidence(job.evidence);
  let contents: HtmlPages | undefined;
  let builder: PdfBuilder | undefined;
  try {
    const laidOut = layoutAppendixContents(job.heading, loaded, labels, 1);
    contents = laidOut.pages;
    builder = PdfBuilder.fromHtml([contents], (page) => ({
      left: job.heading.title,
      right: format(labels.pageNumber, { page }),
    }));
    appendAll(builder, loaded);
    builder.setOutline([{ title: labels.contents, page: 0 }, ...appendixOutline(laidOut.entries, labels)]);
    const pageCount = builder.pageCount;
    const bytes = builder.save({ title: job.heading.title, author: job.author, language: labels.language });
    return { bytes, pageCount, appendices: laidOut.entries };
  } finally {
    builder?.destroy();
    contents?.destroy();
    releaseEvidence(loaded);
  }
}

export interface AppendicesInput {
  heading: AppendicesHeading;
  /** in appendix order */
  evidence: EvidenceFile[];
  labels: DocumentLabels;
  /** null or left out: Office files are listed as not converted */
  converter?: OfficeConverter | null;
  author: string;
}

/** composeAppendices for uploaded files: Office files converted here, the PDF made in a worker thread. */
export async function mergeAppendices(
  input: AppendicesInput,
): Promise<PdfFile & { appendices: AppendixEntry[] }> {
  const evidence = await prepareEvidence(input.evidence, input.converter ?? null);
  return runInWorker({
    kind: 'appendices',
    heading: input.heading,
    evidence,
    labels: input.labels,
    author: input.author,
  });
}
