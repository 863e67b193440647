import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { qualificationCodes } from '../../../../contracts/qualifications.js';
import {
  evidenceKinds,
  feedbackVerdicts,
  payers,
  routeKinds,
  trajectoryStates,
} from '../../../../contracts/trajectories.js';
import { storedFiles } from '../../platform/files/files.tables.js';

// Trajectories at UMC Utrecht (issue 5, seed 000): the catalogue and assessment weeks of an institution,
// and per trajectory its plan, schooling, portfolio, handed-in versions and feedback. People, institutions
// and units are identity's, named by id without foreign keys across modules; `*_by` columns name people.
// Money is in integer cents.

export const trajectoryStateEnum = pgEnum('trajectory_state', trajectoryStates);
export const trajectoryQualificationEnum = pgEnum('trajectory_qualification', qualificationCodes);
export const trajectoryPayerEnum = pgEnum('trajectory_payer', payers);
export const trajectoryRouteEnum = pgEnum('trajectory_route', routeKinds);
export const trajectoryVerdictEnum = pgEnum('trajectory_verdict', feedbackVerdicts);
export const trajectoryEvidenceKindEnum = pgEnum('trajectory_evidence_kind', evidenceKinds);
export const trajectoryCatalogueItemKindEnum = pgEnum('trajectory_catalogue_item_kind', ['course', 'module']);
export const trajectoryCostDecisionEnum = pgEnum('trajectory_cost_decision', ['approved', 'declined']);
export const trajectoryVersionKindEnum = pgEnum('trajectory_version_kind', ['draft', 'final']);
export const trajectoryHandInRoleEnum = pgEnum('trajectory_hand_in_role', [
  'portfolio',
  'appendices',
  'combined',
]);

/** An institution's prices for one calendar year ("kosten … per 2024", R-UMCU-COST-1). */
export const trajectoryCatalogues = pgTable(
  'trajectory_catalogues',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    year: integer('year').notNull(),
    /** the price of the assessment trajectory per qualification (`{ "BKO": 150000 }`), cents */
    assessmentPrices: jsonb('assessment_prices').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('trajectory_catalogues_institution_year_unique').on(t.institutionId, t.year),
    check('trajectory_catalogues_year_check', sql`${t.year} BETWEEN 2000 AND 2100`),
  ],
);

/** A course (leading to one qualification) or a module of a catalogue, named by a slug the plans use. */
export const trajectoryCatalogueItems = pgTable(
  'trajectory_catalogue_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    catalogueId: uuid('catalogue_id')
      .notNull()
      .references(() => trajectoryCatalogues.id, { onDelete: 'cascade' }),
    /** the slug a plan names (`bko-leergang`) */
    itemId: text('item_id').notNull(),
    position: integer('position').notNull(),
    kind: trajectoryCatalogueItemKindEnum('kind').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en').notNull(),
    /** the qualification a course leads to; null for a module */
    qualification: trajectoryQualificationEnum('qualification'),
    priceCents: integer('price_cents').notNull(),
  },
  (t) => [
    unique('trajectory_catalogue_items_item_unique').on(t.catalogueId, t.itemId),
    check('trajectory_catalogue_items_price_check', sql`${t.priceCents} >= 0`),
    check(
      'trajectory_catalogue_items_course_check',
      sql`(${t.kind} = 'course') = (${t.qualification} IS NOT NULL)`,
    ),
  ],
);

/**
 * An assessment week a coordinator defines (R-UMCU-ASM-3): the deadlines are the last days on which a
 * draft and a final version are accepted. Panels and judgement come with the assessment issue.
 */
export const trajectoryAssessmentWeeks = pgTable(
  'trajectory_assessment_weeks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    name: text('name').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    draftDeadline: date('draft_deadline', { mode: 'string' }).notNull(),
    finalDeadline: date('final_deadline', { mode: 'string' }).notNull(),
    /** the qualifications assessed in the week (`["BKO","SKO"]`) */
    qualifications: jsonb('qualifications').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trajectory_assessment_weeks_institution_idx').on(t.institutionId, t.startsOn),
    check(
      'trajectory_assessment_weeks_dates_check',
      sql`${t.draftDeadline} <= ${t.finalDeadline} AND ${t.finalDeadline} < ${t.startsOn} AND ${t.startsOn} <= ${t.endsOn}`,
    ),
  ],
);

/** An institution's own numbers for a template's requirements (R-UMCU-PF-1), by requirement id. */
export const trajectoryRequirementSettings = pgTable(
  'trajectory_requirement_settings',
  {
    institutionId: uuid('institution_id').notNull(),
    qualification: trajectoryQualificationEnum('qualification').notNull(),
    /** `{ "student-evaluation": 3 }` */
    settings: jsonb('settings').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.institutionId, t.qualification] })],
);

/**
 * A teacher's trajectory at an institution, from the intake request on (R-UMCU-ROUTE-1). The plan recorded
 * at the intake lives in its columns and `trajectory_schooling`; `costs` is the plan's cost calculation as
 * it was recorded, so what a line manager approves does not move when the catalogue changes later.
 */
