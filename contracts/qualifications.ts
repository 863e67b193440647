import { z } from 'zod';
import { IsoDate } from './common.js';

// Teaching qualifications: who must (or may) earn which, under an institution's versioned policy.
// The advice endpoint is a public contract that other systems call: change it only by adding.

/** BKO basic, UvO partial (delivery), KKO clinical, SKO senior teaching qualification (domain.md §2). */
export const qualificationCodes = ['BKO', 'UvO', 'KKO', 'SKO'] as const;
export const QualificationCode = z.enum(qualificationCodes);
export type QualificationCode = z.infer<typeof QualificationCode>;

export const qualificationStatuses = ['obligatory', 'eligible', 'not-applicable'] as const;
export const QualificationStatus = z.enum(qualificationStatuses);
export type QualificationStatus = z.infer<typeof QualificationStatus>;

export const positions = [
  'full-professor',
  'associate-professor',
  'teaching-professor',
  'teaching-associate-professor',
] as const;
export const Position = z.enum(positions);
export type Position = z.infer<typeof Position>;

/** Roles in education (not to be confused with the platform's access roles in identity). */
export const teachingRoles = [
  'block-coordinator',
  'programme-coordinator',
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
  'principal-educator',
  'medical-educator',
  'seconded-physician-teacher',
  'junior-teacher',
  'other-coordinating',
] as const;
export const TeachingRole = z.enum(teachingRoles);
export type TeachingRole = z.infer<typeof TeachingRole>;

/** The five competency areas of the BKO end terms (seed 001). */
export const competencyAreas = ['design', 'delivery', 'supervision', 'assessment', 'evaluation'] as const;
export const CompetencyArea = z.enum(competencyAreas);
export type CompetencyArea = z.infer<typeof CompetencyArea>;

/** Delivery tasks as listed in R-UMCU-UVO-2. */
export const deliveryTasks = [
  'lecture',
  'working-lecture',
  'working-group',
  'skills-training',
  'practical',
  'placement-supervision',
  'tutor-mentor',
] as const;
export const DeliveryTask = z.enum(deliveryTasks);
export type DeliveryTask = z.infer<typeof DeliveryTask>;

export const Employment = z
  .object({
    permanent: z
      .boolean()
      .default(false)
      .describe('A permanent contract (vast dienstverband). Absent: false.'),
    years: z
      .number()
      .min(0)
      .max(60)
      .default(0)
      .describe(
        'Length of the appointment in years; a permanent contract counts as long enough whatever this says. Absent: 0.',
      ),
    scale: z
      .number()
      .int()
      .min(1)
      .max(20)
      .optional()
      .describe('Salary scale; absent when unknown, which counts as below every threshold.'),
  })
  .strict();
export type Employment = z.infer<typeof Employment>;

/**
 * What a policy needs to know about a teacher. Every field may be left out: a caller asks only what the
 * chosen policy needs, and a missing field means "none" (false, 0, an empty list). Unknown fields are
 * refused, so a misspelt field is an error rather than a silent "none".
 */
export const TeachingProfile = z
  .object({
    employment: Employment.default({ permanent: false, years: 0 }).describe(
      'Employment at the institution. Absent: temporary, 0 years.',
    ),
    positions: z
      .array(Position)
      .max(positions.length * 2)
      .default([])
      .describe('Academic positions held. Absent: none.'),
    roles: z
      .array(TeachingRole)
      .max(teachingRoles.length * 2)
      .default([])
      .describe('Managing, coordinating and key roles in education. Absent: none.'),
    teachingFte: z
      .number()
      .min(0)
      .max(1.5)
      .default(0)
      .describe(
        'Structural teaching task in fte a year (0.2 = 20% of a full-time job). Compared exactly at the ' +
          'thresholds (0.2 is "at least 0.2"); binary rounding noise such as 0.7 - 0.5 is ignored. Absent: 0.',
      ),
    contactHoursPerYear: z
      .number()
      .min(0)
      .max(5000)
      .default(0)
      .describe('Hours of contact teaching to groups of students per academic year. Absent: 0.'),
    teachingYears: z
      .number()
      .min(0)
      .max(60)
      .default(0)
      .describe('Years the teacher has taught at (about) this number of contact hours. Absent: 0.'),
    studentsSupervised: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .default(0)
      .describe('Students supervised individually. Absent: 0.'),
    competencyAreas: z
      .array(CompetencyArea)
      .max(competencyAreas.length * 2)
      .default([])
      .describe('Competency areas the teaching tasks cover. Absent: none.'),
    deliveryTasks: z
      .array(DeliveryTask)
      .max(deliveryTasks.length * 2)
      .default([])
      .describe('Kinds of delivery task the teacher carries out (each kind counts once). Absent: none.'),
    clinicalTrainer: z
      .boolean()
      .default(false)
      .describe('Trains students or residents in the clinical workplace. Absent: false.'),
    teachingLicence: z
      .boolean()
      .default(false)
      .describe(
        'Holds a teaching licence (first- or second-degree teacher training, or BDB). Absent: false.',
      ),
  })
  .strict();
