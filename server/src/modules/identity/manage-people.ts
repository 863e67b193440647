import type { AssignRole, CreatePerson, PersonSummary } from '../../../../contracts/identity.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { identityError } from './identity.errors.js';
import { canAssignRole, canCreatePerson } from './identity.policy.js';
import {
  countPlatformAdmins,
  deleteRoleAssignment,
  findInstitution,
  findPerson,
  findPersonByEmail,
  findRoleAssignment,
  findRolesOfPeople,
  findUnit,
  insertAccount,
  insertPerson,
  insertRoleAssignment,
  roleAssignmentExists,
} from './identity.repository.js';
import { hashPassword } from './passwords.js';
import { presentSummary } from './present.js';

async function summaryOf(tx: Executor, personId: string): Promise<PersonSummary> {
  const person = await findPerson(tx, personId);
  if (!person) throw identityError('PERSON_NOT_FOUND');
  const roles = (await findRolesOfPeople(tx, [personId])).get(personId) ?? [];
  return presentSummary(person, roles);
}

export async function createPerson(
  ctx: AppContext,
  actor: Actor,
  input: CreatePerson,
): Promise<PersonSummary> {
  if (!canCreatePerson(actor)) throw platformError('FORBIDDEN');
  // Hash outside the transaction: it takes tens of milliseconds and needs no lock.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  return ctx.db.transaction(async (tx) => {
    if (await findPersonByEmail(tx, input.email)) throw identityError('EMAIL_TAKEN', { email: input.email });
    const person = await insertPerson(tx, {
      displayName: input.displayName,
      email: input.email,
      language: input.language,
    });
    if (passwordHash) await insertAccount(tx, person.id, passwordHash);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'person.create',
      entityType: 'person',
      entityId: person.id,
      after: { ...person, localAccount: Boolean(passwordHash) },
    });
    return presentSummary(person, []);
  });
}

export interface AssignRoleOptions extends AssignRole {
  personId: string;
}

export async function assignRole(
  ctx: AppContext,
  actor: Actor,
  input: AssignRoleOptions,
): Promise<PersonSummary> {
  return ctx.db.transaction(async (tx) => {
    if (!(await findPerson(tx, input.personId))) throw identityError('PERSON_NOT_FOUND');
    if (input.institutionId === null && (input.role !== 'administrator' || input.unitId !== null)) {
      throw identityError('ROLE_NEEDS_INSTITUTION');
    }
    if (input.institutionId && !(await findInstitution(tx, input.institutionId))) {
      throw identityError('INSTITUTION_NOT_FOUND');
    }
    const unit = input.unitId ? await findUnit(tx, input.unitId) : null;
    if (input.unitId && !unit) throw identityError('UNIT_NOT_FOUND');
    if (unit && unit.institutionId !== input.institutionId) throw identityError('UNIT_OUTSIDE_INSTITUTION');
    if (
      !canAssignRole(actor, {
        role: input.role,
        institutionId: input.institutionId,
        unitPath: unit?.path ?? null,
      })
    ) {
      throw platformError('FORBIDDEN');
    }
    const assignment = {
      personId: input.personId,
      role: input.role,
      institutionId: input.institutionId,
      unitId: input.unitId,
    };
    if (await roleAssignmentExists(tx, assignment)) throw identityError('ROLE_ALREADY_ASSIGNED');
    const row = await insertRoleAssignment(tx, assignment);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'role.assign',
      entityType: 'role_assignment',
      entityId: row.id,
      after: row,
    });
    return summaryOf(tx, input.personId);
  });
}

export interface RevokeRoleOptions {
  personId: string;
  assignmentId: string;
}

export async function revokeRole(
  ctx: AppContext,
  actor: Actor,
  input: RevokeRoleOptions,
): Promise<PersonSummary> {
  return ctx.db.transaction(async (tx) => {
    const row = await findRoleAssignment(tx, input.assignmentId);
    if (!row || row.personId !== input.personId) throw identityError('ROLE_ASSIGNMENT_NOT_FOUND');
    const unit = row.unitId ? await findUnit(tx, row.unitId) : null;
    if (
      !canAssignRole(actor, {
        role: row.role,
        institutionId: row.institutionId,
        unitPath: unit?.path ?? null,
      })
    ) {
      throw platformError('FORBIDDEN');
    }
    if (row.role === 'administrator' && row.institutionId === null && (await countPlatformAdmins(tx)) <= 1) {
      throw identityError('LAST_PLATFORM_ADMIN');
    }
    await deleteRoleAssignment(tx, row.id);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'role.revoke',
      entityType: 'role_assignment',
      entityId: row.id,
      before: row,
    });
    return summaryOf(tx, input.personId);
  });
}
