import {
  competencyAreas,
  deliveryTasks,
  positions,
  TeachingProfile,
  teachingRoles,
} from '../../../../contracts/qualifications.js';
import { type ProfileAnswers, unansweredFields } from '../advice/answers';
import type { QuestionContext } from '../advice/fields';
import type { ProfileField } from '../advice/policies';

/** The fields of a teaching profile: every field the advice reads except `held`, which is the person's record. */
export type TeachingProfileField = Exclude<ProfileField, 'held'>;

/** The sections of the profile form, in order; their titles are `teachingProfile.section.<id>`. */
export const profileSections = [
  { id: 'employment', fields: ['employment'] },
  { id: 'roles', fields: ['positions', 'roles'] },
  { id: 'teaching', fields: ['teachingFte', 'contactHoursPerYear', 'teachingYears', 'studentsSupervised'] },
  { id: 'areas', fields: ['competencyAreas'] },
  { id: 'tasks', fields: ['deliveryTasks', 'clinicalTrainer'] },
  { id: 'licence', fields: ['teachingLicence'] },
] as const satisfies readonly { id: string; fields: readonly TeachingProfileField[] }[];

export const profileFields: TeachingProfileField[] = profileSections.flatMap((section) => section.fields);

/** A teaching profile offers every role: it is what any version of the institution's policy may read. */
export const profileContext = (institution: string): QuestionContext => ({
  institution,
  roles: teachingRoles,
  qualifications: [],
  everyRole: true,
});

const inOrder = <T extends string>(order: readonly T[], chosen: readonly T[] | undefined): T[] =>
  order.filter((value) => chosen?.includes(value));

/**
 * The profile as stored: defaults filled in and lists in the contract's order without repeats, so ticking a
 * box off and on again is no change (a change clears the line manager's confirmation).
 */
export function toTeachingProfile(answers: ProfileAnswers): TeachingProfile {
  const { held: _held, ...fields } = answers;
  const profile = TeachingProfile.parse(fields);
  return {
    ...profile,
    positions: inOrder(positions, profile.positions),
    roles: inOrder(teachingRoles, profile.roles),
    competencyAreas: inOrder(competencyAreas, profile.competencyAreas),
    deliveryTasks: inOrder(deliveryTasks, profile.deliveryTasks),
  };
}

/** Whether two profiles say the same, whatever the order of their lists. */
export const sameProfile = (a: ProfileAnswers, b: ProfileAnswers): boolean =>
  JSON.stringify(toTeachingProfile(a)) === JSON.stringify(toTeachingProfile(b));

/**
 * What to send on saving: the stored profile itself when nothing was changed (so its confirmation stays,
 * even were its lists stored in another order), else the answers as a complete profile.
 */
export const profileToSave = (answers: ProfileAnswers, stored: TeachingProfile | null): TeachingProfile =>
  stored && sameProfile(answers, stored) ? stored : toTeachingProfile(answers);

/** The catalogue key of each problem that keeps the profile from being saved, by field. */
export type ProfileProblems = Partial<
  Record<TeachingProfileField, 'advice.required.employment' | 'teachingProfile.required.years'>
>;

/**
 * A contract has to be chosen (most UMC Utrecht rules depend on it), and a temporary one needs its length:
 * "employed for at least 2 years" is read from it, and an empty length would silently count as none.
 */
export function profileProblems(answers: ProfileAnswers): ProfileProblems {
  if (unansweredFields(['employment'], answers).length > 0)
    return { employment: 'advice.required.employment' };
  const { permanent, years } = answers.employment ?? {};
  if (permanent === false && !years) return { employment: 'teachingProfile.required.years' };
  return {};
}
