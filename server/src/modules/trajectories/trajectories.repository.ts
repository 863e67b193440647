import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type {
  Catalogue,
  CatalogueItem,
  Evidence,
  TrajectoryState,
} from '../../../../contracts/trajectories.js';
import type { Executor } from '../../platform/db/database.js';
import { storedFiles } from '../../platform/files/files.tables.js';
import {
  trajectories,
  trajectoryAssessmentWeeks,
  trajectoryCatalogueItems,
  trajectoryCatalogues,
  trajectoryEvidence,
  trajectoryEvidenceFiles,
  trajectoryFeedback,
  trajectoryIntakeOffers,
  trajectoryPortfolios,
  trajectoryRemindersSent,
  trajectoryRequirementSettings,
  trajectorySchooling,
  trajectoryVersionFiles,
  trajectoryVersions,
  trajectoryWeekSignups,
} from './trajectories.tables.js';

// The trajectories module's queries. Use cases call these inside their transactions.

export type TrajectoryRow = typeof trajectories.$inferSelect;
export type OfferRow = typeof trajectoryIntakeOffers.$inferSelect;
export type SchoolingRow = typeof trajectorySchooling.$inferSelect;
export type PortfolioRow = typeof trajectoryPortfolios.$inferSelect;

/**
 * Inserts an intake request; undefined when the teacher already has an open one at the institution (the
 * partial unique index `trajectories_open_intake_request_idx`, which also holds when two requests race).
 */
export async function insertIntakeRequest(
  db: Executor,
  values: typeof trajectories.$inferInsert,
): Promise<TrajectoryRow | undefined> {
  const [row] = await db.insert(trajectories).values(values).onConflictDoNothing().returning();
  return row;
}

