import { PolicyDocument } from '../../../../contracts/qualifications.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { compilePolicy } from './domain/compile.js';
import { type BuiltInPolicy, builtInPolicies as shipped } from './policies/built-in.js';
import { insertPolicyIfAbsent, insertPublishedVersionIfAbsent } from './qualifications.repository.js';

/**
 * Puts the policies shipped with the application into the database, published, where absent. They are
 * the rules themselves, not demo data, so this runs at every start. Idempotent and safe when several
 * processes start at once (insert … on conflict do nothing); a version already there is never touched,
 * since published versions do not change: a correction ships as a new version. Returns how many versions
 * were added.
 */
export async function ensureBuiltInPolicies(
  db: Db,
  now: Date,
  policies: readonly BuiltInPolicy[] = shipped,
): Promise<number> {
  // A shipped document that does not compile stops the start, naming the problem.
  for (const p of policies) for (const v of p.versions) compilePolicy(v.document);

  return db.transaction(async (tx) => {
    let added = 0;
    for (const p of policies) {
      const policy = await insertPolicyIfAbsent(tx, {
        id: p.id,
        institutionSlug: p.institutionSlug,
        name: p.name,
      });
      if (policy) {
        await writeAudit(tx, {
          actorId: null,
          action: 'qualification-policy.create',
          entityType: 'qualification-policy',
          entityId: policy.id,
          after: policy,
        });
      }
      for (const v of p.versions) {
        const row = await insertPublishedVersionIfAbsent(tx, {
          policyId: p.id,
          version: v.version,
          validFrom: v.validFrom,
          // stored in its complete form, defaults filled in, as an edited policy will be
          document: PolicyDocument.parse(v.document),
          publishedAt: now,
          createdBy: null,
        });
        if (!row) continue;
        added++;
        await writeAudit(tx, {
          actorId: null,
          action: 'qualification-policy-version.publish',
          entityType: 'qualification-policy-version',
          entityId: row.id,
          after: { policyId: row.policyId, version: row.version, validFrom: row.validFrom, builtIn: true },
        });
      }
    }
    return added;
  });
}
