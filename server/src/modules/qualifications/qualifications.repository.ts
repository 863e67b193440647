import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/database.js';
import { qualificationPolicies, qualificationPolicyVersions } from './qualifications.tables.js';

export type PolicyRow = typeof qualificationPolicies.$inferSelect;
export type PolicyVersionRow = typeof qualificationPolicyVersions.$inferSelect;

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
