import { z } from 'zod';
import { IsoDate } from './common.js';
import { CompetencyArea, competencyAreas, Localized, QualificationCode, RuleId } from './qualifications.js';
import { RichText } from './rich-text.js';

// Trajectories (issue 5): from intake to a handed-in portfolio at UMC Utrecht (seed 000). The types the
// pure domain works on and the API and web app will share. Money is in integer cents, days are ISO dates
// (`YYYY-MM-DD`, Europe/Amsterdam).

// The state machine -------------------------------------------------------------------------------------

export const trajectoryStates = [
  'intake-requested',
  'intake-planned',
  'cost-approval-pending',
  'cost-declined',
  'schooling',
  'portfolio-in-progress',
  'draft-handed-in',
  'feedback-given',
  'revising',
  'final-handed-in',
  'awaiting-assessment',
  'withdrawn',
  'cancelled',
] as const;
export const TrajectoryState = z.enum(trajectoryStates);
export type TrajectoryState = z.infer<typeof TrajectoryState>;

export const feedbackVerdicts = ['convincing', 'needs-work'] as const;
/** "compleet en overtuigend" or not yet (R-UMCU-FB-1, R-UMCU-ASM-1) */
export const FeedbackVerdict = z.enum(feedbackVerdicts);
export type FeedbackVerdict = z.infer<typeof FeedbackVerdict>;

export const payers = ['teacher', 'division'] as const;
/** Who pays the trajectory (R-UMCU-COST-1): the teacher, or the division (then the line manager decides). */
export const Payer = z.enum(payers);
export type Payer = z.infer<typeof Payer>;

// Catalogue and costs (R-UMCU-COST-1) -------------------------------------------------------------------

export const Cents = z.number().int().min(0).max(100_000_000);

export const CatalogueItemId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,60}$/);

/** A course (leergang) leads to one qualification; a module (losse training) may be part of any route. */
export const CatalogueItem = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('course'),
      id: CatalogueItemId,
      title: Localized,
      qualification: QualificationCode,
      priceCents: Cents,
    })
    .strict(),
  z.object({ kind: z.literal('module'), id: CatalogueItemId, title: Localized, priceCents: Cents }).strict(),
]);
export type CatalogueItem = z.infer<typeof CatalogueItem>;

/** An institution's prices for one calendar year ("kosten … per 2024"). */
export const Catalogue = z
  .object({
    year: z.number().int().min(2000).max(2100),
    items: z.array(CatalogueItem).max(500),
    /** the price of the assessment trajectory, per qualification (R-UMCU-ASM-4, R-UMCU-COST-1) */
    assessmentPriceCents: z.partialRecord(QualificationCode, Cents),
  })
  .strict();
export type Catalogue = z.infer<typeof Catalogue>;

// The plan recorded at the intake (R-UMCU-ROUTE-1, -3) ---------------------------------------------------

export const routeKinds = ['course', 'modules'] as const;
/** The course (leergang), or a self-composed set of separate trainings (maatwerk). */
export const RouteKind = z.enum(routeKinds);
export type RouteKind = z.infer<typeof RouteKind>;

/**
 * One planned piece of schooling: from the catalogue, or elsewhere ("scholing elders (bijv. UU)") with
 * its own title and price. `completedOn` before the intake marks a training the teacher had already
 * followed; it costs nothing in this plan.
 */
export const SchoolingItem = z.discriminatedUnion('source', [
  z
    .object({
      source: z.literal('catalogue'),
      itemId: CatalogueItemId,
      completedOn: IsoDate.nullable().default(null),
    })
    .strict(),
  z
    .object({
      source: z.literal('elsewhere'),
      title: z.string().trim().min(2).max(200),
      provider: z.string().trim().min(2).max(200),
      priceCents: Cents,
      completedOn: IsoDate.nullable().default(null),
    })
    .strict(),
]);
export type SchoolingItem = z.infer<typeof SchoolingItem>;

