import { and, asc, desc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { single } from '../../platform/db/database.js';
import { storedFiles } from '../../platform/files/files.tables.js';
import {
  registerActivities,
  registerAuditDecisions,
  registerAuditDraws,
  registerAuditReviews,
  registerEvidence,
  registerTeacherSettings,
} from './register.tables.js';

// Queries of audit draws, reviews and decisions; no rules here.

export type DrawRow = typeof registerAuditDraws.$inferSelect;
export type ReviewRow = typeof registerAuditReviews.$inferSelect;
export type DecisionRow = typeof registerAuditDecisions.$inferSelect;
export type ActivityRow = typeof registerActivities.$inferSelect;

/** The period ends of those people whose period ends within the window. */
export async function findPeriodEnds(
  db: Executor,
  personIds: string[],
  window: { from: string; to: string },
): Promise<{ personId: string; periodEnd: string }[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select({ personId: registerTeacherSettings.personId, periodEnd: registerTeacherSettings.periodEnd })
    .from(registerTeacherSettings)
    .where(
      and(
        inArray(registerTeacherSettings.personId, personIds),
        gte(registerTeacherSettings.periodEnd, window.from),
        lte(registerTeacherSettings.periodEnd, window.to),
      ),
    );
  return rows.flatMap((r) => (r.periodEnd ? [{ personId: r.personId, periodEnd: r.periodEnd }] : []));
}

export async function insertDraw(
  tx: Executor,
  values: typeof registerAuditDraws.$inferInsert,
): Promise<DrawRow> {
  return single(await tx.insert(registerAuditDraws).values(values).returning());
}

export async function insertReviews(
  tx: Executor,
  values: (typeof registerAuditReviews.$inferInsert)[],
): Promise<ReviewRow[]> {
  if (values.length === 0) return [];
  return tx.insert(registerAuditReviews).values(values).returning();
}

export async function findDraw(db: Executor, id: string): Promise<DrawRow | null> {
  const [row] = await db.select().from(registerAuditDraws).where(eq(registerAuditDraws.id, id));
  return row ?? null;
}

export async function listDraws(db: Executor, institutionId: string): Promise<DrawRow[]> {
  return db
    .select()
    .from(registerAuditDraws)
    .where(eq(registerAuditDraws.institutionId, institutionId))
    .orderBy(desc(registerAuditDraws.drawnAt), asc(registerAuditDraws.id));
}

export async function findDraws(db: Executor, ids: string[]): Promise<DrawRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(registerAuditDraws).where(inArray(registerAuditDraws.id, ids));
}

export async function listReviewsOfDraw(db: Executor, drawId: string): Promise<ReviewRow[]> {
  return db
    .select()
    .from(registerAuditReviews)
    .where(eq(registerAuditReviews.drawId, drawId))
    .orderBy(asc(registerAuditReviews.position));
}

export async function findReview(db: Executor, id: string): Promise<ReviewRow | null> {
  const [row] = await db.select().from(registerAuditReviews).where(eq(registerAuditReviews.id, id));
  return row ?? null;
}

/** The reviews of draws at the given institutions, newest draw first. */
export async function listReviewsAt(db: Executor, institutionIds: string[]): Promise<ReviewRow[]> {
  if (institutionIds.length === 0) return [];
  const rows = await db
    .select({ review: registerAuditReviews })
    .from(registerAuditReviews)
    .innerJoin(registerAuditDraws, eq(registerAuditDraws.id, registerAuditReviews.drawId))
    .where(inArray(registerAuditDraws.institutionId, institutionIds))
    .orderBy(desc(registerAuditDraws.drawnAt), asc(registerAuditReviews.position));
  return rows.map((r) => r.review);
}

export async function listReviewsOfPerson(db: Executor, personId: string): Promise<ReviewRow[]> {
  return db
    .select()
    .from(registerAuditReviews)
    .where(eq(registerAuditReviews.personId, personId))
    .orderBy(desc(registerAuditReviews.createdAt));
}

/**
 * Moves a review on from the status it was read in; null when another request moved it first, so two
 * concurrent steps cannot both succeed.
 */
export async function updateReview(
  tx: Executor,
  id: string,
  from: ReviewRow['status'],
  values: Partial<typeof registerAuditReviews.$inferInsert>,
): Promise<ReviewRow | null> {
  const [row] = await tx
    .update(registerAuditReviews)
    .set(values)
    .where(and(eq(registerAuditReviews.id, id), eq(registerAuditReviews.status, from)))
    .returning();
  return row ?? null;
}

/**
 * The teacher's self-entered activities of the period that no audit holds yet: what a review takes
 * (R-REG-AUDIT-1: "activiteiten die niet gevalideerd zijn en die leraren zelf opvoeren"). A provider's
 * validated activity (R-REG-EVID-1) is never audited.
 */
export async function findAuditableActivities(
  db: Executor,
  personId: string,
  period: { start: string; end: string },
): Promise<ActivityRow[]> {
  return db
    .select()
    .from(registerActivities)
    .where(
      and(
        eq(registerActivities.personId, personId),
        isNull(registerActivities.providerActivityId),
        isNull(registerActivities.lockedByReviewId),
        gte(registerActivities.date, period.start),
        lte(registerActivities.date, period.end),
      ),
    )
    .orderBy(asc(registerActivities.date), asc(registerActivities.createdAt), asc(registerActivities.id));
}

export async function lockActivities(
  tx: Executor,
  ids: string[],
  reviewId: string,
  now: Date,
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(registerActivities)
    .set({ lockedByReviewId: reviewId, lockedAt: now })
    .where(and(inArray(registerActivities.id, ids), isNull(registerActivities.lockedByReviewId)));
}

export async function findActivitiesOfReview(db: Executor, reviewId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(registerActivities)
    .where(eq(registerActivities.lockedByReviewId, reviewId))
    .orderBy(asc(registerActivities.date), asc(registerActivities.createdAt), asc(registerActivities.id));
}

export interface EvidenceFileRow {
  id: string;
  activityId: string;
  fileName: string;
  mediaType: string;
  size: number;
}

export async function findEvidenceOf(db: Executor, activityIds: string[]): Promise<EvidenceFileRow[]> {
  if (activityIds.length === 0) return [];
  return db
    .select({
      id: registerEvidence.id,
      activityId: registerEvidence.activityId,
      fileName: storedFiles.fileName,
      mediaType: storedFiles.mediaType,
      size: storedFiles.size,
    })
    .from(registerEvidence)
    .innerJoin(storedFiles, eq(storedFiles.id, registerEvidence.fileId))
    .where(inArray(registerEvidence.activityId, activityIds))
    .orderBy(asc(registerEvidence.addedAt), asc(registerEvidence.id));
}

export async function findDecisions(db: Executor, reviewId: string): Promise<DecisionRow[]> {
  return db.select().from(registerAuditDecisions).where(eq(registerAuditDecisions.reviewId, reviewId));
}

/** Records or replaces the decision on one activity of a review. */
export async function saveDecision(
  tx: Executor,
  values: typeof registerAuditDecisions.$inferInsert,
): Promise<DecisionRow> {
  const { reviewId: _review, activityId: _activity, ...changes } = values;
  return single(
    await tx
      .insert(registerAuditDecisions)
      .values(values)
      .onConflictDoUpdate({
        target: [registerAuditDecisions.reviewId, registerAuditDecisions.activityId],
        set: changes,
      })
      .returning(),
  );
}