export const trajectories = pgTable(
  'trajectories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    institutionId: uuid('institution_id').notNull(),
    teacherId: uuid('teacher_id').notNull(),
    state: trajectoryStateEnum('state').notNull().default('intake-requested'),
    /** the adviser who took it up; null while the request waits in the queue */
    adviserId: uuid('adviser_id'),
    /** where the teacher asked from (`advice`, `dossier`) and what they wrote */
    requestedFrom: text('requested_from').notNull(),
    requestedQualification: trajectoryQualificationEnum('requested_qualification'),
    requestMessage: text('request_message').notNull().default(''),
    /** the chosen qualification; null until the intake is recorded */
    qualification: trajectoryQualificationEnum('qualification'),
    /** the day the intake was recorded: it chooses the catalogue year and the template in force */
    intakeOn: date('intake_on', { mode: 'string' }),
    route: trajectoryRouteEnum('route'),
    payer: trajectoryPayerEnum('payer'),
    /** the start of the assessment week adviser and teacher aim at; the sign-up comes with the draft */
    expectedAssessmentWeek: date('expected_assessment_week', { mode: 'string' }),
    notes: text('notes').notNull().default(''),
    /** PlanCosts of the recorded plan */
    costs: jsonb('costs'),
    costDecision: trajectoryCostDecisionEnum('cost_decision'),
    costDecisionReason: text('cost_decision_reason'),
    costDecidedBy: uuid('cost_decided_by'),
    costDecidedAt: timestamp('cost_decided_at', { withTimezone: true }),
    /** the reason given when it was withdrawn, cancelled or its final version returned */
    reason: text('reason'),
    /** the trajectory whose portfolio this one started from (R-UMCU-UVO-4) */
    carriedOverFrom: uuid('carried_over_from').references((): AnyPgColumn => trajectories.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trajectories_institution_state_idx').on(t.institutionId, t.state),
    index('trajectories_teacher_idx').on(t.teacherId),
    index('trajectories_adviser_idx').on(t.adviserId),
    // one open intake request per teacher and institution, also when two requests race
    uniqueIndex('trajectories_open_intake_request_idx')
      .on(t.teacherId, t.institutionId)
      .where(sql`${t.state} IN ('intake-requested', 'intake-planned') AND ${t.qualification} IS NULL`),
    check(
      'trajectories_plan_check',
      sql`(${t.qualification} IS NULL) = (${t.intakeOn} IS NULL) AND (${t.qualification} IS NULL) = (${t.route} IS NULL) AND (${t.qualification} IS NULL) = (${t.payer} IS NULL)`,
    ),
    check(
      'trajectories_cost_decision_check',
      sql`(${t.costDecision} IS NULL) = (${t.costDecidedAt} IS NULL) AND (${t.costDecision} IS DISTINCT FROM 'declined' OR ${t.costDecisionReason} IS NOT NULL)`,
    ),
  ],
);

/** An intake time the adviser offers; the teacher accepts one. */
export const trajectoryIntakeOffers = pgTable(
  'trajectory_intake_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    minutes: integer('minutes').notNull(),
    location: text('location').notNull(),
    offeredBy: uuid('offered_by').notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
  },
  (t) => [
    index('trajectory_intake_offers_trajectory_idx').on(t.trajectoryId),
    check('trajectory_intake_offers_minutes_check', sql`${t.minutes} BETWEEN 5 AND 480`),
  ],
);

/**
 * An evidence item of a portfolio (R-UMCU-PF-1): its files are in `trajectory_evidence_files`. Evidence
 * copied from an earlier portfolio remembers where it came from (R-UMCU-UVO-4).
 */
export const trajectoryEvidence = pgTable(
  'trajectory_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    kind: trajectoryEvidenceKindEnum('kind').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    date: date('date', { mode: 'string' }),
    carriedOverFromTrajectory: uuid('carried_over_from_trajectory').references(
      (): AnyPgColumn => trajectories.id,
    ),
    carriedOverFromQualification: trajectoryQualificationEnum('carried_over_from_qualification'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('trajectory_evidence_trajectory_idx').on(t.trajectoryId),
    check(
      'trajectory_evidence_origin_check',
      sql`(${t.carriedOverFromTrajectory} IS NULL) = (${t.carriedOverFromQualification} IS NULL)`,
    ),
  ],
);

/**
 * The files of an evidence item, stored as given. A stored file may be linked by several items (a copy made
 * by a carry-over) and by handed-in versions, so it is removed only when nothing links it any more.
 */
export const trajectoryEvidenceFiles = pgTable(
  'trajectory_evidence_files',
  {
    evidenceId: uuid('evidence_id')
      .notNull()
      .references(() => trajectoryEvidence.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.evidenceId, t.fileId] }),
    index('trajectory_evidence_files_file_idx').on(t.fileId),
  ],
);

/**
 * One piece of planned schooling (R-UMCU-ROUTE-3): from the catalogue (its title and price as at the intake)
 * or elsewhere. Completed with its certificate, which becomes an evidence item of the portfolio.
 */
