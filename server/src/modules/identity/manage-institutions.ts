import type { CreateInstitution, CreateUnit, Institution, Unit } from '../../../../contracts/identity.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { identityError } from './identity.errors.js';
import { canAdminister, canCreateInstitution } from './identity.policy.js';
import {
  findInstitution,
  findInstitutionBySlug,
  findUnit,
  insertInstitution,
  insertUnit,
} from './identity.repository.js';
import { presentInstitution } from './present.js';

export async function createInstitution(
  ctx: AppContext,
  actor: Actor,
  input: CreateInstitution,
): Promise<Institution> {
  if (!canCreateInstitution(actor)) throw platformError('FORBIDDEN');
  return ctx.db.transaction(async (tx) => {
    if (await findInstitutionBySlug(tx, input.slug)) throw identityError('SLUG_TAKEN', { slug: input.slug });
    const row = await insertInstitution(tx, input);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'institution.create',
      entityType: 'institution',
      entityId: row.id,
      after: row,
    });
    return presentInstitution(row, []);
  });
}

export interface CreateUnitOptions extends CreateUnit {
  institutionId: string;
}

export async function createUnit(ctx: AppContext, actor: Actor, input: CreateUnitOptions): Promise<Unit> {
  return ctx.db.transaction(async (tx) => {
    const institution = await findInstitution(tx, input.institutionId);
    if (!institution) throw identityError('INSTITUTION_NOT_FOUND');
    const parent = input.parentId ? await findUnit(tx, input.parentId) : null;
    if (input.parentId && !parent) throw identityError('UNIT_NOT_FOUND');
    if (parent && parent.institutionId !== institution.id) throw identityError('UNIT_OUTSIDE_INSTITUTION');
    if (!canAdminister(actor, { institutionId: institution.id, unitPath: parent?.path ?? null })) {
      throw platformError('FORBIDDEN');
    }
    const row = await insertUnit(tx, {
      institutionId: institution.id,
      parent,
      kind: input.kind,
      name: input.name,
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'unit.create',
      entityType: 'unit',
      entityId: row.id,
      after: row,
    });
    return { id: row.id, parentId: row.parentId, kind: row.kind, name: row.name };
  });
}
