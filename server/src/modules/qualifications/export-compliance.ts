import type { Language } from '../../../../contracts/common.js';
import type { ComplianceReport, ComplianceStatus } from '../../../../contracts/qualifications.js';
import { fileNamePart, tableCsv, tableXlsx } from '../../platform/export/spreadsheet.js';
import { dayInAmsterdam } from './domain/versions.js';

// The compliance view as a spreadsheet: the same columns in CSV and in XLSX (platform/export writes them).

const words = {
  nl: {
    name: 'Naam',
    email: 'E-mail',
    units: 'Onderdelen',
    profileUpdated: 'Profiel bijgewerkt',
    confirmed: 'Bevestigd',
    status: 'status',
    held: 'behaald',
    missing: 'ontbreekt',
    yes: 'ja',
    no: 'nee',
    sheet: 'Kwalificaties',
    statuses: {
      obligatory: 'verplicht',
      eligible: 'komt in aanmerking',
      'not-applicable': 'niet van toepassing',
      'no-profile': 'geen profiel',
    },
  },
  en: {
    name: 'Name',
    email: 'E-mail',
    units: 'Units',
    profileUpdated: 'Profile updated',
    confirmed: 'Confirmed',
    status: 'status',
    held: 'held',
    missing: 'missing',
    yes: 'yes',
    no: 'no',
    sheet: 'Qualifications',
    statuses: {
      obligatory: 'obligatory',
      eligible: 'eligible',
      'not-applicable': 'not applicable',
      'no-profile': 'no profile',
    },
  },
} satisfies Record<Language, { statuses: Record<ComplianceStatus, string> } & Record<string, unknown>>;

/** The table: a header row and one row per teacher, all text, in the language asked for. */
export function complianceTable(report: ComplianceReport, language: Language): string[][] {
  const w = words[language];
  const header = [
    w.name,
    w.email,
    w.units,
    w.profileUpdated,
    w.confirmed,
    ...report.codes.flatMap((code) => [`${code} ${w.status}`, `${code} ${w.held}`, `${code} ${w.missing}`]),
  ];
  const day = (iso: string | null | undefined) => (iso ? dayInAmsterdam(new Date(iso)) : '');
  const rows = report.teachers.map((t) => [
    t.person.displayName,
    t.person.email,
    t.units.map((u) => u.name).join(', '),
    day(t.profile?.updatedAt),
    day(t.profile?.confirmedAt),
    ...t.qualifications.flatMap((q) => [
      w.statuses[q.status],
      q.held ? w.yes : w.no,
      q.missing ? w.yes : w.no,
    ]),
  ]);
  return [header, ...rows];
}

export function complianceCsv(report: ComplianceReport, language: Language): Buffer {
  return tableCsv(complianceTable(report, language));
}

export function complianceXlsx(report: ComplianceReport, language: Language): Promise<Buffer> {
  return tableXlsx(complianceTable(report, language), words[language].sheet);
}

export function exportFileName(report: ComplianceReport, extension: 'csv' | 'xlsx'): string {
  return `compliance-${fileNamePart(report.unit?.name ?? report.institution.name)}-${report.on}.${extension}`;
}
