import type {
  CheckActivity,
  ContentKind,
  RegisterRuleId,
  TeacherFacts,
} from '../../../../../contracts/register.js';
import { kindEntry } from './catalogue.js';
import { halfOf, toTenths } from './tenths.js';

// The caps of seed 003 ("Voor de volgende werkzaamheden/activiteiten is al een begrenzing vastgesteld"),
// in two steps: what one activity is worth on its own, then the caps per school year that several
// activities share.

export interface OwnValue {
  /** what the activity is worth on its own, in tenths of an RU */
  tenths: number;
  /** the content it counts as: an English course is subject content whatever the caller says (R-REG-CAP-9) */
  content: ContentKind;
  /** the rules that limited or decided this value */
  rules: RegisterRuleId[];
}

/** What one activity is worth on its own, before the caps per school year. */
export function ownValue(activity: CheckActivity, teacher: TeacherFacts): OwnValue {
  const hours = toTenths(activity.hours);
  const counting = kindEntry(activity.kind).counting;
  const full = { tenths: hours, content: activity.content, rules: [] };
  const limited = (tenths: number, rule: RegisterRuleId): OwnValue =>
    tenths < hours ? { tenths, content: activity.content, rules: [rule] } : full;

  switch (counting.by) {
    case 'hours':
    case 'school-year': // shared caps come in the second step
      return full;
    case 'development-hours':
      // R-REG-CAP-2: 1 RU per development or contact hour, so every hour counts.
      return full;
    case 'meeting':
      // R-REG-CAP-3: at most 3 RU per exam meeting; one activity is one meeting.
      return limited(Math.min(hours, counting.maxTenths), counting.rule);
    case 'half-days':
      // R-REG-CAP-5: 1 RU per half-day, and never more than the hours actually spent.
      return limited(Math.min(hours, (activity.halfDays ?? 0) * counting.tenthsPerHalfDay), counting.rule);
    case 'article':
      // R-REG-CAP-7: only a placed article of at least 1000 words counts, at most 12 RU.
      if ((activity.words ?? 0) < counting.minWords) {
        return { tenths: 0, content: activity.content, rules: [counting.rule] };
      }
      return limited(Math.min(hours, counting.maxTenths), counting.rule);
    case 'first-aid':
      // R-REG-CAP-8: only a PE teacher may count first aid; their 12 RU a year come in the second step.
      return teacher.peTeacher ? full : { tenths: 0, content: activity.content, rules: [counting.rule] };
    case 'english-course':
      // R-REG-CAP-9: at a bilingual school, half the hours, as subject content; elsewhere nothing.
      return {
        tenths: teacher.bilingualSchool ? halfOf(hours) : 0,
        content: 'subject',
        rules: [counting.rule],
      };
  }
}

/** A cap that several activities share: at most `maxTenths` over all activities with the same `key`. */
export interface SharedCap {
  rule: RegisterRuleId;
  key: string;
  maxTenths: number;
}

/** The cap per school year an activity shares with others, if its kind has one. */
export function sharedCapOf(
  activity: CheckActivity,
  schoolYear: string,
  teacher: TeacherFacts,
): SharedCap | null {
  const counting = kindEntry(activity.kind).counting;
  if (counting.by === 'school-year') {
    // R-REG-CAP-1 (5.5a) and R-REG-CAP-6 (6.4c): per school year over all such activities;
    // R-REG-CAP-4 (6.2e): per committee per school year.
    const scope = counting.per === 'group' ? `/${normalizedGroup(activity.group ?? '')}` : '';
    return {
      rule: counting.rule,
      key: `${counting.rule}/${schoolYear}${scope}`,
      maxTenths: counting.maxTenths,
    };
  }
  if (counting.by === 'first-aid' && teacher.peTeacher) {
    // R-REG-CAP-8: at most 12 RU of first aid per school year.
    return {
      rule: counting.rule,
      key: `${counting.rule}/${schoolYear}`,
      maxTenths: counting.maxTenthsPerSchoolYear,
    };
  }
  return null;
}

/** One committee however the caller spells its name: case and spacing do not matter. */
export function normalizedGroup(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

export interface Claim {
  /** position in the request: the tie-breaker between activities on the same day */
  index: number;
  date: string;
  tenths: number;
  cap: SharedCap;
}

/**
 * Shares each cap among its activities first come, first served: by date, then by position in the request,
 * so the answer never depends on anything but the input. Returns what each claim (by index) is granted.
 */
export function apportionSharedCaps(claims: readonly Claim[]): Map<number, number> {
  const ordered = [...claims].sort((a, b) =>
    a.date === b.date ? a.index - b.index : a.date < b.date ? -1 : 1,
  );
  const used = new Map<string, number>();
  const granted = new Map<number, number>();
  for (const claim of ordered) {
    const before = used.get(claim.cap.key) ?? 0;
    const tenths = Math.min(claim.tenths, Math.max(0, claim.cap.maxTenths - before));
    used.set(claim.cap.key, before + tenths);
    granted.set(claim.index, tenths);
  }
  return granted;
}
