import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { QualificationCode } from '../../../../contracts/qualifications.js';
import { type Executor, single } from '../../platform/db/database.js';
import {
  qualificationPolicies,
  qualificationPolicyVersions,
  qualificationsEarned,
  qualificationTeachingProfiles,
} from './qualifications.tables.js';

export type PolicyRow = typeof qualificationPolicies.$inferSelect;
export type PolicyVersionRow = typeof qualificationPolicyVersions.$inferSelect;
export type TeachingProfileRow = typeof qualificationTeachingProfiles.$inferSelect;
export type EarnedQualificationRow = typeof qualificationsEarned.$inferSelect;

export interface PublishedVersionRef {
  id: string;
  version: string;
  validFrom: string;
  publishedAt: Date;
}

/**
 * The published versions of a policy, without their documents, in one round trip; null when there is no
 * such policy (a policy without published versions gives an empty list).
 */
export async function findPublishedVersions(
  db: Executor,
  policyId: string,
): Promise<PublishedVersionRef[] | null> {
  const rows = await db
    .select({
      id: qualificationPolicyVersions.id,
      version: qualificationPolicyVersions.version,
      validFrom: qualificationPolicyVersions.validFrom,
      publishedAt: qualificationPolicyVersions.publishedAt,
    })
    .from(qualificationPolicies)
    .leftJoin(
      qualificationPolicyVersions,
      and(
        eq(qualificationPolicyVersions.policyId, qualificationPolicies.id),
        eq(qualificationPolicyVersions.status, 'published'),
      ),
    )
    .where(eq(qualificationPolicies.id, policyId))
    .orderBy(asc(qualificationPolicyVersions.validFrom));
  if (rows.length === 0) return null;
  return rows.flatMap((r) =>
    r.id && r.version && r.validFrom && r.publishedAt
      ? [{ id: r.id, version: r.version, validFrom: r.validFrom, publishedAt: r.publishedAt }]
      : [],
  );
}

export async function findVersionDocument(db: Executor, versionId: string): Promise<unknown> {
  const [row] = await db
    .select({ document: qualificationPolicyVersions.document })
    .from(qualificationPolicyVersions)
    .where(eq(qualificationPolicyVersions.id, versionId));
  return row?.document;
}

