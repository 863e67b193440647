import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type { RichText } from '../../../../contracts/rich-text.js';
import { format } from '../../platform/i18n/language.js';
import type { EvidenceFile } from './evidence.js';
import { escapeHtml, htmlPage } from './html.js';
import type { DocumentLabels } from './labels.js';
import { type FooterText, HtmlPages, type OutlineEntry, PdfBuilder } from './pdf.js';
import { richTextToHtml } from './rich-text.js';

/** One task of the teaching CV (R-UMCU-PF-1: content, form and target group of each task). */
export interface TeachingTask {
  content: string;
  form: string;
  targetGroup: string;
  period: string;
  hours: number | null;
}

export interface PortfolioSection {
  /** e.g. a competency area, the SKO vision; already in the document's language */
  title: string;
  reflection: RichText;
  /** ids of the evidence files (in the hand-in's evidence list) this section refers to */
  evidenceIds: string[];
}

export type PortfolioStage = 'preview' | 'draft' | 'final';

/** A portfolio version as it is printed. */
export interface Portfolio {
  person: string;
  qualification: { code: QualificationCode; name: string };
  institution: string;
  /** number is null for a preview of work not handed in */
  version: { stage: PortfolioStage; number: number | null; date: string };
  teachingCv: TeachingTask[];
  sections: PortfolioSection[];
}

export type EvidenceReference = Pick<EvidenceFile, 'id' | 'title' | 'kind'>;

/** Building an Intl formatter costs far more than using one (about a millisecond): one per locale. */
function perLocale<F>(make: (locale: string) => F): (locale: string) => F {
  const made = new Map<string, F>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) {
      formatter = make(locale);
      made.set(locale, formatter);
    }
    return formatter;
  };
}

const dateFormat = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
);
const hourFormat = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));

function formatDate(date: string, labels: DocumentLabels): string {
  return dateFormat(labels.locale).format(new Date(`${date}T00:00:00Z`));
}

function formatHours(hours: number, labels: DocumentLabels): string {
  return hourFormat(labels.locale).format(hours);
}

/** "Versie 3 · Concept", or "Voorbeeld" for a preview. */
export function versionLine(portfolio: Portfolio, labels: DocumentLabels): string {
  const stage = labels.stages[portfolio.version.stage];
  return portfolio.version.number === null
    ? stage
    : `${format(labels.version, { number: portfolio.version.number })} · ${stage}`;
}

function coverHtml(portfolio: Portfolio, labels: DocumentLabels): string {
  const line = (text: string) => `<p class="line">${escapeHtml(text)}</p>`;
  const { qualification } = portfolio;
  return htmlPage(
    labels.portfolio,
    `<div class="cover"><h1>${escapeHtml(`${labels.portfolio} ${qualification.code}`)}</h1>` +
      `<p class="qualification">${escapeHtml(qualification.name)}</p>` +
      line(portfolio.person) +
      line(portfolio.institution) +
      line(versionLine(portfolio, labels)) +
      line(formatDate(portfolio.version.date, labels)) +
      '</div>',
  );
}

function contentsHtml(entries: { title: string; page: number }[], labels: DocumentLabels): string {
  const rows = entries
    .map((e) => `<tr><td>${escapeHtml(e.title)}</td><td class="page">${e.page}</td></tr>`)
    .join('');
  const head = `<tr><td></td><td class="page muted">${escapeHtml(labels.page)}</td></tr>`;
  return htmlPage(
    labels.contents,
    `<h1>${escapeHtml(labels.contents)}</h1><table class="contents">${head}${rows}</table>`,
  );
}

function cvHtml(tasks: TeachingTask[], labels: DocumentLabels): string {
  const c = labels.cvColumns;
  const cell = (text: string) => `<td>${escapeHtml(text)}</td>`;
  let body: string;
  if (tasks.length === 0) {
    body = `<p>${escapeHtml(labels.noTeachingTasks)}</p>`;
  } else {
    const rows = tasks.map(
      (t) =>
        `<tr>${cell(t.content)}${cell(t.form)}${cell(t.targetGroup)}${cell(t.period)}` +
        `<td class="number">${t.hours === null ? '' : formatHours(t.hours, labels)}</td></tr>`,
    );
    const total = tasks.reduce((sum, t) => sum + (t.hours ?? 0), 0);
    body =
      `<table><tr><th>${escapeHtml(c.content)}</th><th>${escapeHtml(c.form)}</th><th>${escapeHtml(c.targetGroup)}</th>` +
      `<th>${escapeHtml(c.period)}</th><th class="number">${escapeHtml(c.hours)}</th></tr>${rows.join('')}` +
      `<tr><th colspan="4">${escapeHtml(labels.totalHours)}</th><th class="number">${formatHours(total, labels)}</th></tr></table>`;
  }
  return htmlPage(labels.teachingCv, `<h1>${escapeHtml(labels.teachingCv)}</h1>${body}`);
}

