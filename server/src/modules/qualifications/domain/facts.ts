import type {
  CompetencyArea,
  DeliveryTask,
  Position,
  QualificationCode,
  QualificationStatus,
  TeachingProfile,
  TeachingRole,
} from '../../../../../contracts/qualifications.js';

/**
 * What a policy's conditions read (`{"var": "teachingFte"}`): the profile, normalised, plus the
 * qualifications already held and the status of each qualification decided so far.
 */
export interface Facts {
  employment: { permanent: boolean; years: number; scale: number | null };
  positions: Position[];
  roles: TeachingRole[];
  teachingFte: number;
  contactHoursPerYear: number;
  teachingYears: number;
  studentsSupervised: number;
  competencyAreas: CompetencyArea[];
  deliveryTasks: DeliveryTask[];
  clinicalTrainer: boolean;
  teachingLicence: boolean;
  held: QualificationCode[];
  /** filled in policy order, so a later qualification's conditions can read an earlier one's status */
  status: Partial<Record<QualificationCode, QualificationStatus>>;
}

/** Names a condition may read, with the fields below them (`employment.years`). */
export const factFields: Record<keyof Facts, readonly string[]> = {
  employment: ['permanent', 'years', 'scale'],
  positions: [],
  roles: [],
  teachingFte: [],
  contactHoursPerYear: [],
  teachingYears: [],
  studentsSupervised: [],
  competencyAreas: [],
  deliveryTasks: [],
  clinicalTrainer: [],
  teachingLicence: [],
  held: [],
  status: [],
};

/**
 * Thresholds are met exactly ("at least 0.2 fte" holds for 0.2), but a caller's arithmetic may give
 * 0.19999999999999996 for 0.2. Rounding to a millionth removes binary noise and keeps every meaningful
 * digit, so 0.199 stays below 0.2.
 */
function clean(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function distinct<T>(values: readonly T[]): T[] {
  return values.length < 2 ? [...values] : [...new Set(values)];
}

export function factsOf(profile: TeachingProfile, held: readonly QualificationCode[]): Facts {
  return {
    employment: {
      permanent: profile.employment.permanent,
      years: clean(profile.employment.years),
      scale: profile.employment.scale ?? null,
    },
    positions: distinct(profile.positions),
    roles: distinct(profile.roles),
    teachingFte: clean(profile.teachingFte),
    contactHoursPerYear: clean(profile.contactHoursPerYear),
    teachingYears: clean(profile.teachingYears),
    studentsSupervised: profile.studentsSupervised,
    competencyAreas: distinct(profile.competencyAreas),
    // "several delivery tasks" counts kinds of task: the same kind twice is one.
    deliveryTasks: distinct(profile.deliveryTasks),
    clinicalTrainer: profile.clinicalTrainer,
    teachingLicence: profile.teachingLicence,
    held: distinct(held),
    status: {},
  };
}
