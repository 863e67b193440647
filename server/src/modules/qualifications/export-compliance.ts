import ExcelJS from 'exceljs';
import type { Language } from '../../../../contracts/common.js';
import type { ComplianceReport, ComplianceStatus } from '../../../../contracts/qualifications.js';
import { dayInAmsterdam } from './domain/versions.js';

// The compliance view as a spreadsheet: the same columns in CSV (for Dutch Excel: UTF-8 with a byte order
// mark, semicolons) and in XLSX (header row frozen, with an autofilter).

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

/**
 * A cell that starts with = + - @ (or a tab or carriage return) would be run as a formula by a spreadsheet
 * (CSV injection): names and units are typed by people, so such a cell gets a leading apostrophe.
 */
function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = defuse(cell);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function complianceCsv(report: ComplianceReport, language: Language): Buffer {
  const lines = complianceTable(report, language).map((row) => row.map(csvCell).join(';'));
  // The byte order mark makes Excel read UTF-8 (ë, ö in Dutch names); CRLF as RFC 4180 says.
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function complianceXlsx(report: ComplianceReport, language: Language): Promise<Buffer> {
  const table = complianceTable(report, language);
  const header = table[0] ?? [];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Docentdossier';
  const sheet = workbook.addWorksheet(words[language].sheet, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  // Cells are written as text: a spreadsheet never evaluates a string cell, so nothing needs defusing.
  for (const row of table) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(...table.map((row) => (row[i] ?? '').length));
    column.width = Math.min(Math.max(widest + 2, 8), 60);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function exportFileName(report: ComplianceReport, extension: 'csv' | 'xlsx'): string {
  const slug = (report.unit?.name ?? report.institution.name)
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `compliance-${slug || 'export'}-${report.on}.${extension}`;
}
