import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';
import {
  ActivityDecision,
  ActivityDelivery,
  ActivityKind,
  ActivityLevel,
  AuditOutcome,
  AuditReviewStatus,
  ContentKind,
} from './register.js';

// The audit by sample of the teachers' register (R-REG-AUDIT-1): a coordinator draws a random sample of the
// teachers whose four-year period ends in a window; an assessor judges each sampled teacher's self-entered
// activities against the evidence rules (R-REG-EVID-2…4, R-REG-LEVEL-1); the teacher is notified, may
// respond once, and the audit closes with a decision.

export const InstitutionParam = z.object({ institutionId: Uuid });
export const AuditIdParam = z.object({ id: Uuid });
export const ReviewActivityParam = z.object({ id: Uuid, activityId: Uuid });

export const evidenceRuleIds = ['R-REG-EVID-2', 'R-REG-EVID-3', 'R-REG-EVID-4', 'R-REG-LEVEL-1'] as const;
export const EvidenceRuleId = z.enum(evidenceRuleIds);
export type EvidenceRuleId = z.infer<typeof EvidenceRuleId>;

export const EvidenceGap = z.enum([
  'relevance',
  'evidence-file',
  'test-passed',
  'description',
  'application',
]);

export const DrawAuditSample = z
  .object({
    unitId: Uuid.optional().describe(
      'Draw from this unit and the units below it; absent: the whole institution.',
    ),
    periodEndFrom: IsoDate.describe('First day of the window: teachers whose period ends on or after it.'),
    periodEndTo: IsoDate.describe('Last day of the window: teachers whose period ends on or before it.'),
    percentage: z
      .number()
      .int()
      .min(1)
      .max(100)
      .optional()
      .describe('The share to draw, in whole percent, rounded up (10 % of 41 teachers is 5). Or give count.'),
    count: z
      .number()
      .int()
      .min(1)
      .max(10_000)
      .optional()
      .describe(
        'The number of teachers to draw (all of them when fewer are in the window). Or give percentage.',
      ),
  })
  .strict();
export type DrawAuditSample = z.infer<typeof DrawAuditSample>;

const PersonRef = z.object({ id: Uuid, displayName: z.string() });

export const DrawnTeacher = z.object({
  /** 1-based place in the draw */
  position: z.number().int(),
  person: PersonRef,
  periodEnd: IsoDate,
  /** SHA-256 of "<seed>:<person id>" as hex: the draw orders by it */
  key: z.string(),
});

export const AuditDrawReviewItem = DrawnTeacher.extend({
  reviewId: Uuid,
  status: AuditReviewStatus,
  outcome: AuditOutcome.nullable(),
});

export const AuditDraw = z.object({
  id: Uuid,
  institution: z.object({ id: Uuid, name: z.string() }),
  unit: z.object({ id: Uuid, name: z.string() }).nullable(),
  periodEndFrom: IsoDate,
  periodEndTo: IsoDate,
  percentage: z.number().int().nullable(),
  count: z.number().int().nullable(),
  /** 32 hex digits, generated at draw time */
  seed: z.string(),
  /** how the seed decides the draw: `sha256-sort-v1` (SHA-256 of seed:person id, ascending) */
  algorithm: z.string(),
  populationSize: z.number().int(),
  drawnBy: PersonRef,
  drawnAt: z.iso.datetime(),
  reviews: z.array(AuditDrawReviewItem),
});
export type AuditDraw = z.infer<typeof AuditDraw>;

export const AuditDrawList = z.object({ items: z.array(AuditDraw.omit({ reviews: true })) });
export type AuditDrawList = z.infer<typeof AuditDrawList>;

export const AuditDrawRepeat = z.object({
  seed: z.string(),
  algorithm: z.string(),
  /** teachers whose period ends in the window now */
  populationSize: z.number().int(),
  drawn: z.array(DrawnTeacher),
  /** whether repeating gives the recorded draw (it does while the population is the same) */
  sameAsRecorded: z.boolean(),
});
export type AuditDrawRepeat = z.infer<typeof AuditDrawRepeat>;

export const AuditDecisionView = z.object({
  decision: ActivityDecision,
  reason: z.string().nullable(),
  rule: EvidenceRuleId.nullable(),
  /** the rule's text in the request's language */
  ruleText: z.string().nullable(),
  decidedBy: PersonRef,
  decidedAt: z.iso.datetime(),
});

export const AuditedActivity = z.object({
  id: Uuid,
  kind: ActivityKind,
  kindLabel: z.string(),
  title: z.string(),
  otherDescription: z.string().nullable(),
  startDate: IsoDate.nullable(),
  date: IsoDate,
  hours: z.number(),
  content: ContentKind,
  level: ActivityLevel,
  delivery: ActivityDelivery,
  testPassed: z.boolean(),
  relevance: z.string().nullable(),
  description: z.string().nullable(),
  application: z.string().nullable(),
  evidence: z.array(
    z.object({
      id: Uuid,
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number().int(),
      url: z.string(),
    }),
  ),
  /** the rules this activity is judged against, with what the dossier visibly lacks for each */
  checks: z.array(z.object({ rule: EvidenceRuleId, text: z.string(), missing: z.array(EvidenceGap) })),
  decision: AuditDecisionView.nullable(),
});
export type AuditedActivity = z.infer<typeof AuditedActivity>;

export const AuditReview = z.object({
  id: Uuid,
  drawId: Uuid,
  institution: z.object({ id: Uuid, name: z.string() }),
  position: z.number().int(),
  teacher: PersonRef,
  period: z.object({ start: IsoDate, end: IsoDate }),
  status: AuditReviewStatus,
  auditor: PersonRef.nullable(),
  notifiedAt: z.iso.datetime().nullable(),
  /** the last day the teacher may respond (14 days after the notification) */
  respondBy: IsoDate.nullable(),
  response: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
  outcome: AuditOutcome.nullable(),
  outcomeReason: z.string().nullable(),
  closedBy: PersonRef.nullable(),
  closedAt: z.iso.datetime().nullable(),
  /**
   * Drawn: the self-entered activities of the period that a review would take; from the start of the review:
   * the activities it took (locked from then on). Validated activities of providers are never audited.
   */
  activities: z.array(AuditedActivity),
});
export type AuditReview = z.infer<typeof AuditReview>;

export const AuditReviewSummary = AuditReview.omit({ activities: true });
export const AuditReviewList = z.object({ items: z.array(AuditReviewSummary) });
export type AuditReviewList = z.infer<typeof AuditReviewList>;

export const AuditReviewQuery = z.object({ status: AuditReviewStatus.optional() });

export const DecideActivity = z
  .object({
    decision: ActivityDecision,
    reason: z.string().trim().min(1).max(2000).optional().describe('Why; needed for a rejection.'),
    rule: EvidenceRuleId.optional().describe(
      'The evidence rule a rejection rests on; one of the rules the activity is judged against.',
    ),
  })
  .strict();
export type DecideActivity = z.infer<typeof DecideActivity>;

export const RespondToAudit = z.object({ response: z.string().trim().min(1).max(5000) }).strict();
export type RespondToAudit = z.infer<typeof RespondToAudit>;

export const CloseAudit = z
  .object({ outcome: AuditOutcome, reason: z.string().trim().min(1).max(5000) })
  .strict();
export type CloseAudit = z.infer<typeof CloseAudit>;