export type TeachingProfile = z.infer<typeof TeachingProfile>;

export const AdviceProfile = TeachingProfile.extend({
  held: z
    .array(QualificationCode)
    .max(qualificationCodes.length * 2)
    .default([])
    .describe('Qualifications already earned; each is marked held in the answer, its status still computed.'),
}).strict();
export type AdviceProfile = z.infer<typeof AdviceProfile>;

export const PolicyId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,40}$/);

export const AdviceRequest = z
  .object({
    policy: PolicyId.describe(
      'The policy to apply: `umcu` (UMC Utrecht), `aumc` (Amsterdam UMC), or another.',
    ),
    on: IsoDate.optional().describe(
      'The date the advice is for: the policy version in force on that day applies. Absent: today (Europe/Amsterdam).',
    ),
    profile: AdviceProfile,
  })
  .strict();
export type AdviceRequest = z.infer<typeof AdviceRequest>;
export type AdviceRequestInput = z.input<typeof AdviceRequest>;

export const QualificationAdvice = z.object({
  code: QualificationCode,
  status: QualificationStatus,
  /** the rule ids (domain.md) that decided the status; may be empty when no rule applies at all */
  rules: z.array(z.string()),
  explanation: z.string(),
  /** present, and true, only for a qualification listed in `held` */
  held: z.literal(true).optional(),
});
export type QualificationAdvice = z.infer<typeof QualificationAdvice>;

export const AdviceNote = z.object({ rule: z.string(), text: z.string() });
export type AdviceNote = z.infer<typeof AdviceNote>;

export const Advice = z.object({
  policy: z.object({ id: z.string(), version: z.string() }),
  qualifications: z.array(QualificationAdvice),
  notes: z.array(AdviceNote),
});
export type Advice = z.infer<typeof Advice>;

// The policy document: the data an institution's policy version consists of. Conditions are JSON Logic
// (jsonlogic.com) over the profile; the server checks that every condition compiles and reads only known
// fields before it accepts a document.

export const RuleId = z.string().regex(/^R(-[A-Z0-9]+)+$/, 'a rule id such as R-UMCU-BKO-1');
export const Localized = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
export type Localized = z.infer<typeof Localized>;
export const JsonLogic = z.json();
export type JsonLogic = z.infer<typeof JsonLogic>;

/** A rule that holds for a profile, with the sentence that tells the teacher so. */
export const Condition = z
  .object({
    id: RuleId,
    /** further rule ids the condition applies, cited along with `id` (R-UMCU-BKO-3 defines "broad") */
    cites: z.array(RuleId).default([]),
    logic: JsonLogic,
    explanation: Localized,
  })
  .strict();
export type Condition = z.infer<typeof Condition>;

/** Why a qualification does not apply; `id` is absent when no rule decides it (no teaching at all). */
export const Reason = Condition.extend({ id: RuleId.optional() }).strict();
export type Reason = z.infer<typeof Reason>;

export const QualificationRules = z
  .object({
    code: QualificationCode,
    /** obligatory when any holds; the answer cites all that hold */
    obligatoryWhen: z.array(Condition).default([]),
    /** otherwise eligible when any holds */
    eligibleWhen: z.array(Condition).default([]),
    /** otherwise not applicable: the reasons that hold, or `otherwise` when none does */
    notApplicable: z
      .object({
        because: z.array(Reason).default([]),
        otherwise: z.object({ rules: z.array(RuleId).default([]), explanation: Localized }).strict(),
      })
      .strict(),
  })
  .strict();
export type QualificationRules = z.infer<typeof QualificationRules>;

export const PolicyDocument = z
  .object({
    /** evaluated in this order; a condition may read `status.<code>` of the qualifications before it */
    qualifications: z.array(QualificationRules).min(1),
    /** remarks added to the advice when their condition holds; they may read every qualification's status */
    notes: z.array(Condition).default([]),
  })
  .strict();
export type PolicyDocument = z.infer<typeof PolicyDocument>;
export type PolicyDocumentInput = z.input<typeof PolicyDocument>;
