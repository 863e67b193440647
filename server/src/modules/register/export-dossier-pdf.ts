import type { Language } from '../../../../contracts/common.js';
import { type ContentKind, contentKinds, type RegisterProgress } from '../../../../contracts/register.js';
import { escapeHtml, renderHtmlPdf } from '../documents/index.js';
import { kindEntry } from './domain/catalogue.js';
import { contentLabel, ruText } from './export-register-compliance.js';

// A teacher's dossier as a PDF: the period, the hours against the norm, what is short, the hours per
// content kind and per school year, and every activity with what it counts and why (with the assessor's rule
// and reason when the audit rejected it). Every text is escaped.

const labels = {
  nl: {
    title: 'Registerdossier',
    period: 'Periode',
    sector: 'Sector',
    norm: 'Registeruren tegen de norm',
    counted: 'Geteld',
    required: 'Nodig',
    total: 'Totaal (R-REG-NORM-1)',
    primary: 'Primair proces (R-REG-NORM-2)',
    subject: 'Vakinhoudelijk (R-REG-NORM-3)',
    meets: 'Voldoet aan de norm.',
    short: 'Voldoet nog niet aan de norm.',
    byContent: 'Per soort inhoud',
    bySchoolYear: 'Per schooljaar',
    schoolYear: 'Schooljaar',
    activities: 'Activiteiten',
    date: 'Datum',
    kind: 'Soort',
    activity: 'Activiteit',
    content: 'Inhoud',
    claimed: 'Uren',
    countedRu: 'RU',
    rules: 'Regels',
    outside: 'buiten de periode',
    rejected: (rule: string, reason: string) => `Afgekeurd op ${rule}: ${reason}`,
    none: 'Nog geen activiteiten.',
  },
  en: {
    title: 'Register dossier',
    period: 'Period',
    sector: 'Sector',
    norm: 'Register hours against the norm',
    counted: 'Counted',
    required: 'Required',
    total: 'Total (R-REG-NORM-1)',
    primary: 'Primary process (R-REG-NORM-2)',
    subject: 'Subject content (R-REG-NORM-3)',
    meets: 'Meets the norm.',
    short: 'Does not meet the norm yet.',
    byContent: 'By content kind',
    bySchoolYear: 'By school year',
    schoolYear: 'School year',
    activities: 'Activities',
    date: 'Date',
    kind: 'Kind',
    activity: 'Activity',
    content: 'Content',
    claimed: 'Hours',
    countedRu: 'RU',
    rules: 'Rules',
    outside: 'outside the period',
    rejected: (rule: string, reason: string) => `Rejected on ${rule}: ${reason}`,
    none: 'No activities yet.',
  },
} as const;

const cells = (tag: 'td' | 'th', values: readonly string[]) =>
  `<tr>${values.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join('')}</tr>`;

export function dossierHtml(progress: RegisterProgress, teacher: string, language: Language): string {
  const l = labels[language];
  const ru = (value: number) => ruText(value, language);
  const norm = [
    [l.total, ru(progress.totalRU), ru(progress.norm.totalRU)],
    [l.primary, ru(progress.primaryRU), ru(progress.norm.primaryRU)],
    ...(progress.norm.subjectRU === null
      ? []
      : [[l.subject, ru(progress.subjectRU), ru(progress.norm.subjectRU)]]),
  ];
  const contentHeader = contentKinds.map((c: ContentKind) => contentLabel(c, language));
  const activities = progress.activities.map((a) =>
    cells('td', [
      a.date,
      `${a.kind} ${kindEntry(a.kind).label[language]}`,
      a.title,
      contentLabel(a.content, language),
      ru(a.claimedRU),
      a.inPeriod ? ru(a.countedRU) : `0 (${l.outside})`,
      // The assessor's rule and reason beside R-REG-AUDIT-1, so the teacher reads why it counts 0.
      [a.rules.join(', '), ...(a.rejection ? [l.rejected(a.rejection.rule, a.rejection.reason)] : [])].join(
        '. ',
      ),
    ]),
  );
  // no `lang` attribute, which makes MuPDF write word by word (see documents' htmlPage); the language is in the metadata
  return `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>${escapeHtml(l.title)}</title>
<style>
body { font-family: sans-serif; font-size: 9.5pt; color: #1a1a1a; }
h1 { font-size: 20pt; margin: 0 0 6pt 0; }
h2 { font-size: 12pt; margin: 16pt 0 6pt 0; }
p { margin: 0 0 4pt 0; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 2pt 4pt; border-bottom: 0.5pt solid #8a8a8a; vertical-align: top; }
th { font-weight: bold; }
</style></head><body>
<h1>${escapeHtml(l.title)}</h1>
<p>${escapeHtml(teacher)}</p>
<p>${escapeHtml(`${l.period}: ${progress.period.start} – ${progress.period.end}; ${l.sector}: ${progress.sector}`)}</p>
<h2>${escapeHtml(l.norm)}</h2>
<table>${cells('th', ['', l.counted, l.required])}${norm.map((row) => cells('td', row)).join('')}</table>
<p>${escapeHtml(progress.meetsNorm ? l.meets : l.short)}</p>
<h2>${escapeHtml(l.byContent)}</h2>
<table>${cells('th', contentHeader)}${cells(
    'td',
    contentKinds.map((c) => ru(progress.byContent[c])),
  )}</table>
<h2>${escapeHtml(l.bySchoolYear)}</h2>
<table>${cells('th', [l.schoolYear, l.total, ...contentHeader])}${progress.bySchoolYear
    .map((y) => cells('td', [y.schoolYear, ru(y.totalRU), ...contentKinds.map((c) => ru(y.byContent[c]))]))
    .join('')}</table>
<h2>${escapeHtml(l.activities)}</h2>
${
  activities.length === 0
    ? `<p>${escapeHtml(l.none)}</p>`
    : `<table>${cells('th', [l.date, l.kind, l.activity, l.content, l.claimed, l.countedRu, l.rules])}${activities.join('')}</table>`
}
</body></html>`;
}

export function dossierPdf(
  progress: RegisterProgress,
  teacher: string,
  language: Language,
): Promise<Uint8Array> {
  const title = `${labels[language].title} ${teacher}`;
  return renderHtmlPdf(dossierHtml(progress, teacher, language), {
    title,
    author: 'Docentdossier',
    language,
  });
}
