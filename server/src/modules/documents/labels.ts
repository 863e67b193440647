import type { Language } from '../../../../contracts/common.js';

/**
 * Every word the generated PDFs print. The caller picks the table (the teacher's language, or the
 * institution's); nothing in this module chooses a language itself. Plain data with `{name}` placeholders,
 * so a table can be sent to the PDF worker thread (and later kept per institution).
 */
export interface DocumentLabels {
  language: Language;
  /** BCP 47 locale for dates */
  locale: string;
  portfolio: string;
  stages: { preview: string; draft: string; final: string };
  /** {number} */
  version: string;
  contents: string;
  teachingCv: string;
  cvColumns: { content: string; form: string; targetGroup: string; period: string; hours: string };
  totalHours: string;
  noTeachingTasks: string;
  evidence: string;
  noEvidence: string;
  /** {number} */
  appendix: string;
  appendices: string;
  /** title of the appendices file, e.g. "Bijlagen bij het portfolio {qualification}" */
  appendicesOf: string;
  page: string;
  /** the footer's page number: {page} */
  pageNumber: string;
  /** {fileName} */
  notConverted: string;
  /** {fileName} */
  notIncluded: string;
}

export const documentLabels: Record<Language, DocumentLabels> = {
  nl: {
    language: 'nl',
    locale: 'nl-NL',
    portfolio: 'Portfolio',
    stages: { preview: 'Voorbeeld', draft: 'Concept', final: 'Definitief' },
    version: 'Versie {number}',
    contents: 'Inhoud',
    teachingCv: 'Onderwijs-cv',
    cvColumns: {
      content: 'Inhoud',
      form: 'Vorm',
      targetGroup: 'Doelgroep',
      period: 'Periode',
      hours: 'Uren',
    },
    totalHours: 'Totaal',
    noTeachingTasks: 'Nog geen onderwijstaken ingevuld.',
    evidence: 'Bewijsstukken',
    noEvidence: 'Geen bewijsstukken gekoppeld.',
    appendix: 'Bijlage {number}',
    appendices: 'Bijlagen',
    appendicesOf: 'Bijlagen bij het portfolio {qualification}',
    page: 'Pagina',
    pageNumber: 'Pagina {page}',
    notConverted: 'niet omgezet: {fileName}',
    notIncluded: 'niet leesbaar: {fileName}',
  },
  en: {
    language: 'en',
    locale: 'en-GB',
    portfolio: 'Portfolio',
    stages: { preview: 'Preview', draft: 'Draft', final: 'Final' },
    version: 'Version {number}',
    contents: 'Contents',
    teachingCv: 'Teaching CV',
    cvColumns: {
      content: 'Content',
      form: 'Form',
      targetGroup: 'Target group',
      period: 'Period',
      hours: 'Hours',
    },
    totalHours: 'Total',
    noTeachingTasks: 'No teaching tasks entered yet.',
    evidence: 'Evidence',
    noEvidence: 'No evidence linked.',
    appendix: 'Appendix {number}',
    appendices: 'Appendices',
    appendicesOf: 'Appendices to the {qualification} portfolio',
    page: 'Page',
    pageNumber: 'Page {page}',
    notConverted: 'not converted: {fileName}',
    notIncluded: 'not readable: {fileName}',
  },
};
