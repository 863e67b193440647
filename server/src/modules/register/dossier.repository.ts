import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { type Executor, single } from '../../platform/db/database.js';
import { storedFiles } from '../../platform/files/files.tables.js';
import { decisionsOutStatuses } from './domain/audit.js';
import {
  registerAccreditationPoints,
  registerActivities,
  registerAuditDecisions,
  registerAuditReviews,
  registerEvidence,
  registerProviderActivities,
  registerTeacherSettings,
} from './register.tables.js';

// Queries of a teacher's dossier: settings, activities, their points and evidence; no rules here.

export type SettingsRow = typeof registerTeacherSettings.$inferSelect;
export type ActivityRow = typeof registerActivities.$inferSelect;
export type ActivityValues = Omit<
  typeof registerActivities.$inferInsert,
  'id' | 'personId' | 'createdBy' | 'createdAt' | 'updatedBy' | 'updatedAt' | 'lockedByReviewId' | 'lockedAt'
>;
export interface PointsRow {
  scheme: string;
  pointsTenths: number;
}
export interface EvidenceRow {
  id: string;
  activityId: string;
  fileId: string;
  fileName: string;
  mediaType: string;
  size: number;
  uploadedAt: Date;
}

export async function findSettings(db: Executor, personId: string): Promise<SettingsRow | null> {
  const [row] = await db
    .select()
    .from(registerTeacherSettings)
    .where(eq(registerTeacherSettings.personId, personId));
  return row ?? null;
}

/** Who has this register number, if anyone. */
export async function findRegisterNumberHolder(db: Executor, registerNumber: string): Promise<string | null> {
  const [row] = await db
    .select({ personId: registerTeacherSettings.personId })
    .from(registerTeacherSettings)
    .where(eq(registerTeacherSettings.registerNumber, registerNumber));
  return row?.personId ?? null;
}

export async function upsertSettings(
  tx: Executor,
  values: Omit<typeof registerTeacherSettings.$inferInsert, 'createdAt' | 'updatedAt'> & { now: Date },
): Promise<SettingsRow> {
  const { now, ...row } = values;
  const { personId: _, ...changes } = row;
  return single(
    await tx
      .insert(registerTeacherSettings)
      .values({ ...row, createdAt: now, updatedAt: now })
      .onConflictDoUpdate({
        target: registerTeacherSettings.personId,
        set: { ...changes, updatedAt: now },
      })
      .returning(),
  );
}

/** A person's activities, newest first (then last recorded first). */
export async function listActivityRows(db: Executor, personId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(registerActivities)
    .where(eq(registerActivities.personId, personId))
    .orderBy(desc(registerActivities.date), desc(registerActivities.createdAt), desc(registerActivities.id));
}

export interface Rejection {
  rule: string;
  reason: string;
}

/** The person's activities rejected in an audit whose decisions are out (R-REG-AUDIT-1), by activity. */
export async function rejectionsOf(db: Executor, personId: string): Promise<Map<string, Rejection>> {
  const rows = await db
    .select({
      activityId: registerAuditDecisions.activityId,
      rule: registerAuditDecisions.rule,
      reason: registerAuditDecisions.reason,
    })
    .from(registerAuditDecisions)
    .innerJoin(registerAuditReviews, eq(registerAuditReviews.id, registerAuditDecisions.reviewId))
    .where(
      and(
        eq(registerAuditReviews.personId, personId),
        eq(registerAuditDecisions.decision, 'rejected'),
        inArray(registerAuditReviews.status, [...decisionsOutStatuses]),
      ),
    );
  return new Map(rows.map((r) => [r.activityId, { rule: r.rule ?? '', reason: r.reason ?? '' }]));
}

export async function findActivityRow(db: Executor, id: string): Promise<ActivityRow | null> {
  const [row] = await db.select().from(registerActivities).where(eq(registerActivities.id, id));
  return row ?? null;
}

/** The activity, row-locked for the rest of the transaction, so a change and an audit's lock never cross. */
export async function lockActivityRow(tx: Executor, id: string): Promise<ActivityRow | null> {
  const [row] = await tx.select().from(registerActivities).where(eq(registerActivities.id, id)).for('update');
  return row ?? null;
}

export async function insertActivityRow(
  tx: Executor,
  values: ActivityValues & { personId: string; by: string; now: Date },
): Promise<ActivityRow> {
  const { by, now, ...row } = values;
  return single(
    await tx
      .insert(registerActivities)
      .values({ ...row, createdBy: by, createdAt: now, updatedBy: by, updatedAt: now })
      .returning(),
  );
}

