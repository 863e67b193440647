import {
  type ActivityKind,
  type ContentKind,
  contentKinds,
  type Sector,
  type TeacherFacts,
} from '../../../../../contracts/register.js';
import { type CountedActivity, countRegister, type RegisterCount } from './hours.js';
import { inPeriod, schoolYearOf } from './period.js';
import { fromTenths } from './tenths.js';

// A teacher's progress toward the norm over a period, from the activities in their dossier: the engine's
// count, summed per content kind and per school year, and the points of other schemes beside it.

export interface DossierActivity {
  id: string;
  title: string;
  kind: ActivityKind;
  date: string;
  hoursTenths: number;
  content: ContentKind;
  halfDays: number | null;
  words: number | null;
  group: string | null;
  points: readonly { scheme: string; pointsTenths: number }[];
  /** rejected in an audit whose decisions are out (R-REG-AUDIT-1): the assessor's rule and reason */
  rejection: { rule: string; reason: string } | null;
}

export type TenthsByContent = Record<ContentKind, number>;

export interface Progress {
  count: RegisterCount;
  /** the dossier's activities with their titles, in the order counted */
  activities: (CountedActivity & { title: string; rejection: DossierActivity['rejection'] })[];
  byContent: TenthsByContent;
  /** every school year that overlaps the period, oldest first, with what counted in it */
  bySchoolYear: { schoolYear: string; totalTenths: number; byContent: TenthsByContent }[];
  /** points per scheme of the activities in the period, in tenths, by scheme */
  points: { scheme: string; pointsTenths: number }[];
}

const emptyByContent = (): TenthsByContent =>
  Object.fromEntries(contentKinds.map((c) => [c, 0])) as TenthsByContent;

/** The school years from the one holding `first` to the one holding `last`: `2022-2023`, … */
function schoolYearsBetween(first: string, last: string): string[] {
  const from = Number(schoolYearOf(first).slice(0, 4));
  const to = Number(schoolYearOf(last).slice(0, 4));
  return Array.from({ length: to - from + 1 }, (_, i) => `${from + i}-${from + i + 1}`);
}

/**
 * Counts the dossier over the period ending on `periodEnd`. Activities go to the engine by date, then in
 * the order given (the order they were recorded), which decides who gets a shared cap first.
 */
export function progressOf(
  teacher: TeacherFacts & { sector: Sector },
  periodEnd: string,
  dossier: readonly DossierActivity[],
): Progress {
  const ordered = [...dossier].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const count = countRegister({
    sector: teacher.sector,
    periodEnd,
    teacher: { peTeacher: teacher.peTeacher, bilingualSchool: teacher.bilingualSchool },
    activities: ordered.map((a) => ({
      id: a.id,
      kind: a.kind,
      date: a.date,
      hours: fromTenths(a.hoursTenths),
      content: a.content,
      ...(a.halfDays === null ? {} : { halfDays: a.halfDays }),
      ...(a.words === null ? {} : { words: a.words }),
      ...(a.group === null ? {} : { group: a.group }),
      ...(a.rejection === null ? {} : { rejected: true }),
    })),
  });

  const byContent = emptyByContent();
  const years = new Map(
    schoolYearsBetween(count.period.start, count.period.end).map((schoolYear) => [
      schoolYear,
      { schoolYear, totalTenths: 0, byContent: emptyByContent() },
    ]),
  );
  for (const activity of count.activities) {
    if (!activity.inPeriod) continue;
    byContent[activity.content] += activity.countedTenths;
    const year = years.get(activity.schoolYear);
    if (year) {
      year.totalTenths += activity.countedTenths;
      year.byContent[activity.content] += activity.countedTenths;
    }
  }

  const points = new Map<string, number>();
  for (const activity of ordered) {
    if (!inPeriod(activity.date, count.period)) continue;
    for (const p of activity.points) points.set(p.scheme, (points.get(p.scheme) ?? 0) + p.pointsTenths);
  }

  return {
    count,
    activities: count.activities.map((a, i) => ({
      ...a,
      title: ordered[i]?.title ?? '',
      rejection: ordered[i]?.rejection ?? null,
    })),
    byContent,
    bySchoolYear: [...years.values()],
    points: [...points]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([scheme, pointsTenths]) => ({ scheme, pointsTenths })),
  };
}

/** 31 July of the school year a day falls in: the default end of a period. */
export function endOfSchoolYear(day: string): string {
  return `${schoolYearOf(day).slice(5)}-07-31`;
}
