import {
  type ActivityKind,
  fieldNeededByKind,
  type RegisterActivityInput,
} from '../../../../../contracts/register.js';
import { kindEntry } from './catalogue.js';

// What a recorded activity must hold beyond its types: the fields its kind needs, the level rule and the
// passed-test rule. Pure; the use case turns each problem into a message naming the field.

export type ActivityProblemCode =
  /** the kind cannot be counted without this field (R-REG-CAP-4, -5, -7) */
  | 'needed-by-kind'
  /** the seed's "zelf invullen" needs a description of what it was */
  | 'other-needs-description'
  /** below bachelor level only with a relevance statement (R-REG-LEVEL-1) */
  | 'relevance-below-bachelor'
  /** online or mostly self-study only with a passed test, exam or assignment (R-REG-EVID-3) */
  | 'test-needed'
  /** the first day comes after the last */
  | 'start-after-date'
  /** the same accreditation scheme twice */
  | 'duplicate-scheme';

export interface ActivityProblem {
  /** the request field, as validation failures name it: `body.relevance` */
  field: string;
  code: ActivityProblemCode;
  rule?: string;
}

const needed = fieldNeededByKind as Partial<Record<ActivityKind, 'halfDays' | 'words' | 'group'>>;

/** The one field a kind needs (`fieldNeededByKind`), if any. */
export function neededFieldOf(kind: ActivityKind): 'halfDays' | 'words' | 'group' | null {
  return needed[kind] ?? null;
}

const RULE_OF_NEEDED_FIELD = { group: 'R-REG-CAP-4', halfDays: 'R-REG-CAP-5', words: 'R-REG-CAP-7' } as const;

/** Every rule the activity breaks, in the order of its fields; empty when it may be stored. */
export function activityProblems(activity: RegisterActivityInput): ActivityProblem[] {
  const problems: ActivityProblem[] = [];
  if (kindEntry(activity.kind).other && activity.otherDescription === undefined) {
    problems.push({ field: 'body.otherDescription', code: 'other-needs-description', rule: 'R-REG-TYPE-1' });
  }
  if (activity.startDate !== undefined && activity.startDate > activity.date) {
    problems.push({ field: 'body.startDate', code: 'start-after-date' });
  }
  if (activity.level === 'below-bachelor' && activity.relevance === undefined) {
    problems.push({ field: 'body.relevance', code: 'relevance-below-bachelor', rule: 'R-REG-LEVEL-1' });
  }
  const field = neededFieldOf(activity.kind);
  if (field && activity[field] === undefined) {
    problems.push({ field: `body.${field}`, code: 'needed-by-kind', rule: RULE_OF_NEEDED_FIELD[field] });
  }
  if (activity.delivery !== 'contact' && !activity.testPassed) {
    problems.push({ field: 'body.testPassed', code: 'test-needed', rule: 'R-REG-EVID-3' });
  }
  const schemes = new Set<string>();
  activity.accreditationPoints.forEach(({ scheme }, index) => {
    const key = schemeKey(scheme);
    if (schemes.has(key)) {
      problems.push({ field: `body.accreditationPoints.${index}.scheme`, code: 'duplicate-scheme' });
    }
    schemes.add(key);
  });
  return problems;
}

/** Schemes are compared without case or extra spaces: "aban" and "ABAN" are one scheme. */
export function schemeKey(scheme: string): string {
  return scheme.trim().replace(/\s+/g, ' ').toUpperCase();
}

/**
 * The activity as stored: fields its kind does not use left out (as the check ignores them), so a record
 * never carries a stale half-day count after its kind changed.
 */
export function withoutUnusedFields(activity: RegisterActivityInput): RegisterActivityInput {
  const field = neededFieldOf(activity.kind);
  const { halfDays, words, group, otherDescription, ...rest } = activity;
  return {
    ...rest,
    ...(field === 'halfDays' ? { halfDays } : {}),
    ...(field === 'words' ? { words } : {}),
    ...(field === 'group' ? { group } : {}),
    ...(kindEntry(activity.kind).other ? { otherDescription } : {}),
    accreditationPoints: activity.accreditationPoints.map((p) => ({ ...p, scheme: schemeKey(p.scheme) })),
  };
}
