import { type PolicyDiff, PolicyDocument } from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { diffPolicyDocuments } from './domain/diff.js';
import { dayInAmsterdam } from './domain/versions.js';
import { qualificationsError } from './qualifications.errors.js';
import { findVersion, listVersions } from './qualifications.repository.js';
import { inForceAmong, loadAdministeredPolicy } from './read-policies.js';

/** What a version changes compared with the version in force today, condition by condition (by rule id). */
export async function diffPolicyVersion(
  ctx: AppContext,
  actor: Actor,
  ids: { policyId: string; versionId: string },
): Promise<PolicyDiff> {
  await loadAdministeredPolicy(ctx.db, actor, ids.policyId);
  const row = await findVersion(ctx.db, ids.policyId, ids.versionId);
  if (!row) throw qualificationsError('POLICY_VERSION_NOT_FOUND');
  const inForce = inForceAmong(await listVersions(ctx.db, ids.policyId), dayInAmsterdam(ctx.now()));
  const diff = diffPolicyDocuments(
    inForce ? PolicyDocument.parse(inForce.document) : null,
    PolicyDocument.parse(row.document),
  );
  return {
    version: { id: row.id, version: row.status === 'published' ? row.version : null, status: row.status },
    against: inForce ? { id: inForce.id, version: inForce.version, validFrom: inForce.validFrom } : null,
    ...diff,
  };
}