export async function updateActivityRow(
  tx: Executor,
  id: string,
  values: ActivityValues & { by: string; now: Date },
): Promise<ActivityRow> {
  const { by, now, ...row } = values;
  return single(
    await tx
      .update(registerActivities)
      .set({ ...row, updatedBy: by, updatedAt: now })
      .where(eq(registerActivities.id, id))
      .returning(),
  );
}

/** Removes the activity with its points and evidence links (the files are the caller's to remove). */
export async function deleteActivityRow(tx: Executor, id: string): Promise<void> {
  await tx.delete(registerActivities).where(eq(registerActivities.id, id));
}

/** Points in other schemes per activity, by scheme. */
export async function pointsOf(db: Executor, activityIds: string[]): Promise<Map<string, PointsRow[]>> {
  const byActivity = new Map<string, PointsRow[]>(activityIds.map((id) => [id, []]));
  if (activityIds.length === 0) return byActivity;
  const rows = await db
    .select({
      activityId: registerAccreditationPoints.activityId,
      scheme: registerAccreditationPoints.scheme,
      pointsTenths: registerAccreditationPoints.pointsTenths,
    })
    .from(registerAccreditationPoints)
    .where(inArray(registerAccreditationPoints.activityId, activityIds))
    .orderBy(asc(registerAccreditationPoints.scheme));
  for (const { activityId, ...points } of rows) if (activityId) byActivity.get(activityId)?.push(points);
  return byActivity;
}

export async function replacePoints(tx: Executor, activityId: string, points: PointsRow[]): Promise<void> {
  await tx.delete(registerAccreditationPoints).where(eq(registerAccreditationPoints.activityId, activityId));
  if (points.length === 0) return;
  await tx.insert(registerAccreditationPoints).values(points.map((p) => ({ activityId, ...p })));
}

const evidenceColumns = {
  id: registerEvidence.id,
  activityId: registerEvidence.activityId,
  fileId: registerEvidence.fileId,
  fileName: storedFiles.fileName,
  mediaType: storedFiles.mediaType,
  size: storedFiles.size,
  uploadedAt: storedFiles.uploadedAt,
};

/** Evidence per activity, oldest first, without the files' bytes. */
export async function evidenceOf(db: Executor, activityIds: string[]): Promise<Map<string, EvidenceRow[]>> {
  const byActivity = new Map<string, EvidenceRow[]>(activityIds.map((id) => [id, []]));
  if (activityIds.length === 0) return byActivity;
  const rows = await db
    .select(evidenceColumns)
    .from(registerEvidence)
    .innerJoin(storedFiles, eq(storedFiles.id, registerEvidence.fileId))
    .where(inArray(registerEvidence.activityId, activityIds))
    .orderBy(asc(registerEvidence.addedAt), asc(registerEvidence.id));
  for (const row of rows) byActivity.get(row.activityId)?.push(row);
  return byActivity;
}

export async function findEvidence(
  db: Executor,
  activityId: string,
  evidenceId: string,
): Promise<EvidenceRow | null> {
  const [row] = await db
    .select(evidenceColumns)
    .from(registerEvidence)
    .innerJoin(storedFiles, eq(storedFiles.id, registerEvidence.fileId))
    .where(and(eq(registerEvidence.id, evidenceId), eq(registerEvidence.activityId, activityId)));
  return row ?? null;
}

export async function insertEvidence(
  tx: Executor,
  values: { activityId: string; fileId: string; addedBy: string; now: Date },
): Promise<string> {
  const { now, ...row } = values;
  return single(
    await tx
      .insert(registerEvidence)
      .values({ ...row, addedAt: now })
      .returning({ id: registerEvidence.id }),
  ).id;
}

export async function deleteEvidence(tx: Executor, evidenceId: string): Promise<void> {
  await tx.delete(registerEvidence).where(eq(registerEvidence.id, evidenceId));
}

/** The number and provider of validated activities, by id. */
export async function providerActivityRefs(
  db: Executor,
  ids: string[],
): Promise<Map<string, { number: string; institutionId: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: registerProviderActivities.id,
      number: registerProviderActivities.number,
      institutionId: registerProviderActivities.institutionId,
    })
    .from(registerProviderActivities)
    .where(inArray(registerProviderActivities.id, [...new Set(ids)]));
  return new Map(rows.map(({ id, ...ref }) => [id, ref]));
}
