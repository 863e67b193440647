import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  activityDecisions,
  activityDeliveries,
  activityKinds,
  activityLevels,
  attendanceMatches,
  auditOutcomes,
  auditReviewStatuses,
  contentKinds,
  sectors,
} from '../../../../contracts/register.js';
import { storedFiles } from '../../platform/files/files.tables.js';

// The teachers' register (seed 003, domain.md §5). Hours are stored in tenths of an hour (integers), as the
// engine counts them. People, institutions and units are identity's, named by id without foreign keys
// across modules; `*_by` columns name people.

export const registerSectorEnum = pgEnum('register_sector', sectors);
export const registerActivityKindEnum = pgEnum('register_activity_kind', activityKinds);
export const registerContentKindEnum = pgEnum('register_content_kind', contentKinds);
export const registerLevelEnum = pgEnum('register_level', activityLevels);
export const registerDeliveryEnum = pgEnum('register_delivery', activityDeliveries);
export const registerAttendanceMatchEnum = pgEnum('register_attendance_match', attendanceMatches);
export const registerReviewStatusEnum = pgEnum('register_review_status', auditReviewStatuses);
export const registerActivityDecisionEnum = pgEnum('register_activity_decision', activityDecisions);
export const registerAuditOutcomeEnum = pgEnum('register_audit_outcome', auditOutcomes);

/**
 * A teacher's register facts, one row per person (person-owned, like the dossier): the sector decides the
 * norm (R-REG-NORM-3 for vo), PE teacher and bilingual school decide two caps (R-REG-CAP-8, -9), the
 * register number lets providers register attendance (R-REG-EVID-1), and the end of the current four-year
 * period decides who can be drawn for an audit (R-REG-AUDIT-1). No row: not filled in yet.
 */
export const registerTeacherSettings = pgTable(
  'register_teacher_settings',
  {
    personId: uuid('person_id').primaryKey(),
    sector: registerSectorEnum('sector').notNull(),
    peTeacher: boolean('pe_teacher').notNull().default(false),
    bilingualSchool: boolean('bilingual_school').notNull().default(false),
    /** the teacher's number in the register; unique, so a provider's attendance names one person */
    registerNumber: text('register_number').unique('register_teacher_settings_register_number_unique'),
    /** the last day of the current four-year period; null when not known */
    periodEnd: date('period_end', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('register_teacher_settings_period_end_idx').on(t.periodEnd)],
);

/**
 * A validated activity a provider publishes (R-REG-EVID-1): a unique number and a recognised number of
 * RU; its certificate is the evidence. Owned by the provider's institution.
 */
export const registerProviderActivities = pgTable(
  'register_provider_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** the provider (an institution of kind `provider`) */
    institutionId: uuid('institution_id').notNull(),
    /** the number the register gave the validated activity; unique nationally */
    number: text('number').notNull().unique('register_provider_activities_number_unique'),
    title: text('title').notNull(),
    description: text('description'),
    kind: registerActivityKindEnum('kind').notNull(),
    content: registerContentKindEnum('content').notNull(),
    /** first day; null for a one-day activity */
    startDate: date('start_date', { mode: 'string' }),
    /** the day it took place or ended: the date that counts in a dossier */
    date: date('date', { mode: 'string' }).notNull(),
    recognisedTenths: integer('recognised_tenths').notNull(),
    /** null while a draft; attendance can be registered once published */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** no new attendance after withdrawal; attendances already registered stay */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('register_provider_activities_institution_idx').on(t.institutionId, t.date),
    check('register_provider_activities_tenths_check', sql`${t.recognisedTenths} >= 0`),
    check(
      'register_provider_activities_dates_check',
      sql`${t.startDate} IS NULL OR ${t.startDate} <= ${t.date}`,
    ),
    check(
      'register_provider_activities_withdrawn_check',
      sql`${t.withdrawnAt} IS NULL OR ${t.publishedAt} IS NOT NULL`,
    ),
  ],
);

/**
 * A teacher's attendance of a provider's validated activity, registered by the provider one by one or by
 * CSV, matched to the person by e-mail or register number. It also puts an activity, linked by
 * `provider_activity_id`, in the teacher's dossier.
 */
export const registerAttendances = pgTable(
  'register_attendances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    providerActivityId: uuid('provider_activity_id')
      .notNull()
      .references(() => registerProviderActivities.id),
    personId: uuid('person_id').notNull(),
    matchedBy: registerAttendanceMatchEnum('matched_by').notNull(),
    /** the e-mail address or register number as the provider gave it */
    matchedValue: text('matched_value').notNull(),
    /** the certificate PDF; null until made */
    certificateFileId: uuid('certificate_file_id').references(() => storedFiles.id),
    registeredBy: uuid('registered_by').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('register_attendances_activity_person_unique').on(t.providerActivityId, t.personId),
    index('register_attendances_person_idx').on(t.personId),
  ],
);

