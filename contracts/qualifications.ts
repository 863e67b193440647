import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';

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

// ---------------------------------------------------------------------------------------------------------
// Teaching profiles, earned qualifications, policy administration and compliance (issue 3, items 1, 5, 6).
// Everything below is for the logged-in application; the public advice contract above stays as it is.

export const PersonRef = z.object({ id: Uuid, displayName: z.string() });
export type PersonRef = z.infer<typeof PersonRef>;
export const InstitutionRef = z.object({ id: Uuid, name: z.string() });
export type InstitutionRef = z.infer<typeof InstitutionRef>;

/** A moment, ISO 8601 with its offset (`2026-11-23T14:05:00.000Z`). */
export const Moment = z.iso.datetime({ offset: true });

export const TeachingProfileConfirmation = z.object({
  confirmedBy: PersonRef,
  confirmedAt: Moment,
});

/** A teacher's profile at one institution, as the teacher keeps it and a line manager confirms it. */
export const TeachingProfileRecord = z.object({
  id: Uuid,
  person: PersonRef,
  institution: InstitutionRef,
  profile: TeachingProfile,
  updatedAt: Moment,
  updatedBy: PersonRef,
  /** null until a line manager confirms it, and again after the teacher changes it */
  confirmation: TeachingProfileConfirmation.nullable(),
});
export type TeachingProfileRecord = z.infer<typeof TeachingProfileRecord>;

export const MyTeachingProfiles = z.object({
  /** one item per institution where I hold a role, by name */
  items: z.array(
    z.object({
      institution: InstitutionRef,
      /** the id of the institution's qualification policy; null when it has none yet */
      policyId: z.string().nullable(),
      /** null: no profile kept there yet */
      profile: TeachingProfileRecord.nullable(),
    }),
  ),
});
export type MyTeachingProfiles = z.infer<typeof MyTeachingProfiles>;

export const InstitutionIdParam = z.object({ institutionId: Uuid });
export const IdParam = z.object({ id: Uuid });

export const ConfirmTeachingProfile = z
  .object({
    updatedAt: Moment.optional().describe(
      'The `updatedAt` of the profile as the confirmer read it; when the teacher changed it since, 409.',
    ),
  })
  .strict();
export type ConfirmTeachingProfile = z.infer<typeof ConfirmTeachingProfile>;

export const confirmationStates = ['pending', 'confirmed'] as const;
export const ConfirmationState = z.enum(confirmationStates);
export type ConfirmationState = z.infer<typeof ConfirmationState>;

export const TeachingProfilesToConfirmQuery = z
  .object({
    confirmation: ConfirmationState.optional().describe(
      '`pending`: not confirmed, or changed since; `confirmed`: confirmed as it stands. Absent: both.',
    ),
  })
  .strict();
export type TeachingProfilesToConfirmQuery = z.infer<typeof TeachingProfilesToConfirmQuery>;

/** A profile a line manager may confirm, with the units of the teacher's that the manager's scope covers. */
export const TeachingProfileToConfirm = TeachingProfileRecord.extend({
  units: z.array(z.object({ id: Uuid, name: z.string() })),
});
export type TeachingProfileToConfirm = z.infer<typeof TeachingProfileToConfirm>;
export const TeachingProfilesToConfirm = z.object({ items: z.array(TeachingProfileToConfirm) });
export type TeachingProfilesToConfirm = z.infer<typeof TeachingProfilesToConfirm>;

/** A teaching qualification a person earned; it belongs to the person and holds at every institution. */
export const EarnedQualification = z.object({
  id: Uuid,
  personId: Uuid,
  code: QualificationCode,
  earnedOn: IsoDate,
  issuer: z.string(),
  /** the institution where it was earned, when it is one known here */
  institution: InstitutionRef.nullable(),
  recordedBy: PersonRef,
  recordedAt: Moment,
});
export type EarnedQualification = z.infer<typeof EarnedQualification>;
export const EarnedQualificationList = z.object({ items: z.array(EarnedQualification) });
export type EarnedQualificationList = z.infer<typeof EarnedQualificationList>;

export const RecordQualification = z
  .object({
    code: QualificationCode,
    earnedOn: IsoDate.describe('The day the certificate was awarded; not in the future.'),
    issuer: z
      .string()
      .trim()
      .min(2)
      .max(200)
      .describe('Who awarded it, as on the certificate (e.g. "Universiteit Utrecht").'),
    institutionId: Uuid.nullable()
      .default(null)
      .describe('The institution where it was earned, when it is one known here.'),
  })
  .strict();
export type RecordQualification = z.infer<typeof RecordQualification>;
export type RecordQualificationInput = z.input<typeof RecordQualification>;