export const TrajectoryPlan = z
  .object({
    qualification: QualificationCode,
    route: RouteKind,
    schooling: z.array(SchoolingItem).max(50),
    payer: Payer,
    /** the assessment week the adviser and teacher aim at; the sign-up itself comes with the draft */
    expectedAssessmentWeek: IsoDate.nullable().default(null),
    notes: z.string().max(10_000).default(''),
  })
  .strict();
export type TrajectoryPlan = z.infer<typeof TrajectoryPlan>;
export type TrajectoryPlanInput = z.input<typeof TrajectoryPlan>;

/** What a route may consist of, per qualification; data, so "op termijn" a KKO set of modules is one edit. */
export const RouteRule = z
  .object({
    /** the course: not allowed, alone, or completed with separate modules */
    course: z.enum(['no', 'alone', 'with-modules']),
    /** a set of modules: not allowed, freely composed, or only around trainings followed before the intake */
    modules: z.enum(['no', 'free', 'with-prior-training']),
    rules: z.array(RuleId).min(1),
  })
  .strict();
export type RouteRule = z.infer<typeof RouteRule>;

export const routeIssueCodes = [
  'route-not-allowed',
  'course-missing',
  'course-twice',
  'course-of-other-qualification',
  'course-in-modules-route',
  'modules-not-allowed',
  'modules-missing',
  'prior-training-missing',
  'unknown-item',
  'item-twice',
  'assessment-price-missing',
] as const;
export const RouteIssue = z.object({
  code: z.enum(routeIssueCodes),
  /** index in `schooling`, when the issue is about one item */
  item: z.number().int().optional(),
  rules: z.array(RuleId),
});
export type RouteIssue = z.infer<typeof RouteIssue>;

export const CostLine = z.object({
  kind: z.enum(['course', 'module', 'elsewhere', 'assessment']),
  title: Localized,
  cents: Cents,
  /** followed before the intake: listed, not charged */
  alreadyFollowed: z.boolean(),
});
export const PlanCosts = z.object({
  lines: z.array(CostLine),
  schoolingCents: Cents,
  assessmentCents: Cents,
  totalCents: Cents,
  payer: Payer,
  /** the division pays a non-zero total: its line manager approves or declines */
  needsApproval: z.boolean(),
});
export type PlanCosts = z.infer<typeof PlanCosts>;

// Assessment weeks (R-UMCU-ASM-3) -----------------------------------------------------------------------

/** A week defined by a coordinator; the deadlines are the last day on which a hand-in is accepted. */
export const AssessmentWeek = z
  .object({
    startsOn: IsoDate,
    draftDeadline: IsoDate,
    finalDeadline: IsoDate,
    qualifications: z.array(QualificationCode).min(1),
  })
  .strict()
  .refine((w) => w.draftDeadline <= w.finalDeadline && w.finalDeadline < w.startsOn, {
    message: 'the draft deadline comes on or before the final deadline, and both before the week starts',
  });
export type AssessmentWeek = z.infer<typeof AssessmentWeek>;

export const reminderDeadlines = ['draft', 'final'] as const;
export const Reminder = z.object({
  deadline: z.enum(reminderDeadlines),
  deadlineOn: IsoDate,
  sendOn: IsoDate,
  daysBefore: z.union([z.literal(7), z.literal(1)]),
});
export type Reminder = z.infer<typeof Reminder>;

// Portfolio templates and content (R-UMCU-PF-1) ---------------------------------------------------------

export const evidenceKinds = [
  'student-evaluation',
  'observation-own-teaching',
  'observation-of-colleague',
  'teaching-material',
  'assessment-material',
  'schooling-certificate',
  'other',
] as const;
export const EvidenceKind = z.enum(evidenceKinds);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

/** The form of a teaching task in the CV ("vorm"): the delivery tasks of R-UMCU-UVO-2 and a few more. */
export const teachingForms = [
  'lecture',
  'working-lecture',
  'working-group',
  'skills-training',
  'practical',
  'placement-supervision',
  'tutor-mentor',
  'clinical-workplace',
  'online',
  'other',
] as const;
export const TeachingForm = z.enum(teachingForms);
export type TeachingForm = z.infer<typeof TeachingForm>;

