import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';
import { Localized, QualificationCode, RuleId } from './qualifications.js';
import {
  CatalogueItem,
  Cents,
  Checklist,
  CvTask,
  EvidenceKind,
  FeedbackVerdict,
  Payer,
  PlanCosts,
  PortfolioContent,
  PortfolioTemplate,
  RequirementId,
  RequirementSettings,
  RouteKind,
  SectionContent,
  SectionId,
  TrajectoryEventType,
  TrajectoryPlan,
  TrajectoryState,
} from './trajectories.js';

// The trajectories API (issue 5): requests and answers. The domain's own types are in trajectories.ts.

export const TrajectoryIdParam = z.object({ trajectoryId: Uuid });
export const InstitutionIdParam = z.object({ institutionId: Uuid });

const PersonRef = z.object({ id: Uuid, displayName: z.string() });

// Intake (R-UMCU-ROUTE-1) --------------------------------------------------------------------------------

export const intakeSources = ['advice', 'dossier'] as const;

export const IntakeRequestInput = z
  .object({
    institutionId: Uuid,
    /** where the teacher asked from: the advice page or their dossier */
    from: z.enum(intakeSources),
    /** the qualification the teacher has in mind, if any; the intake decides */
    qualification: QualificationCode.nullable().default(null),
    message: z.string().trim().max(2000).default(''),
  })
  .strict();
export type IntakeRequestInput = z.input<typeof IntakeRequestInput>;

export const IntakeOfferInput = z
  .object({
    startsAt: z.iso.datetime({ offset: true }),
    minutes: z.number().int().min(5).max(480).default(60),
    location: z.string().trim().min(1).max(200),
  })
  .strict();

export const IntakeOffersInput = z.object({ times: z.array(IntakeOfferInput).min(1).max(10) }).strict();
export type IntakeOffersInput = z.input<typeof IntakeOffersInput>;

export const IntakeOffer = z.object({
  id: Uuid,
  startsAt: z.string(),
  minutes: z.number().int(),
  location: z.string(),
  accepted: z.boolean(),
});
export type IntakeOffer = z.infer<typeof IntakeOffer>;

export const OfferIdParam = z.object({ trajectoryId: Uuid, offerId: Uuid });

export const RecordIntakeInput = z
  .object({
    plan: TrajectoryPlan,
    /** the teacher's earlier trajectory whose portfolio this one starts from (UvO → BKO, R-UMCU-UVO-4) */
    carryOverFrom: Uuid.nullable().default(null),
  })
  .strict();
export type RecordIntakeInput = z.input<typeof RecordIntakeInput>;

/** One planned piece of schooling as recorded, with its title and price as at the intake. */
export const SchoolingRecord = z.object({
  id: Uuid,
  kind: z.enum(['course', 'module', 'elsewhere']),
  catalogueItemId: z.string().nullable(),
  title: Localized,
  provider: z.string().nullable(),
  priceCents: Cents,
  completedOn: IsoDate.nullable(),
  /** the evidence item holding the certificate */
  certificateEvidenceId: Uuid.nullable(),
});
export type SchoolingRecord = z.infer<typeof SchoolingRecord>;

export const CostDecisionInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve') }).strict(),
  z.object({ decision: z.literal('decline'), reason: z.string().trim().min(1).max(2000) }).strict(),
]);
export type CostDecisionInput = z.input<typeof CostDecisionInput>;

// A trajectory as each viewer sees it -------------------------------------------------------------------