/**
 * A random sample of teachers drawn for audit (R-REG-AUDIT-1): the teachers of an institution (or a unit
 * and below) whose period ends within the window, a percentage or a count of them, drawn with a recorded
 * seed so the same draw can be repeated and shown.
 */
export const registerAuditDraws = pgTable(
  'register_audit_draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    /** null: the whole institution */
    unitId: uuid('unit_id'),
    periodEndFrom: date('period_end_from', { mode: 'string' }).notNull(),
    periodEndTo: date('period_end_to', { mode: 'string' }).notNull(),
    /** exactly one of percentage and count */
    samplePercentage: integer('sample_percentage'),
    sampleCount: integer('sample_count'),
    /** the seed of the random draw, so it can be repeated */
    seed: text('seed').notNull(),
    /** how many teachers could be drawn */
    populationSize: integer('population_size').notNull(),
    drawnBy: uuid('drawn_by').notNull(),
    drawnAt: timestamp('drawn_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('register_audit_draws_institution_idx').on(t.institutionId, t.drawnAt),
    check('register_audit_draws_window_check', sql`${t.periodEndFrom} <= ${t.periodEndTo}`),
    check(
      'register_audit_draws_size_check',
      sql`(${t.samplePercentage} IS NULL) <> (${t.sampleCount} IS NULL)
        AND (${t.samplePercentage} IS NULL OR ${t.samplePercentage} BETWEEN 1 AND 100)
        AND (${t.sampleCount} IS NULL OR ${t.sampleCount} >= 1)
        AND ${t.populationSize} >= 0`,
    ),
  ],
);

/**
 * The audit of one sampled teacher: an auditor decides on each non-validated activity of the period, the
 * teacher is notified and may respond once, and the audit closes with a decision.
 */
export const registerAuditReviews = pgTable(
  'register_audit_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawId: uuid('draw_id')
      .notNull()
      .references(() => registerAuditDraws.id),
    personId: uuid('person_id').notNull(),
    /** 1-based place in the drawn order */
    position: integer('position').notNull(),
    /** the teacher's period end when drawn: the audit covers (period_end − 4 years, period_end] */
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    status: registerReviewStatusEnum('status').notNull().default('drawn'),
    auditorId: uuid('auditor_id'),
    notifiedAt: timestamp('notified_at', { withTimezone: true }),
    /** the teacher's one response to the decisions */
    response: text('response'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    outcome: registerAuditOutcomeEnum('outcome'),
    outcomeReason: text('outcome_reason'),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('register_audit_reviews_draw_position_unique').on(t.drawId, t.position),
    unique('register_audit_reviews_draw_person_unique').on(t.drawId, t.personId),
    index('register_audit_reviews_person_idx').on(t.personId),
    index('register_audit_reviews_auditor_idx').on(t.auditorId),
    check('register_audit_reviews_position_check', sql`${t.position} >= 1`),
    check('register_audit_reviews_response_check', sql`(${t.response} IS NULL) = (${t.respondedAt} IS NULL)`),
    check(
      'register_audit_reviews_closed_check',
      sql`(${t.status} = 'closed') = (${t.closedAt} IS NOT NULL)
        AND (${t.closedAt} IS NULL) = (${t.outcome} IS NULL)
        AND (${t.closedAt} IS NULL) = (${t.closedBy} IS NULL)`,
    ),
  ],
);

/**
 * An activity in a teacher's dossier: entered by the teacher, or put there by a provider's attendance
 * (`provider_activity_id`, validated, R-REG-EVID-1). Editable until an audit locks it (R-REG-AUDIT-1).
 * The fields some kinds need (`fieldNeededByKind`) are null for the others.
 */
