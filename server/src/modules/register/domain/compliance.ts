import {
  type ActivityKind,
  type CheckActivity,
  type ContentKind,
  contentKinds,
  type Sector,
} from '../../../../../contracts/register.js';
import { catalogue } from './catalogue.js';
import { countRegister } from './hours.js';
import type { Shortfall, Totals } from './norm.js';
import type { Period } from './period.js';
import { fromTenths } from './tenths.js';

// Compliance of many teachers at once: the hours engine per teacher, fed with what the database could
// safely add up beforehand. The engine stays the one place where caps and the norm are applied.

/**
 * Kinds the engine counts at their hours, with no cap of their own and none shared per school year
 * (`ownValue` returns them in full and `sharedCapOf` gives them none). Their activities in the period may be
 * added up per content kind before counting: a sum of them counts exactly what they count one by one.
 * Every other kind is capped per activity or per school year, so each of its activities goes to the
 * engine on its own, in the engine's order.
 */
export const additiveKinds: readonly ActivityKind[] = catalogue
  .filter((entry) => entry.counting.by === 'hours' || entry.counting.by === 'development-hours')
  .map((entry) => entry.kind);

export interface TeacherRegisterFacts {
  sector: Sector;
  periodEnd: string;
  peTeacher: boolean;
  bilingualSchool: boolean;
}

export interface TeacherCompliance extends Totals {
  period: Period;
  meetsNorm: boolean;
  shortfalls: Shortfall[];
}

/** Hours in tenths of the additive kinds in the period, per content kind. */
export type AdditiveSums = Partial<Record<ContentKind, number>>;

/**
 * A teacher's compliance for the period ending on `facts.periodEnd`: `sums` of the additive kinds in the
 * period and every other activity in the engine's order (by date, then as recorded). Activities outside the
 * period may be left out: the engine counts them 0 and lets them use up no cap (R-REG-NORM-1).
 */
export function complianceOf(
  facts: TeacherRegisterFacts,
  sums: AdditiveSums,
  capped: readonly CheckActivity[],
): TeacherCompliance {
  const activities: CheckActivity[] = [];
  for (const content of contentKinds) {
    const tenths = sums[content];
    // The first additive kind stands for all of them; the period's last day lies in the period.
    if (tenths) {
      activities.push({
        id: `sum-${content}`,
        kind: additiveKinds[0] as ActivityKind,
        date: facts.periodEnd,
        hours: fromTenths(tenths),
        content,
      });
    }
  }
  for (const activity of capped) activities.push(activity);
  const count = countRegister({
    sector: facts.sector,
    periodEnd: facts.periodEnd,
    teacher: { peTeacher: facts.peTeacher, bilingualSchool: facts.bilingualSchool },
    activities,
  });
  return {
    period: count.period,
    totalTenths: count.totalTenths,
    primaryTenths: count.primaryTenths,
    subjectTenths: count.subjectTenths,
    meetsNorm: count.meetsNorm,
    shortfalls: count.shortfalls,
  };
}
