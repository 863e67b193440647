import type { Role } from '../../../../contracts/identity.js';
import type { Actor, ActorRole } from '../../platform/http/auth.js';

// Who may do what with people, institutions and roles. Pure predicates over the actor's roles;
// each reads as a sentence and is unit-tested for every role.

type Scope = { institutionId: string; unitPath?: string | null };

/** A role held at the institution covers the scope when it is institution-wide or on the unit or above it. */
export function roleCovers(role: ActorRole, scope: Scope): boolean {
  if (role.institutionId !== scope.institutionId) return false;
  if (!role.unitPath) return true;
  return Boolean(scope.unitPath?.startsWith(role.unitPath));
}

export function holdsRoleIn(actor: Actor, role: Role, scope: Scope): boolean {
  return actor.roles.some((r) => r.role === role && roleCovers(r, scope));
}

export function isPlatformAdmin(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'administrator' && r.institutionId === null);
}

/** Institutions where the actor holds any role. */
export function institutionsOf(actor: Actor): string[] {
  return [...new Set(actor.roles.flatMap((r) => (r.institutionId ? [r.institutionId] : [])))];
}

/** Institutions the actor administers as a whole. */
export function administeredInstitutions(actor: Actor): string[] {
  return [
    ...new Set(
      actor.roles.flatMap((r) =>
        r.role === 'administrator' && r.institutionId && !r.unitId ? [r.institutionId] : [],
      ),
    ),
  ];
}

export function canAdminister(actor: Actor, scope: Scope): boolean {
  return isPlatformAdmin(actor) || holdsRoleIn(actor, 'administrator', scope);
}

export function canCreateInstitution(actor: Actor): boolean {
  return isPlatformAdmin(actor);
}

export function canViewInstitution(actor: Actor, institutionId: string): boolean {
  return isPlatformAdmin(actor) || institutionsOf(actor).includes(institutionId);
}

/** A person is visible to themselves, and to an administrator of an institution where they hold a role. */
export function canViewPerson(actor: Actor, person: { id: string; roles: ActorRole[] }): boolean {
  if (actor.personId === person.id) return true;
  if (isPlatformAdmin(actor)) return true;
  return person.roles.some(
    (r) =>
      r.institutionId !== null &&
      canAdminister(actor, { institutionId: r.institutionId, unitPath: r.unitPath }),
  );
}

/** Listing people is an administrator's task; an institution's administrator sees that institution's people. */
export function canListPeople(actor: Actor, institutionId: string | undefined): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (institutionId === undefined) return administeredInstitutions(actor).length > 0;
  return administeredInstitutions(actor).includes(institutionId);
}

/** Only the platform administrator adds people who have no role anywhere yet, or makes another one. */
export function canCreatePerson(actor: Actor): boolean {
  return isPlatformAdmin(actor) || administeredInstitutions(actor).length > 0;
}

export function canAssignRole(
  actor: Actor,
  assignment: { role: Role; institutionId: string | null; unitPath: string | null },
): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (assignment.institutionId === null) return false;
  return canAdminister(actor, { institutionId: assignment.institutionId, unitPath: assignment.unitPath });
}

export function canUpdatePerson(actor: Actor, personId: string): boolean {
  return actor.personId === personId;
}
