import {
  type ComplianceQuery,
  type ComplianceReport,
  TeachingProfile,
} from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findUnit, listRoleHolders } from '../identity/index.js';
import { loadInstitution, policyOfInstitution } from './access.js';
import type { CompiledPolicies } from './compiled-policies.js';
import { assessCompliance, type ComplianceInput } from './domain/compliance.js';
import { dayInAmsterdam, versionInForce } from './domain/versions.js';
import { qualificationsError } from './qualifications.errors.js';
import { canViewCompliance, complianceScopeOf, teacherInView } from './qualifications.policy.js';
import {
  findHeldCodes,
  findPublishedVersions,
  findTeachingProfilesAt,
  findVersionDocument,
} from './qualifications.repository.js';

export interface ReportComplianceOptions extends ComplianceQuery {
  institutionId: string;
  compiled: CompiledPolicies;
}

/**
 * For a line manager's units, or a whole institution for its coordinators and administrators: each person
 * with the teacher role there, per qualification of the institution's policy the status their stored profile
 * gives, whether they hold it (earned anywhere) and whether it is missing (obligatory, not held).
 */
export async function reportCompliance(
  ctx: AppContext,
  actor: Actor,
  opts: ReportComplianceOptions,
): Promise<ComplianceReport> {
  const institution = await loadInstitution(ctx.db, opts.institutionId);
  const unit = opts.unitId ? await findUnit(ctx.db, opts.unitId) : null;
  if (opts.unitId && (!unit || unit.institutionId !== institution.id))
    throw qualificationsError('UNIT_NOT_FOUND');
  if (!canViewCompliance(actor, { institutionId: institution.id, unitPath: unit?.path ?? null })) {
    throw platformError('FORBIDDEN');
  }
  const scope = complianceScopeOf(actor, institution.id);
  if (!scope) throw platformError('FORBIDDEN');

  const policy = await policyOfInstitution(ctx.db, institution);
  const on = opts.on ?? dayInAmsterdam(ctx.now());
  const version = versionInForce((await findPublishedVersions(ctx.db, policy.id)) ?? [], on);
  if (!version) throw qualificationsError('POLICY_NOT_IN_FORCE', { policy: policy.id, on });
  const compiled = await opts.compiled.get(version.id, () => findVersionDocument(ctx.db, version.id));

  // One row per teacher, with the units of theirs in view (a teacher may teach in several).
  const teachers = new Map<string, ComplianceInput>();
  for (const holder of await listRoleHolders(ctx.db, { institutionId: institution.id, role: 'teacher' })) {
    if (!teacherInView(scope, unit?.path ?? null, holder.unitPath)) continue;
    let entry = teachers.get(holder.personId);
    if (!entry) {
      entry = {
        person: { id: holder.personId, displayName: holder.displayName, email: holder.email },
        units: [],
        profile: null,
        held: [],
      };
      teachers.set(holder.personId, entry);
    }
    if (holder.unitId && holder.unitName) entry.units.push({ id: holder.unitId, name: holder.unitName });
  }
  const personIds = [...teachers.keys()];
  const [profiles, held] = await Promise.all([
    findTeachingProfilesAt(ctx.db, institution.id, personIds),
    findHeldCodes(ctx.db, personIds),
  ]);
  for (const [personId, entry] of teachers) {
    const row = profiles.get(personId);
    entry.held = held.get(personId) ?? [];
    entry.profile = row
      ? {
          id: row.id,
          updatedAt: row.updatedAt.toISOString(),
          confirmedAt: row.confirmedAt?.toISOString() ?? null,
          profile: TeachingProfile.parse(row.profile),
        }
      : null;
  }
  return {
    institution: { id: institution.id, name: institution.name },
    unit: unit ? { id: unit.id, name: unit.name } : null,
    on,
    policy: { id: policy.id, version: version.version },
    ...assessCompliance(compiled, [...teachers.values()]),
  };
}
