import type {
  PolicySummary,
  PolicyVersion,
  PolicyVersionList,
  PolicyVersionSummary,
} from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import {
  findPeopleNames,
  type InstitutionRow,
  isPlatformAdmin,
  listInstitutions,
} from '../identity/index.js';
import { institutionOfPolicy } from './access.js';
import { dayInAmsterdam, versionInForce } from './domain/versions.js';
import { peopleOfVersion, presentVersion, presentVersionSummary } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import { canAdministerPolicy, policyInstitutionsOf } from './qualifications.policy.js';
import {
  findPolicy,
  findVersion,
  listPolicies,
  listVersions,
  type PolicyRow,
  type PolicyVersionRow,
} from './qualifications.repository.js';

export interface AdministeredPolicy {
  policy: PolicyRow;
  institution: InstitutionRow | null;
}

function summaryOf({ policy, institution }: AdministeredPolicy): PolicySummary {
  return {
    id: policy.id,
    name: policy.name,
    institution: institution ? { id: institution.id, name: institution.name } : null,
  };
}

/** The policy, when it exists (404) and the actor administers it (403). */
export async function loadAdministeredPolicy(
  db: Executor,
  actor: Actor,
  policyId: string,
): Promise<AdministeredPolicy> {
  const policy = await findPolicy(db, policyId);
  if (!policy) throw qualificationsError('POLICY_NOT_FOUND', { policy: policyId });
  const institution = await institutionOfPolicy(db, policy);
  if (!canAdministerPolicy(actor, { institutionId: institution?.id ?? null }))
    throw platformError('FORBIDDEN');
  return { policy, institution };
}

/** The published version in force on `on` among the rows, or null. */
export function inForceAmong(rows: readonly PolicyVersionRow[], on: string): PolicyVersionRow | null {
  return versionInForce(
    rows.flatMap((r) =>
      r.status === 'published' && r.publishedAt ? [{ ...r, publishedAt: r.publishedAt }] : [],
    ),
    on,
  );
}

/** Policies the actor administers: all for the platform administrator, else those of their institutions. */
export async function listPoliciesFor(ctx: AppContext, actor: Actor): Promise<{ items: PolicySummary[] }> {
  const all = isPlatformAdmin(actor);
  const institutions = await listInstitutions(ctx.db, all ? undefined : policyInstitutionsOf(actor));
  const policies = await listPolicies(ctx.db, all ? undefined : institutions.map((i) => i.slug));
  return {
    items: policies.map((policy) =>
      summaryOf({ policy, institution: institutions.find((i) => i.slug === policy.institutionSlug) ?? null }),
    ),
  };
}

export async function listPolicyVersions(
  ctx: AppContext,
  actor: Actor,
  policyId: string,
): Promise<PolicyVersionList> {
  const administered = await loadAdministeredPolicy(ctx.db, actor, policyId);
  const rows = await listVersions(ctx.db, policyId);
  const inForce = inForceAmong(rows, dayInAmsterdam(ctx.now()));
  const names = await findPeopleNames(ctx.db, rows.flatMap(peopleOfVersion));
  return {
    policy: summaryOf(administered),
    items: rows.map((r): PolicyVersionSummary => presentVersionSummary(r, inForce?.id ?? null, names)),
  };
}

export async function getPolicyVersion(
  ctx: AppContext,
  actor: Actor,
  ids: { policyId: string; versionId: string },
): Promise<PolicyVersion> {
  await loadAdministeredPolicy(ctx.db, actor, ids.policyId);
  const row = await findVersion(ctx.db, ids.policyId, ids.versionId);
  if (!row) throw qualificationsError('POLICY_VERSION_NOT_FOUND');
  const inForce = inForceAmong(await listVersions(ctx.db, ids.policyId), dayInAmsterdam(ctx.now()));
  const names = await findPeopleNames(ctx.db, peopleOfVersion(row));
  return presentVersion(row, inForce?.id ?? null, names);
}