export const SectionId = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/);

export const sectionKinds = ['teaching-cv', 'competency', 'vision', 'above-course'] as const;
export const TemplateSection = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('teaching-cv'), id: SectionId, title: Localized, guidance: Localized }).strict(),
  z
    .object({
      kind: z.literal('competency'),
      id: SectionId,
      area: CompetencyArea,
      title: Localized,
      guidance: Localized,
    })
    .strict(),
  z.object({ kind: z.literal('vision'), id: SectionId, title: Localized, guidance: Localized }).strict(),
  z
    .object({ kind: z.literal('above-course'), id: SectionId, title: Localized, guidance: Localized })
    .strict(),
]);
export type TemplateSection = z.infer<typeof TemplateSection>;

export const RequirementId = z.string().regex(/^[a-z][a-z0-9-]{0,60}$/);
const requirementBase = { id: RequirementId, rules: z.array(RuleId).min(1), label: Localized };
const Count = z.number().int().min(0).max(1000);

/**
 * A quantitative requirement of a template. `min` is the institution's number (configurable); the others
 * say what is counted.
 */
export const Requirement = z.discriminatedUnion('kind', [
  /** evidence items of a kind with at least one file; `onlyNew`: not carried over from an earlier portfolio */
  z
    .object({
      ...requirementBase,
      kind: z.literal('evidence'),
      evidenceKind: EvidenceKind,
      min: Count,
      onlyNew: z.boolean(),
    })
    .strict(),
  /** teaching tasks in the CV */
  z.object({ ...requirementBase, kind: z.literal('cv-tasks'), min: Count }).strict(),
  /** different forms among the CV's tasks ("in verschillende vormen") */
  z.object({ ...requirementBase, kind: z.literal('cv-forms'), min: Count }).strict(),
  /** different target groups among the CV's tasks ("aan verschillende groepen") */
  z.object({ ...requirementBase, kind: z.literal('cv-target-groups'), min: Count }).strict(),
  /** the CV's tasks cover each of these competency areas */
  z
    .object({ ...requirementBase, kind: z.literal('cv-areas'), areas: z.array(CompetencyArea).min(1) })
    .strict(),
  /** every section of these kinds has a text of at least `minWords` words */
  z
    .object({
      ...requirementBase,
      kind: z.literal('text'),
      sectionKinds: z.array(z.enum(['competency', 'vision', 'above-course'])).min(1),
      minWords: Count,
    })
    .strict(),
  /** every section of these kinds links at least `min` evidence items that have a file */
  z
    .object({
      ...requirementBase,
      kind: z.literal('section-evidence'),
      sectionKinds: z.array(z.enum(['competency', 'vision', 'above-course'])).min(1),
      min: Count,
    })
    .strict(),
]);
export type Requirement = z.infer<typeof Requirement>;

export const PortfolioTemplate = z
  .object({
    qualification: QualificationCode,
    /** the day from which the template holds (like policy versions, R-UMCU-BKO-OLD) */
    validFrom: IsoDate,
    title: Localized,
    sections: z.array(TemplateSection).min(1),
    requirements: z.array(Requirement),
  })
  .strict();
export type PortfolioTemplate = z.infer<typeof PortfolioTemplate>;

/** An institution's own numbers for a template's requirements, by requirement id (`min` or `minWords`). */
export const RequirementSettings = z.record(RequirementId, Count);
export type RequirementSettings = z.infer<typeof RequirementSettings>;

export const ItemId = z.string().min(1).max(64);

/** One teaching task of the CV: content, form, target group, period and hours (R-UMCU-PF-1). */
export const CvTask = z
  .object({
    id: ItemId,
    content: z.string().trim().min(1).max(2000),
    form: TeachingForm,
    targetGroup: z.string().trim().min(1).max(200),
    from: IsoDate,
    /** null: still ongoing */
    until: IsoDate.nullable(),
    /** hours a year spent on the task */
    hoursPerYear: z.number().min(0).max(2000),
    /** the competency areas the task covers */
    areas: z.array(CompetencyArea).max(competencyAreas.length),
  })
  .strict();