function sectionHtml(
  section: PortfolioSection,
  numbers: Map<string, { number: number; evidence: EvidenceReference }>,
  labels: DocumentLabels,
): string {
  const items = section.evidenceIds.map((id) => {
    const ref = numbers.get(id);
    if (!ref)
      throw new Error(`section "${section.title}" refers to evidence ${id}, which is not in the list`);
    const kind = ref.evidence.kind ? ` <span class="muted">(${escapeHtml(ref.evidence.kind)})</span>` : '';
    return `<li><b>${escapeHtml(format(labels.appendix, { number: ref.number }))}</b>: ${escapeHtml(ref.evidence.title)}${kind}</li>`;
  });
  const evidence =
    items.length === 0
      ? `<p class="muted">${escapeHtml(labels.noEvidence)}</p>`
      : `<ul>${items.join('')}</ul>`;
  return htmlPage(
    section.title,
    `<h1>${escapeHtml(section.title)}</h1>${richTextToHtml(section.reflection)}<h2>${escapeHtml(labels.evidence)}</h2>${evidence}`,
  );
}

/** The portfolio laid out: its parts in order (each starting on a new page) and its bookmarks. */
export interface PortfolioLayout {
  parts: HtmlPages[];
  pageCount: number;
  outline: OutlineEntry[];
  footer: FooterText;
  destroy(): void;
}

/**
 * Lays out cover, contents, teaching CV and one part per section. The contents list gives each part's
 * first page; with `appendicesTitle` it ends with an entry for the appendices that follow the portfolio in
 * the same file. Appendix numbers follow the order of `evidence`.
 */
export function layoutPortfolio(
  portfolio: Portfolio,
  evidence: EvidenceReference[],
  labels: DocumentLabels,
  appendicesTitle?: string,
): PortfolioLayout {
  const numbers = new Map(evidence.map((e, i) => [e.id, { number: i + 1, evidence: e }]));
  const parts: HtmlPages[] = [];
  try {
    const cover = HtmlPages.layout(coverHtml(portfolio, labels), 'xhtml');
    parts.push(cover);
    const titled = [
      { title: labels.teachingCv, html: cvHtml(portfolio.teachingCv, labels) },
      ...portfolio.sections.map((s) => ({ title: s.title, html: sectionHtml(s, numbers, labels) })),
    ].map(({ title, html }) => ({ title, pages: HtmlPages.layout(html, 'xhtml') }));
    parts.push(...titled.map((t) => t.pages));

    let entries: { title: string; page: number }[] = [];
    const contents = HtmlPages.layoutSettled((own) => {
      let next = cover.count + own + 1;
      entries = titled.map((t) => {
        const page = next;
        next += t.pages.count;
        return { title: t.title, page };
      });
      const listed = appendicesTitle ? [...entries, { title: appendicesTitle, page: next }] : entries;
      return contentsHtml(listed, labels);
    });
    parts.splice(1, 0, contents);

    const pageCount = parts.reduce((sum, p) => sum + p.count, 0);
    const outline = [
      { title: labels.contents, page: cover.count },
      ...entries.map((e) => ({ title: e.title, page: e.page - 1 })),
    ];
    const left = `${labels.portfolio} ${portfolio.qualification.code} · ${versionLine(portfolio, labels)}`;
    return {
      parts,
      pageCount,
      outline,
      footer: (page) =>
        page <= cover.count ? null : { left, right: format(labels.pageNumber, { page: page }) },
      destroy: () => {
        for (const p of parts) p.destroy();
      },
    };
  } catch (error) {
    for (const p of parts) p.destroy();
    throw error;
  }
}

/** The portfolio PDF on its own: cover, contents with page numbers, teaching CV, sections. */
export function renderPortfolio(
  portfolio: Portfolio,
  evidence: EvidenceReference[],
  labels: DocumentLabels,
): { bytes: Uint8Array; pageCount: number } {
  const layout = layoutPortfolio(portfolio, evidence, labels);
  let builder: PdfBuilder | undefined;
  try {
    builder = PdfBuilder.fromHtml(layout.parts, layout.footer);
    builder.setOutline(layout.outline);
    const bytes = builder.save(portfolioMetadata(portfolio, labels));
    return { bytes, pageCount: layout.pageCount };
  } finally {
    builder?.destroy();
    layout.destroy();
  }
}

export function portfolioMetadata(portfolio: Portfolio, labels: DocumentLabels) {
  return {
    title: `${labels.portfolio} ${portfolio.qualification.code} – ${portfolio.person} – ${versionLine(portfolio, labels)}`,
    author: portfolio.person,
    language: labels.language,
  };
}
