import type {
  RegisterComplianceQuery,
  RegisterComplianceReport,
  RegisterComplianceTeacher,
} from '../../../../contracts/register-compliance.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution, findUnit, listRoleHolders } from '../identity/index.js';
import { dayInAmsterdam } from '../qualifications/index.js';
import { countRegisterCompliance } from './count-register-compliance.js';
import { endOfSchoolYear } from './domain/progress.js';
import { fromTenths } from './domain/tenths.js';
import { registerComplianceError } from './register-compliance.errors.js';
import { canViewRegisterCompliance } from './register-compliance.policy.js';

/**
 * For a coordinator: every person with the teacher role at the institution (or in the unit asked for and
 * below), with their register hours over their own period against the norm; null for a teacher without
 * register settings. Not-found before forbidden: ids are random, so a 404 tells nothing a 403 would hide.
 */
export async function reportRegisterCompliance(
  ctx: AppContext,
  actor: Actor,
  opts: RegisterComplianceQuery & { institutionId: string },
): Promise<RegisterComplianceReport> {
  const institution = await findInstitution(ctx.db, opts.institutionId);
  if (!institution) throw registerComplianceError('REGISTER_INSTITUTION_NOT_FOUND');
  const unit = opts.unitId ? await findUnit(ctx.db, opts.unitId) : null;
  if (opts.unitId && (!unit || unit.institutionId !== institution.id)) {
    throw registerComplianceError('REGISTER_UNIT_NOT_FOUND');
  }
  if (!canViewRegisterCompliance(actor, { institutionId: institution.id, unitPath: unit?.path ?? null })) {
    throw platformError('FORBIDDEN');
  }

  // One row per teacher, with the units of theirs in view (a teacher may teach in several).
  const teachers = new Map<string, RegisterComplianceTeacher>();
  for (const holder of await listRoleHolders(ctx.db, { institutionId: institution.id, role: 'teacher' })) {
    if (unit && !holder.unitPath?.startsWith(unit.path)) continue;
    let entry = teachers.get(holder.personId);
    if (!entry) {
      entry = {
        person: { id: holder.personId, displayName: holder.displayName, email: holder.email },
        units: [],
        compliance: null,
      };
      teachers.set(holder.personId, entry);
    }
    if (holder.unitId && holder.unitName) entry.units.push({ id: holder.unitId, name: holder.unitName });
  }

  const on = dayInAmsterdam(ctx.now());
  const personIds = [...teachers.keys()];
  await countRegisterCompliance(ctx.db, { personIds, defaultPeriodEnd: endOfSchoolYear(on) }, (counted) => {
    const entry = teachers.get(counted.facts.personId);
    if (!entry) return;
    const c = counted.compliance;
    entry.compliance = {
      sector: counted.facts.sector,
      period: c.period,
      periodEndGiven: counted.facts.periodEndGiven,
      totalRU: fromTenths(c.totalTenths),
      primaryRU: fromTenths(c.primaryTenths),
      subjectRU: fromTenths(c.subjectTenths),
      meetsNorm: c.meetsNorm,
      shortfalls: c.shortfalls.map((s) => ({ rule: s.rule, missingRU: fromTenths(s.missingTenths) })),
    };
  });

  const list = [...teachers.values()];
  const meetsNorm = list.filter((t) => t.compliance?.meetsNorm).length;
  const withoutSettings = list.filter((t) => !t.compliance).length;
  return {
    institution: { id: institution.id, name: institution.name },
    unit: unit ? { id: unit.id, name: unit.name } : null,
    on,
    teachers: list,
    summary: {
      teachers: list.length,
      meetsNorm,
      short: list.length - meetsNorm - withoutSettings,
      withoutSettings,
    },
  };
}