export type CvTask = z.infer<typeof CvTask>;

export const EvidenceFile = z
  .object({
    /** the id of the stored file (documents module) */
    fileId: ItemId,
    name: z.string().min(1).max(255),
    mediaType: z.string().min(3).max(200),
  })
  .strict();
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const Evidence = z
  .object({
    id: ItemId,
    kind: EvidenceKind,
    title: z.string().trim().min(1).max(200),
    description: z.string().max(2000).default(''),
    date: IsoDate.nullable().default(null),
    files: z.array(EvidenceFile).max(20),
    /** set on evidence copied from an earlier portfolio (R-UMCU-UVO-4); SKO counts only new evidence */
    carriedOverFrom: z
      .object({ qualification: QualificationCode, trajectoryId: z.string() })
      .nullable()
      .default(null),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

/** A section's own content: the reflection or text (rich text, Tiptap JSON) and the evidence it links. */
export const SectionContent = z.object({ text: RichText, evidenceIds: z.array(ItemId).max(200) }).strict();
export type SectionContent = z.infer<typeof SectionContent>;

export const PortfolioContent = z
  .object({
    cv: z.array(CvTask).max(200),
    sections: z.record(SectionId, SectionContent),
    evidence: z.array(Evidence).max(500),
  })
  .strict();
export type PortfolioContent = z.infer<typeof PortfolioContent>;

export const ChecklistItem = z.object({
  requirementId: RequirementId,
  label: Localized,
  rules: z.array(RuleId),
  met: z.boolean(),
  /** how far: what is there (capped at `need`) against what is needed */
  have: z.number().int(),
  need: z.number().int(),
  /** for per-section requirements: the sections still short */
  sectionsShort: z.array(SectionId),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Checklist = z.object({
  items: z.array(ChecklistItem),
  met: z.number().int(),
  total: z.number().int(),
  /** 0–100, whole percent of all that is needed */
  progress: z.number().int().min(0).max(100),
  complete: z.boolean(),
});
export type Checklist = z.infer<typeof Checklist>;

// The hand-in (R-UMCU-SUB-1, -2): what the PDF builder assembles ----------------------------------------

export const HandInPart = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cover') }),
  /** contents with page numbers of the parts that follow it in the same file */
  z.object({ kind: z.literal('contents') }),
  z.object({ kind: z.literal('section'), sectionId: SectionId }),
  /** the list of appendices, numbered as the portfolio refers to them */
  z.object({ kind: z.literal('appendix-list') }),
  /** one evidence item's files, bookmarked as "Bijlage n: title" */
  z.object({ kind: z.literal('appendix'), number: z.number().int().min(1), evidenceId: ItemId }),
]);
export type HandInPart = z.infer<typeof HandInPart>;

export const HandInFile = z.object({
  role: z.enum(['portfolio', 'appendices', 'combined']),
  fileName: z.string(),
  parts: z.array(HandInPart),
});
export type HandInFile = z.infer<typeof HandInFile>;

export const HandInPackage = z.object({ rules: z.array(RuleId), files: z.array(HandInFile).min(1) });
export type HandInPackage = z.infer<typeof HandInPackage>;

// Events ------------------------------------------------------------------------------------------------

/** What can happen to a trajectory; each is one action of the API (its payload is in the action's contract). */
export const trajectoryEventTypes = [
  'plan-intake',
  'record-intake',
  'approve-costs',
  'decline-costs',
  'complete-schooling',
  'hand-in-draft',
  'retract-draft',
  'give-feedback',
  'start-revising',
  'choose-assessment-week',
  'hand-in-final',
  'return-final',
  'accept-final',
  'withdraw',
  'cancel',
] as const;
export const TrajectoryEventType = z.enum(trajectoryEventTypes);
export type TrajectoryEventType = z.infer<typeof TrajectoryEventType>;
