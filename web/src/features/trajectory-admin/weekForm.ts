import type { QualificationCode } from '../../../../contracts/qualifications.js';
import { AssessmentWeekInput, type AssessmentWeekRecord } from '../../../../contracts/trajectories-api.js';

// The assessment week form (R-UMCU-ASM-3), checked with the contract itself: each of its issues becomes a
// message beside the field it names, in the interface language (the contract's own texts are English).

export interface WeekFormValues {
  name: string;
  startsOn: string;
  endsOn: string;
  draftDeadline: string;
  finalDeadline: string;
  qualifications: QualificationCode[];
}

export const weekFields = [
  'name',
  'startsOn',
  'endsOn',
  'draftDeadline',
  'finalDeadline',
  'qualifications',
] as const;
type WeekField = (typeof weekFields)[number];

export const emptyWeek = (): WeekFormValues => ({
  name: '',
  startsOn: '',
  endsOn: '',
  draftDeadline: '',
  finalDeadline: '',
  qualifications: ['BKO', 'UvO', 'KKO', 'SKO'],
});

export function weekFormOf(week: AssessmentWeekRecord): WeekFormValues {
  const { name, startsOn, endsOn, draftDeadline, finalDeadline, qualifications } = week;
  return { name, startsOn, endsOn, draftDeadline, finalDeadline, qualifications };
}

/**
 * Keys under `trajectoryAdmin.weeks.errors`: the contract's three refinements by the field they name (the
 * final deadline before the draft's, the week starting on or before the final deadline, ending before it
 * starts), and a field left empty or not a day.
 */
const refinementOf: Partial<Record<WeekField, string>> = {
  finalDeadline: 'finalBeforeDraft',
  startsOn: 'startsBeforeFinal',
  endsOn: 'endsBeforeStart',
};

export type WeekResult =
  | { input: AssessmentWeekInput; errors?: never }
  | { errors: Partial<Record<WeekField, string>>; input?: never };

export function weekInputOf(values: WeekFormValues): WeekResult {
  const parsed = AssessmentWeekInput.safeParse(values);
  if (parsed.success) return { input: parsed.data };
  const errors: Partial<Record<WeekField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as WeekField;
    if (errors[field]) continue;
    if (issue.code === 'custom') errors[field] = refinementOf[field] ?? 'invalid';
    else if (field === 'qualifications') errors[field] = 'qualifications';
    else if (field === 'name') errors[field] = 'name';
    else errors[field] = 'day';
  }
  return { errors };
}
