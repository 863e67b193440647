import type { Language } from '../../../../contracts/common.js';
import type { ContentKind, RegisterProgress, RegisterRuleId } from '../../../../contracts/register.js';
import type { RegisterComplianceReport } from '../../../../contracts/register-compliance.js';
import { fileNamePart } from '../../platform/export/spreadsheet.js';
import { kindEntry } from './domain/catalogue.js';

// Register compliance of many teachers and one teacher's dossier as tables of text in the reader's
// language, for platform/export to write as CSV or XLSX. RU with one decimal, with a decimal comma in
// Dutch, as Dutch Excel reads it.

const words = {
  nl: {
    name: 'Naam',
    email: 'E-mail',
    units: 'Onderdelen',
    sector: 'Sector',
    periodStart: 'Periode van',
    periodEnd: 'Periode tot en met',
    periodEndGiven: 'Einddatum uit instellingen',
    total: 'Totaal RU',
    primary: 'Primair proces RU',
    subject: 'Vakinhoudelijk RU',
    meetsNorm: 'Voldoet aan de norm',
    missing: 'Tekort',
    noSettings: 'geen registergegevens',
    yes: 'ja',
    no: 'nee',
    complianceSheet: 'Registeruren',
    date: 'Datum',
    schoolYear: 'Schooljaar',
    kind: 'Soort',
    kindLabel: 'Omschrijving soort',
    title: 'Titel',
    content: 'Inhoud',
    inPeriod: 'In de periode',
    claimed: 'Opgegeven uren',
    counted: 'Geteld RU',
    rules: 'Regels',
    rejectionRule: 'Afgekeurd op regel',
    rejectionReason: 'Reden van afkeuring',
    dossierSheet: 'Dossier',
    contents: {
      subject: 'vakinhoudelijk',
      didactic: '(vak)didactisch',
      pedagogical: 'pedagogisch',
      general: 'algemeen',
    },
  },
  en: {
    name: 'Name',
    email: 'E-mail',
    units: 'Units',
    sector: 'Sector',
    periodStart: 'Period from',
    periodEnd: 'Period up to and including',
    periodEndGiven: 'End date from settings',
    total: 'Total RU',
    primary: 'Primary process RU',
    subject: 'Subject content RU',
    meetsNorm: 'Meets the norm',
    missing: 'Short',
    noSettings: 'no register settings',
    yes: 'yes',
    no: 'no',
    complianceSheet: 'Register hours',
    date: 'Date',
    schoolYear: 'School year',
    kind: 'Kind',
    kindLabel: 'Kind described',
    title: 'Title',
    content: 'Content',
    inPeriod: 'In the period',
    claimed: 'Hours entered',
    counted: 'Counted RU',
    rules: 'Rules',
    rejectionRule: 'Rejected on rule',
    rejectionReason: 'Reason for rejection',
    dossierSheet: 'Dossier',
    contents: {
      subject: 'subject content',
      didactic: '(subject) didactic',
      pedagogical: 'pedagogical',
      general: 'general',
    },
  },
} satisfies Record<Language, { contents: Record<ContentKind, string> } & Record<string, unknown>>;

const NORMS: RegisterRuleId[] = ['R-REG-NORM-1', 'R-REG-NORM-2', 'R-REG-NORM-3'];

/** RU as people read them: one decimal at most, a decimal comma in Dutch. */
export function ruText(ru: number, language: Language): string {
  const text = String(Math.round(ru * 10) / 10);
  return language === 'nl' ? text.replace('.', ',') : text;
}

/** A content kind (R-REG-CONTENT-1) in the reader's language. */
export function contentLabel(content: ContentKind, language: Language): string {
  return words[language].contents[content];
}

export function sheetName(kind: 'compliance' | 'dossier', language: Language): string {
  return kind === 'compliance' ? words[language].complianceSheet : words[language].dossierSheet;
}

/** A header row and one row per teacher; a teacher without register settings says so. */
export function registerComplianceTable(report: RegisterComplianceReport, language: Language): string[][] {
  const w = words[language];
  const header = [
    w.name,
    w.email,
    w.units,
    w.sector,
    w.periodStart,
    w.periodEnd,
    w.periodEndGiven,
    w.total,
    w.primary,
    w.subject,
    w.meetsNorm,
    ...NORMS.map((rule) => `${w.missing} ${rule}`),
  ];
  const rows = report.teachers.map((t) => {
    const who = [t.person.displayName, t.person.email, t.units.map((u) => u.name).join(', ')];
    const c = t.compliance;
    if (!c) return [...who, w.noSettings, ...Array<string>(header.length - who.length - 1).fill('')];
    const missing = (rule: RegisterRuleId) => c.shortfalls.find((s) => s.rule === rule)?.missingRU ?? 0;
    return [
      ...who,
      c.sector,
      c.period.start,
      c.period.end,
      c.periodEndGiven ? w.yes : w.no,
      ruText(c.totalRU, language),
      ruText(c.primaryRU, language),
      ruText(c.subjectRU, language),
      c.meetsNorm ? w.yes : w.no,
      ...NORMS.map((rule) => ruText(missing(rule), language)),
    ];
  });
  return [header, ...rows];
}

/**
 * A header row and one row per activity of the dossier, by date, with what counted and why; an activity
 * rejected in the audit also names the assessor's rule and reason (R-REG-AUDIT-1).
 */
export function dossierTable(progress: RegisterProgress, language: Language): string[][] {
  const w = words[language];
  const header = [
    w.date,
    w.schoolYear,
    w.kind,
    w.kindLabel,
    w.title,
    w.content,
    w.inPeriod,
    w.claimed,
    w.counted,
    w.rules,
    w.rejectionRule,
    w.rejectionReason,
  ];
  const rows = progress.activities.map((a) => [
    a.date,
    a.schoolYear,
    a.kind,
    kindEntry(a.kind).label[language],
    a.title,
    w.contents[a.content],
    a.inPeriod ? w.yes : w.no,
    ruText(a.claimedRU, language),
    ruText(a.countedRU, language),
    a.rules.join(', '),
    a.rejection?.rule ?? '',
    a.rejection?.reason ?? '',
  ]);
  return [header, ...rows];
}

export function registerComplianceFileName(
  report: RegisterComplianceReport,
  extension: 'csv' | 'xlsx',
): string {
  const name = fileNamePart(report.unit?.name ?? report.institution.name);
  return `registeruren-${name}-${report.on}.${extension}`;
}