/** What every viewer sees: the status (coordinators and advisers not acting on it see only this). */
export const TrajectorySummary = z.object({
  id: Uuid,
  institution: z.object({ id: Uuid, name: z.string() }),
  teacher: PersonRef,
  adviser: PersonRef.nullable(),
  state: TrajectoryState,
  /** the qualification of the recorded plan; null before the intake */
  qualification: QualificationCode.nullable(),
  /** the one the teacher asked about when requesting the intake, if any */
  requestedQualification: QualificationCode.nullable(),
  expectedAssessmentWeek: IsoDate.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrajectorySummary = z.infer<typeof TrajectorySummary>;

export const TrajectoryList = z.object({ items: z.array(TrajectorySummary) });

export const IntakeRequest = z.object({ from: z.enum(intakeSources), message: z.string() });
export type IntakeRequest = z.infer<typeof IntakeRequest>;

/** The intake queue: the summary with what the teacher asked, so an adviser can plan without opening each. */
export const IntakeQueueItem = TrajectorySummary.extend({ request: IntakeRequest });
export const IntakeQueue = z.object({ items: z.array(IntakeQueueItem) });
export type IntakeQueueItem = z.infer<typeof IntakeQueueItem>;

export const CostDecision = z.object({
  decision: z.enum(['approved', 'declined']),
  reason: z.string().nullable(),
  decidedBy: PersonRef,
  decidedAt: z.string(),
});

/**
 * A trajectory in detail. `view` says how much the caller sees: `content` (the teacher and their adviser)
 * everything; `status-and-costs` (the teacher's line manager) adds `costs` and `costDecision` to the
 * summary; `status` only the summary. What the view does not cover is null.
 */
export const TrajectoryDetail = TrajectorySummary.extend({
  view: z.enum(['content', 'status-and-costs', 'status']),
  /** the events the caller may send now (before the machine's guards) */
  events: z.array(TrajectoryEventType),
  costs: PlanCosts.nullable(),
  costDecision: CostDecision.nullable(),
  request: IntakeRequest.nullable(),
  offers: z.array(IntakeOffer).nullable(),
  plan: z
    .object({
      intakeOn: IsoDate,
      route: RouteKind,
      payer: Payer,
      notes: z.string(),
      schooling: z.array(SchoolingRecord),
    })
    .nullable(),
  /** the reason given when it was withdrawn, cancelled or its final version returned */
  reason: z.string().nullable(),
});
export type TrajectoryDetail = z.infer<typeof TrajectoryDetail>;

// Catalogue (R-UMCU-COST-1) ------------------------------------------------------------------------------

export const CatalogueParam = z.object({
  institutionId: Uuid,
  year: z.coerce.number().int().min(2000).max(2100),
});

export const CatalogueInput = z
  .object({
    items: z.array(CatalogueItem).max(500),
    assessmentPriceCents: z.partialRecord(QualificationCode, Cents),
  })
  .strict();
export type CatalogueInput = z.input<typeof CatalogueInput>;

export const CatalogueRecord = z.object({
  institutionId: Uuid,
  year: z.number().int(),
  items: z.array(CatalogueItem),
  assessmentPriceCents: z.partialRecord(QualificationCode, Cents),
  updatedAt: z.string(),
});
export type CatalogueRecord = z.infer<typeof CatalogueRecord>;

export const CatalogueList = z.object({ items: z.array(CatalogueRecord) });

// Assessment weeks (R-UMCU-ASM-3) --------------------------------------------------------------------------

export const AssessmentWeekInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    startsOn: IsoDate,
    endsOn: IsoDate,
    /** the last day a draft is accepted by a teacher signed up for the week */
    draftDeadline: IsoDate,
    /** the last day the final version is accepted */
    finalDeadline: IsoDate,
    qualifications: z.array(QualificationCode).min(1).max(4),
  })
  .strict()
  .refine((w) => w.draftDeadline <= w.finalDeadline, {
    path: ['finalDeadline'],
    message: 'the final deadline comes on or after the draft deadline',
  })
  .refine((w) => w.finalDeadline < w.startsOn, {
    path: ['startsOn'],
    message: 'the week starts after the final deadline',
  })
  .refine((w) => w.startsOn <= w.endsOn, {
    path: ['endsOn'],
    message: 'the week ends on or after its start',
  });
export type AssessmentWeekInput = z.input<typeof AssessmentWeekInput>;

export const AssessmentWeekRecord = z.object({
  id: Uuid,
  institutionId: Uuid,
  name: z.string(),
  startsOn: IsoDate,
  endsOn: IsoDate,
  draftDeadline: IsoDate,
  finalDeadline: IsoDate,
  qualifications: z.array(QualificationCode),
});
export type AssessmentWeekRecord = z.infer<typeof AssessmentWeekRecord>;

export const AssessmentWeekList = z.object({ items: z.array(AssessmentWeekRecord) });
export const WeekIdParam = z.object({ weekId: Uuid });

// The portfolio (R-UMCU-PF-1) ----------------------------------------------------------------------------

export const SectionParam = z.object({ trajectoryId: Uuid, sectionId: SectionId });
export const EvidenceParam = z.object({ trajectoryId: Uuid, evidenceId: Uuid });
export const EvidenceFileParam = z.object({ trajectoryId: Uuid, evidenceId: Uuid, fileId: Uuid });
export const SchoolingParam = z.object({ trajectoryId: Uuid, schoolingId: Uuid });

/** `revision`: the revision the writer read; a save since is 409, so nobody overwrites what they did not see. */
const Revision = z.number().int().min(1).optional();

export const CvInput = z.object({ revision: Revision, cv: z.array(CvTask).max(200) }).strict();
export type CvInput = z.input<typeof CvInput>;

export const SectionInput = SectionContent.extend({ revision: Revision }).strict();
export type SectionInput = z.input<typeof SectionInput>;

export const EvidenceInput = z
  .object({
    kind: EvidenceKind,
    title: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(''),
    date: IsoDate.nullable().default(null),
  })
  .strict();
export type EvidenceInput = z.input<typeof EvidenceInput>;

export const CompleteSchoolingInput = z
  .object({
    completedOn: IsoDate,
    /** an evidence item of the portfolio, of kind schooling-certificate, with its file */
    certificateEvidenceId: Uuid,
  })
  .strict();
export type CompleteSchoolingInput = z.input<typeof CompleteSchoolingInput>;

export const PortfolioView = z.object({
  trajectoryId: Uuid,
  qualification: QualificationCode,
  /** the template in force at the intake, with the institution's own numbers */
  template: PortfolioTemplate,
  content: PortfolioContent,
  revision: z.number().int(),
  /** whether the teacher can change it now (not while a version is with the adviser, nor after the final) */
  editable: z.boolean(),
  checklist: Checklist,
  updatedAt: z.string(),
});
export type PortfolioView = z.infer<typeof PortfolioView>;