/** Adds the policy unless one with its id exists; the new row, or null when it was there. */
export async function insertPolicyIfAbsent(
  db: Executor,
  values: { id: string; institutionSlug: string | null; name: string },
): Promise<PolicyRow | null> {
  const [row] = await db.insert(qualificationPolicies).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** Adds a published version unless the policy has one of that name; the new row, or null when it was there. */
export async function insertPublishedVersionIfAbsent(
  db: Executor,
  values: {
    policyId: string;
    version: string;
    validFrom: string;
    document: unknown;
    publishedAt: Date;
    createdBy: string | null;
  },
): Promise<PolicyVersionRow | null> {
  const [row] = await db
    .insert(qualificationPolicyVersions)
    .values({ ...values, status: 'published' })
    .onConflictDoNothing({
      target: [qualificationPolicyVersions.policyId, qualificationPolicyVersions.version],
    })
    .returning();
  return row ?? null;
}

// Policies and their versions, for administration ------------------------------------------------------

export async function findPolicy(db: Executor, policyId: string): Promise<PolicyRow | null> {
  const [row] = await db.select().from(qualificationPolicies).where(eq(qualificationPolicies.id, policyId));
  return row ?? null;
}

/** The policy of the institution with this slug; an institution has at most one. */
export async function findPolicyOfInstitution(db: Executor, slug: string): Promise<PolicyRow | null> {
  const [row] = await db
    .select()
    .from(qualificationPolicies)
    .where(eq(qualificationPolicies.institutionSlug, slug));
  return row ?? null;
}

/** Policies by id; every policy when `slugs` is undefined, else those of the institutions with these slugs. */
export async function listPolicies(db: Executor, slugs?: string[]): Promise<PolicyRow[]> {
  if (slugs && slugs.length === 0) return [];
  return db
    .select()
    .from(qualificationPolicies)
    .where(slugs ? inArray(qualificationPolicies.institutionSlug, slugs) : undefined)
    .orderBy(asc(qualificationPolicies.name));
}

/**
 * Takes the policy's row lock until the transaction ends, so two publications of one policy happen one
 * after the other and the "no two published versions start on one day" check holds.
 */
export async function lockPolicy(db: Executor, policyId: string): Promise<void> {
  await db
    .select({ id: qualificationPolicies.id })
    .from(qualificationPolicies)
    .where(eq(qualificationPolicies.id, policyId))
    .for('update');
}

/** Every version of a policy, documents included, latest start first (drafts first among equals). */
export async function listVersions(db: Executor, policyId: string): Promise<PolicyVersionRow[]> {
  return db
    .select()
    .from(qualificationPolicyVersions)
    .where(eq(qualificationPolicyVersions.policyId, policyId))
    .orderBy(
      desc(qualificationPolicyVersions.validFrom),
      sql`${qualificationPolicyVersions.publishedAt} desc nulls first`,
      desc(qualificationPolicyVersions.createdAt),
    );
}

export async function findVersion(
  db: Executor,
  policyId: string,
  versionId: string,
): Promise<PolicyVersionRow | null> {
  const [row] = await db
    .select()
    .from(qualificationPolicyVersions)
    .where(
      and(eq(qualificationPolicyVersions.id, versionId), eq(qualificationPolicyVersions.policyId, policyId)),
    );
  return row ?? null;
}

/** The version row, locked until the transaction ends, so an edit and a publication do not cross. */
export async function findVersionForUpdate(
  db: Executor,
  policyId: string,
  versionId: string,
): Promise<PolicyVersionRow | null> {
  const [row] = await db
    .select()
    .from(qualificationPolicyVersions)
    .where(
      and(eq(qualificationPolicyVersions.id, versionId), eq(qualificationPolicyVersions.policyId, policyId)),
    )
    .for('update');
  return row ?? null;
}

export async function insertDraftVersion(
  db: Executor,
  values: {
    policyId: string;
    validFrom: string;
    document: unknown;
    basedOn: string | null;
    createdBy: string;
    now: Date;
  },
): Promise<PolicyVersionRow> {
  const id = crypto.randomUUID();
  return single(
    await db
      .insert(qualificationPolicyVersions)
      .values({
        id,
        policyId: values.policyId,
        // a draft has no name yet: it gets its start date when published
        version: `draft-${id}`,
        validFrom: values.validFrom,
        status: 'draft',
        document: values.document,
        basedOn: values.basedOn,
        createdBy: values.createdBy,
        createdAt: values.now,
        updatedBy: values.createdBy,
        updatedAt: values.now,
      })
      .returning(),
  );
}

export async function updateDraftVersion(
  db: Executor,
  versionId: string,
  values: { validFrom: string; document: unknown; updatedBy: string; now: Date },
): Promise<PolicyVersionRow> {
  return single(
    await db
      .update(qualificationPolicyVersions)
      .set({
        validFrom: values.validFrom,
        document: values.document,
        updatedBy: values.updatedBy,
        updatedAt: values.now,
      })
      .where(
        and(eq(qualificationPolicyVersions.id, versionId), eq(qualificationPolicyVersions.status, 'draft')),
      )
      .returning(),
  );
}

/** Publishes a draft: from now on the row never changes (the database refuses it). */
export async function publishDraftVersion(
  db: Executor,
  versionId: string,
  values: { validFrom: string; version: string; publishedBy: string; now: Date },
): Promise<PolicyVersionRow> {
  return single(
    await db
      .update(qualificationPolicyVersions)
      .set({
        status: 'published',
        version: values.version,
        validFrom: values.validFrom,
        publishedAt: values.now,
        updatedBy: values.publishedBy,
        updatedAt: values.now,
      })
      .where(
        and(eq(qualificationPolicyVersions.id, versionId), eq(qualificationPolicyVersions.status, 'draft')),
      )
      .returning(),
  );
}

export async function deleteDraftVersion(db: Executor, versionId: string): Promise<void> {
  await db
    .delete(qualificationPolicyVersions)
    .where(
      and(eq(qualificationPolicyVersions.id, versionId), eq(qualificationPolicyVersions.status, 'draft')),
    );
}

// Teaching profiles ----------------------------------------------------------------------------------------

export async function findTeachingProfile(
  db: Executor,
  personId: string,
  institutionId: string,
): Promise<TeachingProfileRow | null> {
  const [row] = await db
    .select()
    .from(qualificationTeachingProfiles)
    .where(
      and(
        eq(qualificationTeachingProfiles.personId, personId),
        eq(qualificationTeachingProfiles.institutionId, institutionId),
      ),
    );
  return row ?? null;
}

export async function findTeachingProfileById(
  db: Executor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<TeachingProfileRow | null> {
  const query = db
    .select()
    .from(qualificationTeachingProfiles)
    .where(eq(qualificationTeachingProfiles.id, id));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

export async function listTeachingProfilesOfPerson(
  db: Executor,
  personId: string,
): Promise<TeachingProfileRow[]> {
  return db
    .select()
    .from(qualificationTeachingProfiles)
    .where(eq(qualificationTeachingProfiles.personId, personId));
}

/** The profiles kept at these institutions; only the (un)confirmed ones when `confirmed` is given. */
export async function listTeachingProfilesAt(
  db: Executor,
  institutionIds: string[],
  confirmed?: boolean,
): Promise<TeachingProfileRow[]> {
  if (institutionIds.length === 0) return [];
  const confirmation =
    confirmed === undefined
      ? undefined
      : confirmed
        ? isNotNull(qualificationTeachingProfiles.confirmedAt)
        : isNull(qualificationTeachingProfiles.confirmedAt);
  return db
    .select()
    .from(qualificationTeachingProfiles)
    .where(and(inArray(qualificationTeachingProfiles.institutionId, institutionIds), confirmation))
    .orderBy(asc(qualificationTeachingProfiles.updatedAt));
}

/** The profiles these people keep at the institution, by person id. */
export async function findTeachingProfilesAt(
  db: Executor,
  institutionId: string,
  personIds: string[],
): Promise<Map<string, TeachingProfileRow>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(qualificationTeachingProfiles)
    .where(
      and(
        eq(qualificationTeachingProfiles.institutionId, institutionId),
        inArray(qualificationTeachingProfiles.personId, personIds),
      ),
    );
  return new Map(rows.map((r) => [r.personId, r]));
}

/**
 * Inserts or replaces the person's profile at the institution. `keepConfirmation` false clears a line
 * manager's confirmation: it confirmed what the profile said before.
 */
export async function saveTeachingProfile(
  db: Executor,
  values: {
    personId: string;
    institutionId: string;
    profile: unknown;
    updatedBy: string;
    now: Date;
    keepConfirmation: boolean;
  },
): Promise<TeachingProfileRow> {
  const changes = {
    profile: values.profile,
    updatedBy: values.updatedBy,
    updatedAt: values.now,
    ...(values.keepConfirmation ? {} : { confirmedBy: null, confirmedAt: null }),
  };
  return single(
    await db
      .insert(qualificationTeachingProfiles)
      .values({
        personId: values.personId,
        institutionId: values.institutionId,
        createdAt: values.now,
        ...changes,
      })
      .onConflictDoUpdate({
        target: [qualificationTeachingProfiles.personId, qualificationTeachingProfiles.institutionId],
        set: changes,
      })
      .returning(),
  );
}

export async function confirmTeachingProfileRow(
  db: Executor,
  id: string,
  values: { confirmedBy: string; now: Date },
): Promise<TeachingProfileRow> {
  return single(
    await db
      .update(qualificationTeachingProfiles)
      .set({ confirmedBy: values.confirmedBy, confirmedAt: values.now })
      .where(eq(qualificationTeachingProfiles.id, id))
      .returning(),
  );
}

// Earned qualifications ------------------------------------------------------------------------------------

export async function listEarnedQualifications(
  db: Executor,
  personId: string,
): Promise<EarnedQualificationRow[]> {
  return db
    .select()
    .from(qualificationsEarned)
    .where(eq(qualificationsEarned.personId, personId))
    .orderBy(asc(qualificationsEarned.earnedOn), asc(qualificationsEarned.code));
}

/** The codes each person has earned, by person id. */
export async function findHeldCodes(
  db: Executor,
  personIds: string[],
): Promise<Map<string, QualificationCode[]>> {
  const held = new Map<string, QualificationCode[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return held;
  const rows = await db
    .select({ personId: qualificationsEarned.personId, code: qualificationsEarned.code })
    .from(qualificationsEarned)
    .where(inArray(qualificationsEarned.personId, personIds));
  for (const r of rows) held.get(r.personId)?.push(r.code);
  return held;
}

/** Records it unless the person already has that code on record; the new row, or null. */
export async function insertEarnedQualification(
  db: Executor,
  values: {
    personId: string;
    code: QualificationCode;
    earnedOn: string;
    issuer: string;
    institutionId: string | null;
    recordedBy: string;
    now: Date;
  },
): Promise<EarnedQualificationRow | null> {
  const { now, ...rest } = values;
  const [row] = await db
    .insert(qualificationsEarned)
    .values({ ...rest, recordedAt: now })
    .onConflictDoNothing({ target: [qualificationsEarned.personId, qualificationsEarned.code] })
    .returning();
  return row ?? null;
}

export async function findEarnedQualification(
  db: Executor,
  id: string,
): Promise<EarnedQualificationRow | null> {
  const [row] = await db.select().from(qualificationsEarned).where(eq(qualificationsEarned.id, id));
  return row ?? null;
}

export async function deleteEarnedQualification(db: Executor, id: string): Promise<void> {
  await db.delete(qualificationsEarned).where(eq(qualificationsEarned.id, id));
}
