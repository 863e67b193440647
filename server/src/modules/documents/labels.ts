import type { Language } from '../../../../contracts/common.js';

/**
 * Every word the generated PDFs print. The caller picks the table (the teacher's language, or the
 * institution's); nothing in this module chooses a language itself.
 */
export interface DocumentLabels {
  language: Language;
  /** BCP 47 locale for dates */
  locale: string;
  portfolio: string;
  stages: { preview: string; draft: string; final: string };
  version: (number: number) => string;
  contents: string;
  teachingCv: string;
  cvColumns: { content: string; form: string; targetGroup: string; period: string; hours: string };
  totalHours: string;
  noTeachingTasks: string;
  evidence: string;
  noEvidence: string;
  appendix: (number: number) => string;
  appendices: string;
  /** title of the appendices file, e.g. "Bijlagen bij het portfolio BKO" */
  appendicesOf: (qualification: string) => string;
  page: string;
  /** the footer's page number */
  pageNumber: (page: number) => string;
  notConverted: (fileName: string) => string;
  notIncluded: (fileName: string) => string;
  /** ASCII words for file names */
  fileNames: { portfolio: string; appendices: string; version: string; preview: string };
}

export const documentLabels: Record<Language, DocumentLabels> = {
  nl: {
    language: 'nl',
    locale: 'nl-NL',
    portfolio: 'Portfolio',
    stages: { preview: 'Voorbeeld', draft: 'Concept', final: 'Definitief' },
    version: (n) => `Versie ${n}`,
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
    appendix: (n) => `Bijlage ${n}`,
    appendices: 'Bijlagen',
    appendicesOf: (q) => `Bijlagen bij het portfolio ${q}`,
    page: 'Pagina',
    pageNumber: (p) => `Pagina ${p}`,
    notConverted: (name) => `niet omgezet: ${name}`,
    notIncluded: (name) => `niet leesbaar: ${name}`,
    fileNames: { portfolio: 'portfolio', appendices: 'bijlagen', version: 'versie', preview: 'voorbeeld' },
  },
  en: {
    language: 'en',
    locale: 'en-GB',
    portfolio: 'Portfolio',
    stages: { preview: 'Preview', draft: 'Draft', final: 'Final' },
    version: (n) => `Version ${n}`,
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
    appendix: (n) => `Appendix ${n}`,
    appendices: 'Appendices',
    appendicesOf: (q) => `Appendices to the ${q} portfolio`,
    page: 'Page',
    pageNumber: (p) => `Page ${p}`,
    notConverted: (name) => `not converted: ${name}`,
    notIncluded: (name) => `not readable: ${name}`,
    fileNames: { portfolio: 'portfolio', appendices: 'appendices', version: 'version', preview: 'preview' },
  },
};