/** A trajectory; with `forUpdate` its row stays locked until the transaction ends. */
export async function findTrajectoryRow(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<TrajectoryRow | undefined> {
  const query = db.select().from(trajectories).where(eq(trajectories.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateTrajectoryRow(
  db: Executor,
  id: string,
  patch: Partial<typeof trajectories.$inferInsert>,
): Promise<TrajectoryRow> {
  const [row] = await db.update(trajectories).set(patch).where(eq(trajectories.id, id)).returning();
  if (!row) throw new Error(`trajectory ${id} vanished`);
  return row;
}

/** A teacher's trajectories, newest first. */
export async function listTrajectoriesOfTeacher(db: Executor, teacherId: string): Promise<TrajectoryRow[]> {
  return db
    .select()
    .from(trajectories)
    .where(eq(trajectories.teacherId, teacherId))
    .orderBy(desc(trajectories.createdAt), asc(trajectories.id));
}

/** An institution's trajectories, optionally in some states only, oldest first (a queue's order). */
export async function listTrajectoriesAt(
  db: Executor,
  institutionId: string,
  states?: readonly TrajectoryState[],
): Promise<TrajectoryRow[]> {
  const where = states
    ? and(eq(trajectories.institutionId, institutionId), inArray(trajectories.state, [...states]))
    : eq(trajectories.institutionId, institutionId);
  return db
    .select()
    .from(trajectories)
    .where(where)
    .orderBy(asc(trajectories.createdAt), asc(trajectories.id));
}

// Intake offers --------------------------------------------------------------------------------------------

export async function insertOffers(
  db: Executor,
  values: (typeof trajectoryIntakeOffers.$inferInsert)[],
): Promise<OfferRow[]> {
  return db.insert(trajectoryIntakeOffers).values(values).returning();
}

export async function offersOf(db: Executor, trajectoryId: string): Promise<OfferRow[]> {
  return db
    .select()
    .from(trajectoryIntakeOffers)
    .where(eq(trajectoryIntakeOffers.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryIntakeOffers.startsAt), asc(trajectoryIntakeOffers.id));
}

/** Marks one offer accepted and every other offer of the trajectory not. */
export async function acceptOfferRow(db: Executor, trajectoryId: string, offerId: string, now: Date) {
  await db
    .update(trajectoryIntakeOffers)
    .set({ acceptedAt: null })
    .where(eq(trajectoryIntakeOffers.trajectoryId, trajectoryId));
  await db
    .update(trajectoryIntakeOffers)
    .set({ acceptedAt: now })
    .where(
      and(eq(trajectoryIntakeOffers.id, offerId), eq(trajectoryIntakeOffers.trajectoryId, trajectoryId)),
    );
}

// Catalogue ------------------------------------------------------------------------------------------------

export interface CatalogueRow extends Catalogue {
  id: string;
  institutionId: string;
  updatedAt: Date;
}

function itemOf(row: typeof trajectoryCatalogueItems.$inferSelect): CatalogueItem {
  const title = { nl: row.titleNl, en: row.titleEn };
  return row.kind === 'course' && row.qualification
    ? { kind: 'course', id: row.itemId, title, qualification: row.qualification, priceCents: row.priceCents }
    : { kind: 'module', id: row.itemId, title, priceCents: row.priceCents };
}

/** An institution's catalogues with their items, by year; one year only when `year` is given. */
export async function findCatalogues(
  db: Executor,
  institutionId: string,
  year?: number,
): Promise<CatalogueRow[]> {
  const where =
    year === undefined
      ? eq(trajectoryCatalogues.institutionId, institutionId)
      : and(eq(trajectoryCatalogues.institutionId, institutionId), eq(trajectoryCatalogues.year, year));
  const catalogues = await db
    .select()
    .from(trajectoryCatalogues)
    .where(where)
    .orderBy(asc(trajectoryCatalogues.year));
  if (catalogues.length === 0) return [];
  const items = await db
    .select()
    .from(trajectoryCatalogueItems)
    .where(
      inArray(
        trajectoryCatalogueItems.catalogueId,
        catalogues.map((c) => c.id),
      ),
    )
    .orderBy(asc(trajectoryCatalogueItems.position));
  return catalogues.map((c) => ({
    id: c.id,
    institutionId: c.institutionId,
    year: c.year,
    items: items.filter((i) => i.catalogueId === c.id).map(itemOf),
    assessmentPriceCents: c.assessmentPrices as Catalogue['assessmentPriceCents'],
    updatedAt: c.updatedAt,
  }));
}

/** Writes a year's catalogue whole: its items are replaced. */
export async function saveCatalogue(
  db: Executor,
  values: { institutionId: string; catalogue: Catalogue; updatedBy: string; now: Date },
): Promise<void> {
  const { catalogue } = values;
  const [row] = await db
    .insert(trajectoryCatalogues)
    .values({
      institutionId: values.institutionId,
      year: catalogue.year,
      assessmentPrices: catalogue.assessmentPriceCents,
      updatedBy: values.updatedBy,
      updatedAt: values.now,
    })
    .onConflictDoUpdate({
      target: [trajectoryCatalogues.institutionId, trajectoryCatalogues.year],
      set: {
        assessmentPrices: catalogue.assessmentPriceCents,
        updatedBy: values.updatedBy,
        updatedAt: values.now,
      },
    })
    .returning({ id: trajectoryCatalogues.id });
  if (!row) throw new Error('upsert of a catalogue returned no row');
  await db.delete(trajectoryCatalogueItems).where(eq(trajectoryCatalogueItems.catalogueId, row.id));
  if (catalogue.items.length === 0) return;
  await db.insert(trajectoryCatalogueItems).values(
    catalogue.items.map((item, position) => ({
      catalogueId: row.id,
      itemId: item.id,
      position,
      kind: item.kind,
      titleNl: item.title.nl,
      titleEn: item.title.en,
      qualification: item.kind === 'course' ? item.qualification : null,
      priceCents: item.priceCents,
    })),
  );
}

// Schooling and portfolio ------------------------------------------------------------------------------

export async function schoolingOf(db: Executor, trajectoryId: string): Promise<SchoolingRow[]> {
  return db
    .select()
    .from(trajectorySchooling)
    .where(eq(trajectorySchooling.trajectoryId, trajectoryId))
    .orderBy(asc(trajectorySchooling.position));
}

/** The plan's schooling, replaced whole (a revised plan before any of it was completed here). */
export async function replaceSchooling(
  db: Executor,
  trajectoryId: string,
  rows: Omit<typeof trajectorySchooling.$inferInsert, 'trajectoryId' | 'position'>[],
): Promise<void> {
  await db.delete(trajectorySchooling).where(eq(trajectorySchooling.trajectoryId, trajectoryId));
  if (rows.length === 0) return;
  await db.insert(trajectorySchooling).values(rows.map((r, position) => ({ ...r, trajectoryId, position })));
}

export async function findPortfolio(
  db: Executor,
  trajectoryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<PortfolioRow | undefined> {
  const query = db
    .select()
    .from(trajectoryPortfolios)
    .where(eq(trajectoryPortfolios.trajectoryId, trajectoryId));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Starts, or starts again, the working copy after a template (only while nothing could be written yet). */
export async function resetPortfolio(
  db: Executor,
  values: {
    trajectoryId: string;
    qualification: QualificationCode;
    templateValidFrom: string;
    content: unknown;
    updatedBy: string;
    now: Date;
  },
): Promise<void> {
  const set = {
    qualification: values.qualification,
    templateValidFrom: values.templateValidFrom,
    content: values.content,
    updatedBy: values.updatedBy,
    updatedAt: values.now,
  };
  await db
    .insert(trajectoryPortfolios)
    .values({ trajectoryId: values.trajectoryId, ...set })
    .onConflictDoUpdate({ target: trajectoryPortfolios.trajectoryId, set });
}

// Versions, feedback and week sign-ups: what the state machine's context needs --------------------------

export type VersionRow = typeof trajectoryVersions.$inferSelect;
export type WeekRow = typeof trajectoryAssessmentWeeks.$inferSelect;

/** The versions handed in so far, oldest first, without their snapshots. */
export async function versionsOf(db: Executor, trajectoryId: string) {
  return db
    .select({
      id: trajectoryVersions.id,
      number: trajectoryVersions.number,
      kind: trajectoryVersions.kind,
      handedInAt: trajectoryVersions.handedInAt,
      verdict: trajectoryFeedback.verdict,
      feedbackAt: trajectoryFeedback.givenAt,
    })
    .from(trajectoryVersions)
    .leftJoin(trajectoryFeedback, eq(trajectoryFeedback.versionId, trajectoryVersions.id))
    .where(eq(trajectoryVersions.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryVersions.number));
}

/** The assessment week the trajectory is signed up for now. */
export async function currentWeekOf(db: Executor, trajectoryId: string): Promise<WeekRow | undefined> {
  const [row] = await db
    .select({ week: trajectoryAssessmentWeeks })
    .from(trajectoryWeekSignups)
    .innerJoin(trajectoryAssessmentWeeks, eq(trajectoryAssessmentWeeks.id, trajectoryWeekSignups.weekId))
    .where(and(eq(trajectoryWeekSignups.trajectoryId, trajectoryId), isNull(trajectoryWeekSignups.endedAt)));
  return row?.week;
}

// Assessment weeks -----------------------------------------------------------------------------------------

export async function listWeeks(db: Executor, institutionId: string): Promise<WeekRow[]> {
  return db
    .select()
    .from(trajectoryAssessmentWeeks)
    .where(eq(trajectoryAssessmentWeeks.institutionId, institutionId))
    .orderBy(asc(trajectoryAssessmentWeeks.startsOn), asc(trajectoryAssessmentWeeks.id));
}

export async function findWeek(db: Executor, weekId: string): Promise<WeekRow | undefined> {
  const [row] = await db
    .select()
    .from(trajectoryAssessmentWeeks)
    .where(eq(trajectoryAssessmentWeeks.id, weekId));
  return row;
}

export async function insertWeek(db: Executor, values: typeof trajectoryAssessmentWeeks.$inferInsert) {
  const [row] = await db.insert(trajectoryAssessmentWeeks).values(values).returning();
  if (!row) throw new Error('insert into trajectory_assessment_weeks returned no row');
  return row;
}

export async function updateWeek(
  db: Executor,
  weekId: string,
  patch: Partial<typeof trajectoryAssessmentWeeks.$inferInsert>,
): Promise<WeekRow> {
  const [row] = await db
    .update(trajectoryAssessmentWeeks)
    .set(patch)
    .where(eq(trajectoryAssessmentWeeks.id, weekId))
    .returning();
  if (!row) throw new Error(`assessment week ${weekId} vanished`);
  return row;
}

// The portfolio's working copy and evidence -----------------------------------------------------------------

export type EvidenceRow = typeof trajectoryEvidence.$inferSelect;

export async function savePortfolioContent(
  db: Executor,
  values: { trajectoryId: string; content?: unknown; updatedBy: string; now: Date },
): Promise<PortfolioRow> {
  const [row] = await db
    .update(trajectoryPortfolios)
    .set({
      ...(values.content === undefined ? {} : { content: values.content }),
      revision: sql`${trajectoryPortfolios.revision} + 1`,
      updatedBy: values.updatedBy,
      updatedAt: values.now,
    })
    .where(eq(trajectoryPortfolios.trajectoryId, values.trajectoryId))
    .returning();
  if (!row) throw new Error(`portfolio ${values.trajectoryId} vanished`);
  return row;
}

/** The evidence of a portfolio in the order it was added, each with its files' names and types. */
export async function evidenceOf(db: Executor, trajectoryId: string): Promise<Evidence[]> {
  const items = await db
    .select()
    .from(trajectoryEvidence)
    .where(eq(trajectoryEvidence.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryEvidence.createdAt), asc(trajectoryEvidence.id));
  if (items.length === 0) return [];
  const files = await db
    .select({
      evidenceId: trajectoryEvidenceFiles.evidenceId,
      fileId: storedFiles.id,
      name: storedFiles.fileName,
      mediaType: storedFiles.mediaType,
    })
    .from(trajectoryEvidenceFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, trajectoryEvidenceFiles.fileId))
    .where(
      inArray(
        trajectoryEvidenceFiles.evidenceId,
        items.map((i) => i.id),
      ),
    )
    .orderBy(asc(trajectoryEvidenceFiles.position));
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    description: item.description,
    date: item.date,
    files: files
      .filter((f) => f.evidenceId === item.id)
      .map((f) => ({ fileId: f.fileId, name: f.name, mediaType: f.mediaType })),
    carriedOverFrom:
      item.carriedOverFromTrajectory && item.carriedOverFromQualification
        ? { qualification: item.carriedOverFromQualification, trajectoryId: item.carriedOverFromTrajectory }
        : null,
  }));
}

export async function insertEvidenceItem(
  db: Executor,
  values: typeof trajectoryEvidence.$inferInsert,
): Promise<EvidenceRow> {
  const [row] = await db.insert(trajectoryEvidence).values(values).returning();
  if (!row) throw new Error('insert into trajectory_evidence returned no row');
  return row;
}

export async function findEvidenceItem(
  db: Executor,
  trajectoryId: string,
  evidenceId: string,
): Promise<EvidenceRow | undefined> {
  const [row] = await db
    .select()
    .from(trajectoryEvidence)
    .where(and(eq(trajectoryEvidence.id, evidenceId), eq(trajectoryEvidence.trajectoryId, trajectoryId)));
  return row;
}

export async function linkEvidenceFile(db: Executor, evidenceId: string, fileId: string): Promise<void> {
  const [last] = await db
    .select({ position: trajectoryEvidenceFiles.position })
    .from(trajectoryEvidenceFiles)
    .where(eq(trajectoryEvidenceFiles.evidenceId, evidenceId))
    .orderBy(desc(trajectoryEvidenceFiles.position))
    .limit(1);
  await db
    .insert(trajectoryEvidenceFiles)
    .values({ evidenceId, fileId, position: (last?.position ?? -1) + 1 });
}

export async function unlinkEvidenceFile(db: Executor, evidenceId: string, fileId: string): Promise<boolean> {
  const rows = await db
    .delete(trajectoryEvidenceFiles)
    .where(
      and(eq(trajectoryEvidenceFiles.evidenceId, evidenceId), eq(trajectoryEvidenceFiles.fileId, fileId)),
    )
    .returning({ fileId: trajectoryEvidenceFiles.fileId });
  return rows.length > 0;
}

export async function filesOfEvidence(db: Executor, evidenceId: string): Promise<string[]> {
  const rows = await db
    .select({ fileId: trajectoryEvidenceFiles.fileId })
    .from(trajectoryEvidenceFiles)
    .where(eq(trajectoryEvidenceFiles.evidenceId, evidenceId));
  return rows.map((r) => r.fileId);
}

export async function deleteEvidenceItem(db: Executor, evidenceId: string): Promise<void> {
  await db.delete(trajectoryEvidence).where(eq(trajectoryEvidence.id, evidenceId));
}

/** The files among `fileIds` that an evidence item still links (of any trajectory: a carry-over shares them). */
export async function filesStillLinked(db: Executor, fileIds: readonly string[]): Promise<Set<string>> {
  if (fileIds.length === 0) return new Set();
  const rows = await db
    .select({ fileId: trajectoryEvidenceFiles.fileId })
    .from(trajectoryEvidenceFiles)
    .where(inArray(trajectoryEvidenceFiles.fileId, [...fileIds]));
  return new Set(rows.map((r) => r.fileId));
}

/** The snapshots of a trajectory's handed-in versions, oldest first. */
export async function snapshotsOf(db: Executor, trajectoryId: string): Promise<unknown[]> {
  const rows = await db
    .select({ snapshot: trajectoryVersions.snapshot })
    .from(trajectoryVersions)
    .where(eq(trajectoryVersions.trajectoryId, trajectoryId))
    .orderBy(asc(trajectoryVersions.number));
  return rows.map((r) => r.snapshot);
}

export async function requirementSettingsOf(
  db: Executor,
  institutionId: string,
  qualification: QualificationCode,
): Promise<Record<string, number>> {
  const [row] = await db
    .select({ settings: trajectoryRequirementSettings.settings })
    .from(trajectoryRequirementSettings)
    .where(
      and(
        eq(trajectoryRequirementSettings.institutionId, institutionId),
        eq(trajectoryRequirementSettings.qualification, qualification),
      ),
    );
  return (row?.settings as Record<string, number> | undefined) ?? {};
}

export async function completeSchoolingRow(
  db: Executor,
  schoolingId: string,
  values: { completedOn: string; certificateEvidenceId: string },
): Promise<void> {
  await db.update(trajectorySchooling).set(values).where(eq(trajectorySchooling.id, schoolingId));
}

// Handed-in versions, feedback, sign-ups ----------------------------------------------------------------------

export type FeedbackRow = typeof trajectoryFeedback.$inferSelect;

export async function insertVersion(
  db: Executor,
  values: typeof trajectoryVersions.$inferInsert,
): Promise<VersionRow> {
  const [row] = await db.insert(trajectoryVersions).values(values).returning();
  if (!row) throw new Error('insert into trajectory_versions returned no row');
  return row;
}

export async function findVersion(
  db: Executor,
  trajectoryId: string,
  number: number,
): Promise<{ version: VersionRow; feedback: FeedbackRow | null } | undefined> {
  const [row] = await db
    .select({ version: trajectoryVersions, feedback: trajectoryFeedback })
    .from(trajectoryVersions)
    .leftJoin(trajectoryFeedback, eq(trajectoryFeedback.versionId, trajectoryVersions.id))
    .where(and(eq(trajectoryVersions.trajectoryId, trajectoryId), eq(trajectoryVersions.number, number)));
  return row;
}

export async function insertFeedback(db: Executor, values: typeof trajectoryFeedback.$inferInsert) {
  const [row] = await db.insert(trajectoryFeedback).values(values).returning();
  if (!row) throw new Error('insert into trajectory_feedback returned no row');
  return row;
}

/** Signs the trajectory up for a week, ending the current sign-up (if for another week). */
export async function signUpForWeek(
  db: Executor,
  values: { trajectoryId: string; weekId: string; signedUpBy: string; now: Date },
): Promise<void> {
  const current = await currentWeekOf(db, values.trajectoryId);
  if (current?.id === values.weekId) return;
  await db
    .update(trajectoryWeekSignups)
    .set({ endedAt: values.now })
    .where(
      and(eq(trajectoryWeekSignups.trajectoryId, values.trajectoryId), isNull(trajectoryWeekSignups.endedAt)),
    );
  await db.insert(trajectoryWeekSignups).values({
    trajectoryId: values.trajectoryId,
    weekId: values.weekId,
    signedUpBy: values.signedUpBy,
    signedUpAt: values.now,
  });
}

export async function saveRequirementSettings(
  db: Executor,
  values: {
    institutionId: string;
    qualification: QualificationCode;
    settings: Record<string, number>;
    updatedBy: string;
    now: Date;
  },
): Promise<void> {
  const set = { settings: values.settings, updatedBy: values.updatedBy, updatedAt: values.now };
  await db
    .insert(trajectoryRequirementSettings)
    .values({ institutionId: values.institutionId, qualification: values.qualification, ...set })
    .onConflictDoUpdate({
      target: [trajectoryRequirementSettings.institutionId, trajectoryRequirementSettings.qualification],
      set,
    });
}

/** Removes every evidence item of a trajectory (not its files, which a carried-over copy shares). */
export async function deleteEvidenceOfTrajectory(db: Executor, trajectoryId: string): Promise<void> {
  await db.delete(trajectoryEvidence).where(eq(trajectoryEvidence.trajectoryId, trajectoryId));
}

/** The stored PDF files of a version, by role. */
export async function versionFilesOf(db: Executor, versionId: string) {
  return db
    .select({ role: trajectoryVersionFiles.role, fileId: trajectoryVersionFiles.fileId })
    .from(trajectoryVersionFiles)
    .where(eq(trajectoryVersionFiles.versionId, versionId));
}

export async function insertVersionFile(db: Executor, values: typeof trajectoryVersionFiles.$inferInsert) {
  await db.insert(trajectoryVersionFiles).values(values);
}

// Deadline reminders ---------------------------------------------------------------------------------------

/** Trajectories signed up now for a week with a draft or final deadline on one of `days`, with that week. */
export async function signedUpWithDeadlineOn(db: Executor, days: readonly string[]) {
  return db
    .select({ trajectory: trajectories, week: trajectoryAssessmentWeeks })
    .from(trajectoryWeekSignups)
    .innerJoin(trajectoryAssessmentWeeks, eq(trajectoryAssessmentWeeks.id, trajectoryWeekSignups.weekId))
    .innerJoin(trajectories, eq(trajectories.id, trajectoryWeekSignups.trajectoryId))
    .where(
      and(
        isNull(trajectoryWeekSignups.endedAt),
        or(
          inArray(trajectoryAssessmentWeeks.draftDeadline, [...days]),
          inArray(trajectoryAssessmentWeeks.finalDeadline, [...days]),
        ),
      ),
    )
    .orderBy(asc(trajectories.id));
}

/**
 * Records a reminder as sent; false when it was already (by another run or process: the primary key, and
 * a racing insert waits for the other transaction and then does nothing).
 */
export async function recordReminderSent(
  db: Executor,
  values: typeof trajectoryRemindersSent.$inferInsert,
): Promise<boolean> {
  const rows = await db.insert(trajectoryRemindersSent).values(values).onConflictDoNothing().returning();
  return rows.length > 0;
}