// Hand-in, feedback and versions (R-UMCU-FB-1, R-UMCU-ASM-1, -3, -4) -------------------------------------

export const HandInInput = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('draft'),
      /** sign up for (or move to) this assessment week with the draft (R-UMCU-ASM-3) */
      assessmentWeekId: Uuid.nullable().default(null),
    })
    .strict(),
  z.object({ kind: z.literal('final') }).strict(),
]);
export type HandInInput = z.input<typeof HandInInput>;

export const VersionParam = z.object({ trajectoryId: Uuid, number: z.coerce.number().int().min(1) });

/** A file of the hand-in (R-UMCU-SUB-1, -2): `portfolio` and `appendices`, or (UvO) `combined`. */
export const HandInPdfPart = z.enum(['portfolio', 'appendices', 'combined']);
export const PreviewPdfParam = z.object({ trajectoryId: Uuid, part: HandInPdfPart });
export const VersionPdfParam = VersionParam.extend({ part: HandInPdfPart });

export const FeedbackInput = z
  .object({
    verdict: FeedbackVerdict,
    overall: z.string().trim().min(1).max(20_000),
    /** comments by section id; sections without a comment are left out */
    sections: z.record(SectionId, z.string().trim().min(1).max(20_000)).default({}),
  })
  .strict();
export type FeedbackInput = z.input<typeof FeedbackInput>;

export const Feedback = z.object({
  verdict: FeedbackVerdict,
  overall: z.string(),
  sections: z.record(z.string(), z.string()),
  givenBy: PersonRef,
  givenAt: z.string(),
});

export const VersionSummary = z.object({
  number: z.number().int(),
  kind: z.enum(['draft', 'final']),
  handedInAt: z.string(),
  verdict: FeedbackVerdict.nullable(),
});
export const VersionList = z.object({ items: z.array(VersionSummary) });

export const VersionDetail = VersionSummary.extend({
  templateValidFrom: IsoDate,
  content: PortfolioContent,
  checklist: Checklist,
  feedback: Feedback.nullable(),
});
export type VersionDetail = z.infer<typeof VersionDetail>;

export const FinalCheckInput = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('accept') }).strict(),
  z.object({ decision: z.literal('return'), reason: z.string().trim().min(1).max(2000) }).strict(),
]);
export type FinalCheckInput = z.input<typeof FinalCheckInput>;

export const CompareQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

/** Two versions side by side: per section and for the CV and the evidence, what changed. */
export const VersionComparison = z.object({
  from: z.number().int(),
  to: z.number().int(),
  cv: z.object({ added: z.array(z.string()), removed: z.array(z.string()), changed: z.array(z.string()) }),
  sections: z.array(
    z.object({
      sectionId: SectionId,
      textChanged: z.boolean(),
      /** the plain text of both versions, for a side-by-side view */
      before: z.string(),
      after: z.string(),
      evidenceAdded: z.array(z.string()),
      evidenceRemoved: z.array(z.string()),
    }),
  ),
  evidence: z.object({
    added: z.array(z.string()),
    removed: z.array(z.string()),
    changed: z.array(z.string()),
  }),
});
export type VersionComparison = z.infer<typeof VersionComparison>;

// The coordinator's overview ----------------------------------------------------------------------------

export const OverviewQuery = z.object({ state: TrajectoryState.optional() });

/** The status of every trajectory of the institution in the caller's scope, with counts per state. */
export const TrajectoryOverview = z.object({
  items: z.array(TrajectorySummary),
  counts: z.partialRecord(TrajectoryState, z.number().int()),
});
export type TrajectoryOverview = z.infer<typeof TrajectoryOverview>;

// Other events -------------------------------------------------------------------------------------------

export const WithdrawInput = z.object({ reason: z.string().trim().max(2000).optional() }).strict();
export const CancelInput = z.object({ reason: z.string().trim().min(1).max(2000) }).strict();
export const ChooseWeekInput = z.object({ assessmentWeekId: Uuid }).strict();

// The institution's own numbers for the templates' requirements (R-UMCU-PF-1) ------------------------------

export const RequirementSettingsParam = z.object({ institutionId: Uuid, qualification: QualificationCode });

export const RequirementSettingsInput = z.object({ settings: RequirementSettings }).strict();
export type RequirementSettingsInput = z.input<typeof RequirementSettingsInput>;

export const RequirementSettingsView = z.object({
  qualification: QualificationCode,
  /** the template in force today, whose numbered requirements the settings name */
  templateValidFrom: IsoDate,
  /** the template's own numbers, by requirement id */
  defaults: z.record(z.string(), z.number().int()),
  /** the numbered requirements in the template's order, for a form: what each counts (items or words) */
  requirements: z.array(
    z.object({
      id: RequirementId,
      label: Localized,
      rules: z.array(RuleId),
      counts: z.enum(['items', 'words']),
      default: z.number().int(),
    }),
  ),
  /** the institution's numbers that replace them */
  settings: RequirementSettings,
});
export type RequirementSettingsView = z.infer<typeof RequirementSettingsView>;
