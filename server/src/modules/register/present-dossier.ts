import type {
  EvidenceFile,
  RegisterActivity,
  RegisterProgress,
  RegisterSettings,
} from '../../../../contracts/register.js';
import { PRIMARY_NORM_TENTHS, SUBJECT_NORM_TENTHS, TOTAL_NORM_TENTHS } from './domain/norm.js';
import type { Progress, TenthsByContent } from './domain/progress.js';
import { fromTenths } from './domain/tenths.js';
import type { ActivityRow, EvidenceRow, PointsRow, SettingsRow } from './dossier.repository.js';

// The dossier as the API shows it: RU with one decimal, moments as ISO strings.

export function presentSettings(row: SettingsRow | null): RegisterSettings {
  return {
    sector: row?.sector ?? null,
    peTeacher: row?.peTeacher ?? false,
    bilingualSchool: row?.bilingualSchool ?? false,
    registerNumber: row?.registerNumber ?? null,
    periodEnd: row?.periodEnd ?? null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export function presentEvidence(row: EvidenceRow): EvidenceFile {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

export function presentActivity(
  row: ActivityRow,
  points: PointsRow[],
  evidence: EvidenceRow[],
  validated: RegisterActivity['validated'],
): RegisterActivity {
  return {
    id: row.id,
    kind: row.kind,
    otherDescription: row.otherDescription,
    title: row.title,
    startDate: row.startDate,
    date: row.date,
    hours: fromTenths(row.hoursTenths),
    content: row.content,
    level: row.level,
    relevance: row.relevance,
    description: row.description,
    application: row.application,
    halfDays: row.halfDays,
    words: row.words,
    group: row.committee,
    delivery: row.delivery,
    testPassed: row.testPassed,
    accreditationPoints: points.map((p) => ({ scheme: p.scheme, points: fromTenths(p.pointsTenths) })),
    validated,
    locked: row.lockedByReviewId !== null,
    evidence: evidence.map(presentEvidence),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const inRu = (byContent: TenthsByContent) => ({
  subject: fromTenths(byContent.subject),
  didactic: fromTenths(byContent.didactic),
  pedagogical: fromTenths(byContent.pedagogical),
  general: fromTenths(byContent.general),
});

export function presentProgress(
  settings: Pick<SettingsRow, 'sector' | 'peTeacher' | 'bilingualSchool'>,
  progress: Progress,
): RegisterProgress {
  const { count } = progress;
  return {
    sector: settings.sector,
    teacher: { peTeacher: settings.peTeacher, bilingualSchool: settings.bilingualSchool },
    period: count.period,
    norm: {
      totalRU: fromTenths(TOTAL_NORM_TENTHS),
      primaryRU: fromTenths(PRIMARY_NORM_TENTHS),
      subjectRU: settings.sector === 'vo' ? fromTenths(SUBJECT_NORM_TENTHS) : null,
    },
    totalRU: fromTenths(count.totalTenths),
    primaryRU: fromTenths(count.primaryTenths),
    subjectRU: fromTenths(count.subjectTenths),
    meetsNorm: count.meetsNorm,
    shortfalls: count.shortfalls.map((s) => ({ rule: s.rule, missingRU: fromTenths(s.missingTenths) })),
    byContent: inRu(progress.byContent),
    bySchoolYear: progress.bySchoolYear.map((y) => ({
      schoolYear: y.schoolYear,
      totalRU: fromTenths(y.totalTenths),
      byContent: inRu(y.byContent),
    })),
    accreditationPoints: progress.points.map((p) => ({
      scheme: p.scheme,
      points: fromTenths(p.pointsTenths),
    })),
    activities: progress.activities.map((a) => ({
      id: a.id,
      title: a.title,
      kind: a.kind,
      date: a.date,
      schoolYear: a.schoolYear,
      inPeriod: a.inPeriod,
      content: a.content,
      claimedRU: fromTenths(a.claimedTenths),
      countedRU: fromTenths(a.countedTenths),
      rules: a.rules,
      rejection: a.rejection,
    })),
  };
}