export const PersonQualificationParam = z.object({ id: Uuid, qualificationId: Uuid });
export const QualificationIdParam = z.object({ qualificationId: Uuid });

export const MyAdviceQuery = z
  .object({
    institutionId: Uuid,
    on: IsoDate.optional().describe('Default: today (Europe/Amsterdam).'),
  })
  .strict();

// Policy administration ----------------------------------------------------------------------------------

export const policyVersionStatuses = ['draft', 'published'] as const;
export const PolicyVersionStatus = z.enum(policyVersionStatuses);

export const PolicySummary = z.object({
  id: z.string(),
  name: z.string(),
  /** null when the institution is not (yet) known here */
  institution: InstitutionRef.nullable(),
});
export type PolicySummary = z.infer<typeof PolicySummary>;
export const PolicyList = z.object({ items: z.array(PolicySummary) });

export const PolicyVersionSummary = z.object({
  id: Uuid,
  policyId: z.string(),
  /** the name answers give (`2023-10-01`); null while a draft */
  version: z.string().nullable(),
  status: PolicyVersionStatus,
  validFrom: IsoDate,
  publishedAt: Moment.nullable(),
  /** who published it; null while a draft, and for a version shipped with the application */
  publishedBy: PersonRef.nullable(),
  /** the version in force today (Europe/Amsterdam) */
  inForce: z.boolean(),
  /** the version a draft started from; null when made from a document */
  basedOn: Uuid.nullable(),
  /** null for a version shipped with the application */
  createdBy: PersonRef.nullable(),
  createdAt: Moment,
  updatedAt: Moment,
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;

export const PolicyVersionList = z.object({ policy: PolicySummary, items: z.array(PolicyVersionSummary) });
export type PolicyVersionList = z.infer<typeof PolicyVersionList>;

export const PolicyVersion = PolicyVersionSummary.extend({ document: PolicyDocument });
export type PolicyVersion = z.infer<typeof PolicyVersion>;

/** A policy document as sent for checking; the server names every problem (POLICY_DOCUMENT_INVALID). */
const DocumentInput = z
  .record(z.string(), z.unknown())
  .describe(
    'A policy document (the `PolicyDocument` schema: qualifications with JSON Logic conditions, and notes). ' +
      'Checked by the policy compiler: a 400 POLICY_DOCUMENT_INVALID lists each problem in `details.issues` ' +
      'as `{path, message}`.',
  );

export const PolicyVersionParam = z.object({ policyId: PolicyId });
export const PolicyVersionIdParam = z.object({ policyId: PolicyId, versionId: Uuid });

export const CreatePolicyVersion = z
  .object({
    validFrom: IsoDate.describe('The intended start; chosen again on publishing.'),
    document: DocumentInput.optional().describe(
      'The document of the draft. Absent: a copy of the version in force today.',
    ),
  })
  .strict();
export type CreatePolicyVersion = z.infer<typeof CreatePolicyVersion>;

export const UpdatePolicyVersion = z
  .object({
    validFrom: IsoDate.optional(),
    document: DocumentInput,
  })
  .strict();
export type UpdatePolicyVersion = z.infer<typeof UpdatePolicyVersion>;

export const PublishPolicyVersion = z
  .object({
    validFrom: IsoDate.describe(
      'From this day on the version holds: today or later (Europe/Amsterdam), and not the start of a ' +
        'published version.',
    ),
  })
  .strict();
export type PublishPolicyVersion = z.infer<typeof PublishPolicyVersion>;

export const CheckPolicyDocument = z.object({ document: DocumentInput }).strict();
export const DocumentIssue = z.object({ path: z.string(), message: z.string() });
export const PolicyDocumentCheck = z.object({ valid: z.boolean(), issues: z.array(DocumentIssue) });
export type PolicyDocumentCheck = z.infer<typeof PolicyDocumentCheck>;

export const EvaluatePolicyVersion = z
  .object({
    on: IsoDate.optional().describe('Which version counts as "in force". Default: today (Europe/Amsterdam).'),
    samples: z
      .array(
        z
          .object({
            label: z.string().trim().min(1).max(200).optional(),
            profile: AdviceProfile,
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();
export type EvaluatePolicyVersion = z.infer<typeof EvaluatePolicyVersion>;
export type EvaluatePolicyVersionInput = z.input<typeof EvaluatePolicyVersion>;

export const StatusChange = z.object({
  code: QualificationCode,
  /** null: the qualification is not in that version */
  before: z.object({ status: QualificationStatus, rules: z.array(z.string()) }).nullable(),
  after: z.object({ status: QualificationStatus, rules: z.array(z.string()) }).nullable(),
});

export const PolicyEvaluation = z.object({
  version: z.object({ id: Uuid, version: z.string().nullable(), status: PolicyVersionStatus }),
  /** null when no version was in force on `on` */
  inForce: z.object({ id: Uuid, version: z.string() }).nullable(),
  on: IsoDate,
  results: z.array(
    z.object({
      label: z.string().nullable(),
      /** the outcome under the version evaluated */
      outcome: Advice,
      /** the outcome under the version in force; null when none was */
      inForceOutcome: Advice.nullable(),
      /** true when a status, a deciding rule or a note differs */
      changed: z.boolean(),
      /** qualifications whose status or deciding rules differ (before: in force, after: this version) */
      changes: z.array(StatusChange),
      notesAdded: z.array(z.string()),
      notesRemoved: z.array(z.string()),
    }),
  ),
});
export type PolicyEvaluation = z.infer<typeof PolicyEvaluation>;

export const conditionLists = [
  'obligatoryWhen',
  'eligibleWhen',
  'notApplicable.because',
  'notApplicable.otherwise',
  'notes',
] as const;
export const changeKinds = ['added', 'removed', 'changed'] as const;

export const ConditionChange = z.object({
  list: z.enum(conditionLists),
  /** the rule id; null for a reason without one (and for `otherwise`) */
  rule: z.string().nullable(),
  /** 1 for the first condition with this rule id in the list, 2 for the second, … */
  occurrence: z.number().int(),
  change: z.enum(changeKinds),
  /** for `changed`: which parts differ */
  fields: z.array(z.enum(['logic', 'explanation', 'cites', 'rules', 'position'])),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});
export type ConditionChange = z.infer<typeof ConditionChange>;

export const PolicyDiff = z.object({
  version: z.object({ id: Uuid, version: z.string().nullable(), status: PolicyVersionStatus }),
  /** the version compared with: the one in force today; null when none is */
  against: z.object({ id: Uuid, version: z.string(), validFrom: IsoDate }).nullable(),
  /** true when the documents are the same */
  identical: z.boolean(),
  /** the qualifications in a different order (conditions may read earlier statuses) */
  orderChanged: z.boolean(),
  qualifications: z.array(
    z.object({
      code: QualificationCode,
      change: z.enum(changeKinds),
      conditions: z.array(ConditionChange),
    }),
  ),
  notes: z.array(ConditionChange),
});
export type PolicyDiff = z.infer<typeof PolicyDiff>;

// Compliance --------------------------------------------------------------------------------------------

/** A qualification's status for one teacher; `no-profile` when the teacher has kept no profile there yet. */
export const complianceStatuses = [...qualificationStatuses, 'no-profile'] as const;
export const ComplianceStatus = z.enum(complianceStatuses);
export type ComplianceStatus = z.infer<typeof ComplianceStatus>;

export const ComplianceQuery = z
  .object({
    unitId: Uuid.optional().describe('Only teachers in this unit or below. Absent: every unit I may see.'),
    on: IsoDate.optional().describe('The policy version in force on this day applies. Default: today.'),
  })
  .strict();
export type ComplianceQuery = z.infer<typeof ComplianceQuery>;

export const ComplianceRow = z.object({
  person: PersonRef.extend({ email: z.string() }),
  /** the units where the person teaches, within the scope asked for */
  units: z.array(z.object({ id: Uuid, name: z.string() })),
  /** null: no profile yet */
  profile: z.object({ id: Uuid, updatedAt: Moment, confirmedAt: Moment.nullable() }).nullable(),
  qualifications: z.array(
    z.object({
      code: QualificationCode,
      status: ComplianceStatus,
      rules: z.array(z.string()),
      /** earned (anywhere: the qualifications are recognised nationally) */
      held: z.boolean(),
      /** obligatory and not held */
      missing: z.boolean(),
    }),
  ),
});
export type ComplianceRow = z.infer<typeof ComplianceRow>;

export const ComplianceReport = z.object({
  institution: InstitutionRef,
  unit: z.object({ id: Uuid, name: z.string() }).nullable(),
  on: IsoDate,
  policy: z.object({ id: z.string(), version: z.string() }),
  /** the policy's qualifications, in its order: the columns */
  codes: z.array(QualificationCode),
  teachers: z.array(ComplianceRow),
  summary: z.object({
    teachers: z.number().int(),
    withProfile: z.number().int(),
    withoutProfile: z.number().int(),
    confirmed: z.number().int(),
    byQualification: z.array(
      z.object({
        code: QualificationCode,
        obligatory: z.number().int(),
        eligible: z.number().int(),
        notApplicable: z.number().int(),
        noProfile: z.number().int(),
        held: z.number().int(),
        missing: z.number().int(),
      }),
    ),
  }),
});
export type ComplianceReport = z.infer<typeof ComplianceReport>;