export const registerActivities = pgTable(
  'register_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    kind: registerActivityKindEnum('kind').notNull(),
    /** what the activity was, for the seed's "zelf invullen" kinds (5.5b, 6.5b) */
    otherDescription: text('other_description'),
    title: text('title').notNull(),
    /** first day; null for a one-day activity */
    startDate: date('start_date', { mode: 'string' }),
    /** the day it took place or was completed: decides the period and the school year */
    date: date('date', { mode: 'string' }).notNull(),
    /** clock hours invested, preparation included, in tenths (R-REG-RU-1) */
    hoursTenths: integer('hours_tenths').notNull(),
    content: registerContentKindEnum('content').notNull(),
    level: registerLevelEnum('level').notNull().default('bachelor-or-higher'),
    /** why it matters to the teacher (R-REG-EVID-2); needed below bachelor level (R-REG-LEVEL-1) */
    relevance: text('relevance'),
    /** a short description of the content (R-REG-EVID-4 for self-study) */
    description: text('description'),
    /** what the teacher did or will do with it in teaching (R-REG-EVID-4) */
    application: text('application'),
    /** 6.4a: half-days of the meeting (R-REG-CAP-5) */
    halfDays: integer('half_days'),
    /** 7.4a/b: words of the placed article (R-REG-CAP-7) */
    words: integer('words'),
    /** 6.2e: the committee (R-REG-CAP-4) */
    committee: text('committee'),
    delivery: registerDeliveryEnum('delivery').notNull().default('contact'),
    /** ended with a passed test, exam or assignment (R-REG-EVID-3) */
    testPassed: boolean('test_passed').notNull().default(false),
    /** the provider's validated activity this attendance is of; null when entered by the teacher */
    providerActivityId: uuid('provider_activity_id').references(() => registerProviderActivities.id),
    /** set when an audit takes the activity in review; from then on it no longer changes */
    lockedByReviewId: uuid('locked_by_review_id').references((): AnyPgColumn => registerAuditReviews.id),
    lockedAt: timestamp('locked_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('register_activities_person_idx').on(t.personId, t.date),
    unique('register_activities_person_provider_activity_unique').on(t.personId, t.providerActivityId),
    index('register_activities_review_idx').on(t.lockedByReviewId),
    check('register_activities_hours_check', sql`${t.hoursTenths} >= 0`),
    check('register_activities_dates_check', sql`${t.startDate} IS NULL OR ${t.startDate} <= ${t.date}`),
    check(
      'register_activities_level_check',
      sql`${t.level} = 'bachelor-or-higher' OR ${t.relevance} IS NOT NULL`,
    ),
    check('register_activities_test_check', sql`${t.delivery} = 'contact' OR ${t.testPassed}`),
    check(
      'register_activities_counts_check',
      sql`(${t.halfDays} IS NULL OR ${t.halfDays} >= 1) AND (${t.words} IS NULL OR ${t.words} >= 0)`,
    ),
    check('register_activities_lock_check', sql`(${t.lockedByReviewId} IS NULL) = (${t.lockedAt} IS NULL)`),
  ],
);

/** A stored file that is evidence of an activity (R-REG-EVID-2…4). */
export const registerEvidence = pgTable(
  'register_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => registerActivities.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    addedBy: uuid('added_by').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('register_evidence_activity_idx').on(t.activityId),
    unique('register_evidence_file_unique').on(t.fileId),
  ],
);

/**
 * Points in another accreditation scheme (ABAN, GAIA, …) that an activity or a provider's activity also
 * earns (R-AUMC-COST-1): kept beside register hours, never added to them. In tenths, like hours.
 */
export const registerAccreditationPoints = pgTable(
  'register_accreditation_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id').references(() => registerActivities.id, { onDelete: 'cascade' }),
    providerActivityId: uuid('provider_activity_id').references(() => registerProviderActivities.id, {
      onDelete: 'cascade',
    }),
    /** the scheme's short name as people write it: `ABAN` */
    scheme: text('scheme').notNull(),
    pointsTenths: integer('points_tenths').notNull(),
  },
  (t) => [
    unique('register_accreditation_points_activity_unique').on(t.activityId, t.scheme),
    unique('register_accreditation_points_provider_unique').on(t.providerActivityId, t.scheme),
    check(
      'register_accreditation_points_owner_check',
      sql`num_nonnulls(${t.activityId}, ${t.providerActivityId}) = 1`,
    ),
    check('register_accreditation_points_check', sql`${t.pointsTenths} >= 0`),
  ],
);

/**
 * An auditor's decision on one activity of a sampled teacher (R-REG-EVID-2…4): accepted, or rejected with
 * a reason. Changeable until the teacher is notified.
 */
export const registerAuditDecisions = pgTable(
  'register_audit_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => registerAuditReviews.id),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => registerActivities.id),
    decision: registerActivityDecisionEnum('decision').notNull(),
    reason: text('reason'),
    /** the evidence rule the decision rests on, e.g. `R-REG-EVID-4` */
    rule: text('rule'),
    decidedBy: uuid('decided_by').notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('register_audit_decisions_review_activity_unique').on(t.reviewId, t.activityId),
    check(
      'register_audit_decisions_reason_check',
      sql`${t.decision} = 'accepted' OR ${t.reason} IS NOT NULL`,
    ),
  ],
);
