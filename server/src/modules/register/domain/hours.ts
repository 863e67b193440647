import type {
  ActivityKind,
  CheckActivity,
  ContentKind,
  RegisterCheckRequest,
  RegisterRuleId,
} from '../../../../../contracts/register.js';
import { apportionSharedCaps, type Claim, ownValue, sharedCapOf } from './caps.js';
import { isPrimaryProcess, type Shortfall, shortfallsOf, type Totals } from './norm.js';
import { inPeriod, type Period, periodEnding, schoolYearOf } from './period.js';
import { toTenths } from './tenths.js';

// The hours engine: the register hours each activity counts for over a four-year period, with every cap,
// and whether the total meets the re-registration norm. Pure: same input, same answer.

export interface CountedActivity {
  id: string;
  kind: ActivityKind;
  date: string;
  /** the school year (1 August – 31 July) of the date, `2023-2024` */
  schoolYear: string;
  inPeriod: boolean;
  /** the content it counts as (an English course: subject) */
  content: ContentKind;
  /** the hours entered, in tenths */
  claimedTenths: number;
  countedTenths: number;
  /** the rules that limited or decided the count, in the order applied; empty when counted in full */
  rules: RegisterRuleId[];
}

export interface RegisterCount extends Totals {
  period: Period;
  /** in the order of the input */
  activities: CountedActivity[];
  shortfalls: Shortfall[];
  meetsNorm: boolean;
}

/**
 * An activity as the engine takes it: the check's, and whether an audit rejected it (R-REG-AUDIT-1). The
 * public check never sets `rejected`; the dossier's progress and the compliance of many teachers do.
 */
export interface EngineActivity extends CheckActivity {
  rejected?: boolean;
}

export interface RegisterInput extends Omit<RegisterCheckRequest, 'activities'> {
  activities: readonly EngineActivity[];
}

export function countRegister(input: RegisterInput): RegisterCount {
  const period = periodEnding(input.periodEnd);
  const claims: Claim[] = [];

  // Objects written out in full, not spread from a shared base: this runs for every activity of every
  // teacher when a whole register is counted.
  const activities = input.activities.map((activity, index): CountedActivity => {
    const schoolYear = schoolYearOf(activity.date);
    const claimedTenths = toTenths(activity.hours);
    if (!inPeriod(activity.date, period)) {
      // R-REG-NORM-1: only the four years of the period count; outside it nothing, and no cap is used up.
      return {
        id: activity.id,
        kind: activity.kind,
        date: activity.date,
        schoolYear,
        claimedTenths,
        inPeriod: false,
        content: activity.content,
        countedTenths: 0,
        rules: ['R-REG-NORM-1'],
      };
    }
    if (activity.rejected) {
      // R-REG-AUDIT-1: rejected in an audit, it counts nothing and uses up no cap, as if never entered.
      return {
        id: activity.id,
        kind: activity.kind,
        date: activity.date,
        schoolYear,
        claimedTenths,
        inPeriod: true,
        content: activity.content,
        countedTenths: 0,
        rules: ['R-REG-AUDIT-1'],
      };
    }
    const own = ownValue(activity, input.teacher);
    const cap = sharedCapOf(activity, schoolYear, input.teacher);
    if (cap) claims.push({ index, date: activity.date, tenths: own.tenths, cap });
    return {
      id: activity.id,
      kind: activity.kind,
      date: activity.date,
      schoolYear,
      claimedTenths,
      inPeriod: true,
      content: own.content,
      countedTenths: own.tenths,
      rules: own.rules,
    };
  });

  // Caps per school year (R-REG-CAP-1, -4, -6, -8), shared in date order.
  const granted = apportionSharedCaps(claims);
  for (const claim of claims) {
    const activity = activities[claim.index];
    const tenths = granted.get(claim.index) ?? 0;
    if (!activity || tenths >= activity.countedTenths) continue;
    activity.countedTenths = tenths;
    if (!activity.rules.includes(claim.cap.rule)) activity.rules.push(claim.cap.rule);
  }

  const totals: Totals = { totalTenths: 0, primaryTenths: 0, subjectTenths: 0 };
  for (const activity of activities) {
    totals.totalTenths += activity.countedTenths;
    if (isPrimaryProcess(activity.content)) totals.primaryTenths += activity.countedTenths;
    if (activity.content === 'subject') totals.subjectTenths += activity.countedTenths;
  }
  const shortfalls = shortfallsOf(input.sector, totals);
  return { period, activities, ...totals, shortfalls, meetsNorm: shortfalls.length === 0 };
}
