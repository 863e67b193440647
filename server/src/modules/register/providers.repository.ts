import { asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { single } from '../../platform/db/database.js';
import {
  registerActivities,
  registerAttendances,
  registerProviderActivities,
  registerTeacherSettings,
} from './register.tables.js';

// Queries of providers' validated activities and their attendance; no rules here.

export type ProviderActivityRow = typeof registerProviderActivities.$inferSelect;
export type AttendanceRow = typeof registerAttendances.$inferSelect;

/** Inserts a validated activity; null when its number is taken (R-REG-EVID-1: unique over all providers). */
export async function insertProviderActivity(
  tx: Executor,
  values: typeof registerProviderActivities.$inferInsert,
): Promise<ProviderActivityRow | null> {
  const [row] = await tx
    .insert(registerProviderActivities)
    .values(values)
    .onConflictDoNothing({ target: registerProviderActivities.number })
    .returning();
  return row ?? null;
}

export async function findProviderActivity(db: Executor, id: string): Promise<ProviderActivityRow | null> {
  const [row] = await db
    .select()
    .from(registerProviderActivities)
    .where(eq(registerProviderActivities.id, id));
  return row ?? null;
}

export async function listProviderActivities(db: Executor, institutionId: string) {
  return db
    .select()
    .from(registerProviderActivities)
    .where(eq(registerProviderActivities.institutionId, institutionId))
    .orderBy(desc(registerProviderActivities.date), asc(registerProviderActivities.number));
}

/** How many attendances each activity has. */
export async function countAttendances(db: Executor, activityIds: string[]): Promise<Map<string, number>> {
  if (activityIds.length === 0) return new Map();
  const rows = await db
    .select({ id: registerAttendances.providerActivityId, n: count() })
    .from(registerAttendances)
    .where(inArray(registerAttendances.providerActivityId, activityIds))
    .groupBy(registerAttendances.providerActivityId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

export async function withdrawProviderActivity(
  tx: Executor,
  id: string,
  by: string,
  now: Date,
): Promise<ProviderActivityRow> {
  return single(
    await tx
      .update(registerProviderActivities)
      .set({ withdrawnAt: now, updatedBy: by, updatedAt: now })
      .where(eq(registerProviderActivities.id, id))
      .returning(),
  );
}

export async function findAttendance(db: Executor, id: string): Promise<AttendanceRow | null> {
  const [row] = await db.select().from(registerAttendances).where(eq(registerAttendances.id, id));
  return row ?? null;
}

export async function listAttendancesOf(db: Executor, providerActivityId: string): Promise<AttendanceRow[]> {
  return db
    .select()
    .from(registerAttendances)
    .where(eq(registerAttendances.providerActivityId, providerActivityId))
    .orderBy(asc(registerAttendances.registeredAt), asc(registerAttendances.id));
}

export async function listAttendancesOfPerson(db: Executor, personId: string) {
  return db
    .select({ attendance: registerAttendances, activity: registerProviderActivities })
    .from(registerAttendances)
    .innerJoin(
      registerProviderActivities,
      eq(registerProviderActivities.id, registerAttendances.providerActivityId),
    )
    .where(eq(registerAttendances.personId, personId))
    .orderBy(desc(registerProviderActivities.date), asc(registerAttendances.id));
}

/**
 * Inserts attendances; one already registered (the unique activity + person), even by a request running
 * at the same moment, is left as it was and not returned.
 */
export async function insertAttendances(
  tx: Executor,
  values: (typeof registerAttendances.$inferInsert)[],
): Promise<AttendanceRow[]> {
  if (values.length === 0) return [];
  return tx
    .insert(registerAttendances)
    .values(values)
    .onConflictDoNothing({ target: [registerAttendances.providerActivityId, registerAttendances.personId] })
    .returning();
}

export type DossierActivityRow = typeof registerActivities.$inferSelect;

/**
 * Puts the validated activity in each attendee's dossier (R-REG-EVID-1): what the provider published, the
 * recognised RU as its hours. An attendee who already has it (the unique person + provider activity) keeps
 * the row they have.
 */
export async function insertValidatedActivities(
  tx: Executor,
  activity: ProviderActivityRow,
  personIds: string[],
  by: string,
  now: Date,
): Promise<DossierActivityRow[]> {
  if (personIds.length === 0) return [];
  return tx
    .insert(registerActivities)
    .values(
      personIds.map((personId) => ({
        personId,
        kind: activity.kind,
        title: activity.title,
        description: activity.description,
        startDate: activity.startDate,
        date: activity.date,
        hoursTenths: activity.recognisedTenths,
        content: activity.content,
        providerActivityId: activity.id,
        createdBy: by,
        createdAt: now,
        updatedBy: by,
        updatedAt: now,
      })),
    )
    .onConflictDoNothing({ target: [registerActivities.personId, registerActivities.providerActivityId] })
    .returning();
}

/** The dossier activities that attendances put there, by person, for one provider activity. */
export async function findValidatedActivities(
  db: Executor,
  providerActivityIds: string[],
): Promise<Map<string, string>> {
  if (providerActivityIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: registerActivities.id,
      personId: registerActivities.personId,
      providerActivityId: registerActivities.providerActivityId,
    })
    .from(registerActivities)
    .where(inArray(registerActivities.providerActivityId, providerActivityIds));
  return new Map(rows.map((r) => [`${r.providerActivityId}:${r.personId}`, r.id]));
}

/** People by register number (unique), for matching a provider's attendance. */
export async function findPeopleByRegisterNumbers(
  db: Executor,
  numbers: string[],
): Promise<Map<string, string>> {
  if (numbers.length === 0) return new Map();
  const rows = await db
    .select({ personId: registerTeacherSettings.personId, number: registerTeacherSettings.registerNumber })
    .from(registerTeacherSettings)
    .where(inArray(registerTeacherSettings.registerNumber, [...new Set(numbers)]));
  return new Map(rows.flatMap((r) => (r.number ? [[r.number, r.personId] as const] : [])));
}