export const trajectorySchooling = pgTable(
  'trajectory_schooling',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    position: integer('position').notNull(),
    /** the catalogue slug; null for schooling elsewhere */
    catalogueItemId: text('catalogue_item_id'),
    kind: text('kind').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en').notNull(),
    /** who gives schooling elsewhere */
    provider: text('provider'),
    priceCents: integer('price_cents').notNull(),
    completedOn: date('completed_on', { mode: 'string' }),
    certificateEvidenceId: uuid('certificate_evidence_id').references(() => trajectoryEvidence.id),
  },
  (t) => [
    unique('trajectory_schooling_position_unique').on(t.trajectoryId, t.position),
    check('trajectory_schooling_kind_check', sql`${t.kind} IN ('course', 'module', 'elsewhere')`),
    check('trajectory_schooling_price_check', sql`${t.priceCents} >= 0`),
    check(
      'trajectory_schooling_certificate_check',
      sql`${t.certificateEvidenceId} IS NULL OR ${t.completedOn} IS NOT NULL`,
    ),
  ],
);

/**
 * The working copy of a trajectory's portfolio: the CV and the sections (`{cv, sections}` of
 * PortfolioContent; evidence is in its own table) after the template in force at the intake.
 */
export const trajectoryPortfolios = pgTable('trajectory_portfolios', {
  trajectoryId: uuid('trajectory_id')
    .primaryKey()
    .references(() => trajectories.id),
  qualification: trajectoryQualificationEnum('qualification').notNull(),
  /** the template version (R-UMCU-BKO-OLD) */
  templateValidFrom: date('template_valid_from', { mode: 'string' }).notNull(),
  content: jsonb('content').notNull(),
  /** counts saves, so a writer can say which revision it changed */
  revision: integer('revision').notNull().default(1),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A handed-in version: numbered from 1 per trajectory, a snapshot of the whole portfolio (PortfolioContent,
 * evidence included) that never changes; the migration's trigger refuses updates and deletes.
 */
export const trajectoryVersions = pgTable(
  'trajectory_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    number: integer('number').notNull(),
    kind: trajectoryVersionKindEnum('kind').notNull(),
    templateValidFrom: date('template_valid_from', { mode: 'string' }).notNull(),
    snapshot: jsonb('snapshot').notNull(),
    /** the checklist of the snapshot when it was handed in */
    checklist: jsonb('checklist').notNull(),
    handedInBy: uuid('handed_in_by').notNull(),
    handedInAt: timestamp('handed_in_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('trajectory_versions_number_unique').on(t.trajectoryId, t.number),
    check('trajectory_versions_number_check', sql`${t.number} >= 1`),
  ],
);

/** The PDF files of a handed-in version (R-UMCU-SUB-1, -2), made after the hand-in. */
export const trajectoryVersionFiles = pgTable(
  'trajectory_version_files',
  {
    versionId: uuid('version_id')
      .notNull()
      .references(() => trajectoryVersions.id),
    role: trajectoryHandInRoleEnum('role').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => storedFiles.id),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.role] })],
);

/**
 * The adviser's feedback on a draft (R-UMCU-FB-1): per section and overall, and the verdict ("compleet en
 * overtuigend" or "needs work"). One per version, never changed (the migration's trigger).
 */
export const trajectoryFeedback = pgTable('trajectory_feedback', {
  versionId: uuid('version_id')
    .primaryKey()
    .references(() => trajectoryVersions.id),
  verdict: trajectoryVerdictEnum('verdict').notNull(),
  overall: text('overall').notNull(),
  /** `{ "design": "…" }`: comments by section id */
  sections: jsonb('sections').notNull(),
  givenBy: uuid('given_by').notNull(),
  givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A trajectory's sign-up for an assessment week (R-UMCU-ASM-3). Moving to another week ends the current
 * sign-up and starts a new one; at most one is current.
 */
export const trajectoryWeekSignups = pgTable(
  'trajectory_week_signups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    weekId: uuid('week_id')
      .notNull()
      .references(() => trajectoryAssessmentWeeks.id),
    signedUpBy: uuid('signed_up_by').notNull(),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('trajectory_week_signups_current_idx').on(t.trajectoryId).where(sql`${t.endedAt} IS NULL`),
    index('trajectory_week_signups_week_idx').on(t.weekId),
  ],
);

/**
 * The deadline reminders sent (issue 5, item 7): one per trajectory, deadline, its day and the days before
 * it, so each goes out once however often, and in however many processes, the daily job runs.
 */
export const trajectoryRemindersSent = pgTable(
  'trajectory_reminders_sent',
  {
    trajectoryId: uuid('trajectory_id')
      .notNull()
      .references(() => trajectories.id),
    deadline: trajectoryVersionKindEnum('deadline').notNull(),
    deadlineOn: date('deadline_on', { mode: 'string' }).notNull(),
    daysBefore: integer('days_before').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({
      name: 'trajectory_reminders_sent_pk',
      columns: [t.trajectoryId, t.deadline, t.deadlineOn, t.daysBefore],
    }),
    check('trajectory_reminders_sent_days_check', sql`${t.daysBefore} IN (1, 7)`),
  ],
);
