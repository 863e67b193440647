import type {
  AdviceRequestInput,
  QualificationCode,
  TeachingRole,
} from '../../../../contracts/qualifications.js';

/** A field of the profile the advice API reads (the contract's names), which one question asks. */
export type ProfileField = keyof AdviceRequestInput['profile'];

/** The steps a policy can ask; their titles are `advice.step.<id>` in the catalogues. */
export type QuestionStepId = 'employment' | 'roles' | 'teaching' | 'tasks' | 'areas' | 'background';

export interface QuestionStep {
  id: QuestionStepId;
  /** asked in this order, one input (or group of inputs) each */
  fields: readonly ProfileField[];
}

/** What to do about a qualification still to earn: at UMC Utrecht an intake, at Amsterdam UMC registration. */
export type NextStep = 'intake' | 'registration';

/**
 * Everything the wizard knows about one institution's policy: what to ask and in which steps. The server
 * decides; this only keeps the questions to those whose answers its conditions read, so a teacher at
 * Amsterdam UMC is never asked a salary scale.
 */
export interface AdvicePolicy {
  /** the policy id of the advice API */
  id: string;
  /** a proper name, the same in both languages */
  institution: string;
  steps: readonly QuestionStep[];
  /** the roles its conditions read; other roles decide nothing there and are not asked */
  roles: readonly TeachingRole[];
  /** the qualifications it answers about, in its order; also what can be marked as held */
  qualifications: readonly QualificationCode[];
  nextStep: NextStep;
}

/** R-UMCU-BKO-2 (block coordinator) and R-UMCU-SKO-2 (a formal managing or coordinating role). */
const umcuRoles = [
  'programme-coordinator',
  'block-coordinator',
  'unit-coordinator',
  'curriculum-committee',
  'block-committee',
  'line-committee',
  'programme-council',
  'examination-board',
  'assessment-committee',
  'programme-committee',
  'division-education-coordinator',
  'programme-director',
  'head-of-bachelor-master',
  'other-coordinating',
] as const satisfies readonly TeachingRole[];

/** R-AUMC-OBL-1: the key persons in education that the seed lists. */
const aumcRoles = [
  'unit-coordinator',
  'block-coordinator',
  'programme-coordinator',
  'examination-board',
  'assessment-committee',
  'programme-committee',
  'division-education-coordinator',
  'programme-director',
  'head-of-bachelor-master',
  'principal-educator',
  'medical-educator',
  'seconded-physician-teacher',
  'junior-teacher',
  'other-coordinating',
] as const satisfies readonly TeachingRole[];

export const advicePolicies = [
  {
    id: 'umcu',
    institution: 'UMC Utrecht',
    steps: [
      { id: 'employment', fields: ['employment'] },
      { id: 'roles', fields: ['positions', 'roles'] },
      { id: 'teaching', fields: ['teachingFte', 'competencyAreas'] },
      { id: 'tasks', fields: ['deliveryTasks', 'clinicalTrainer'] },
      { id: 'background', fields: ['held'] },
    ],
    roles: umcuRoles,
    qualifications: ['BKO', 'UvO', 'KKO', 'SKO'],
    nextStep: 'intake',
  },
  {
    id: 'aumc',
    institution: 'Amsterdam UMC',
    steps: [
      { id: 'roles', fields: ['positions', 'roles'] },
      { id: 'teaching', fields: ['contactHoursPerYear', 'teachingYears', 'studentsSupervised'] },
      { id: 'areas', fields: ['competencyAreas'] },
      { id: 'background', fields: ['teachingLicence', 'held'] },
    ],
    roles: aumcRoles,
    qualifications: ['BKO'],
    nextStep: 'registration',
  },
] as const satisfies readonly AdvicePolicy[];

export type AdvicePolicyId = (typeof advicePolicies)[number]['id'];

export function findPolicy(id: string | undefined): AdvicePolicy | undefined {
  return advicePolicies.find((policy) => policy.id === id);
}

/** Every profile field the policy asks, in the order it asks them. */
export const askedFields = (policy: AdvicePolicy): ProfileField[] =>
  policy.steps.flatMap((step) => step.fields);
