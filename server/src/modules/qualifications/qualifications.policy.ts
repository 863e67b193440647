import type { Role } from '../../../../contracts/identity.js';
import type { Actor, ActorRole } from '../../platform/http/auth.js';
import { holdsRoleIn, isPlatformAdmin, roleCovers } from '../identity/index.js';

// Who may do what with teaching profiles, earned qualifications, policies and compliance. Pure predicates
// over the actor's roles; each reads as a sentence and is unit-tested for every role.

/** Where a person stands at an institution: the units of the roles they hold there (null: institution-wide). */
export interface PersonAtInstitution {
  personId: string;
  institutionId: string;
  unitPaths: readonly (string | null)[];
}

function holdsAnyRoleAt(actor: Actor, institutionId: string): boolean {
  return actor.roles.some((r) => r.institutionId === institutionId);
}

/** An institution-wide role (no unit), for what concerns the institution as a whole such as its policy. */
function holdsInstitutionRole(actor: Actor, role: Role, institutionId: string): boolean {
  return actor.roles.some((r) => r.role === role && r.institutionId === institutionId && !r.unitPath);
}

/** The role covers one of the units the person holds a role in at that institution. */
function coversPerson(r: ActorRole, person: PersonAtInstitution): boolean {
  return person.unitPaths.some((unitPath) =>
    roleCovers(r, { institutionId: person.institutionId, unitPath }),
  );
}

/** A person keeps a teaching profile at an institution where they hold a role. */
export function canKeepTeachingProfile(actor: Actor, institutionId: string): boolean {
  return holdsAnyRoleAt(actor, institutionId);
}

/** Asking advice on my own stored profile is keeping it. */
export const canAskMyAdvice = canKeepTeachingProfile;

/**
 * A teaching profile is read by its teacher; by a line manager, coordinator, administrator or educational
 * adviser whose scope covers one of the teacher's units there; and by the platform administrator.
 */
export function canReadTeachingProfile(actor: Actor, teacher: PersonAtInstitution): boolean {
  if (actor.personId === teacher.personId) return true;
  if (isPlatformAdmin(actor)) return true;
  const readers: Role[] = ['line-manager', 'coordinator', 'administrator', 'educational-adviser'];
  return actor.roles.some((r) => readers.includes(r.role) && coversPerson(r, teacher));
}

/** A line manager confirms the profile of someone else in their unit scope; nobody confirms their own. */
export function canConfirmTeachingProfile(actor: Actor, teacher: PersonAtInstitution): boolean {
  if (actor.personId === teacher.personId) return false;
  return actor.roles.some((r) => r.role === 'line-manager' && coversPerson(r, teacher));
}

/**
 * The institutions where the actor may have profiles to confirm: those of their line-manager roles. Which
 * profiles there is `canConfirmTeachingProfile`'s to say.
 */
export function confirmingInstitutionsOf(actor: Actor): string[] {
  return [
    ...new Set(
      actor.roles.flatMap((r) => (r.role === 'line-manager' && r.institutionId ? [r.institutionId] : [])),
    ),
  ];
}

/**
 * Earned qualifications are the person's own: they record them, and so may an administrator or
 * coordinator of an institution where the person holds a role (one covering that role's unit), and the
 * platform administrator.
 */
export function canManageEarnedQualifications(
  actor: Actor,
  person: { id: string; roles: readonly ActorRole[] },
): boolean {
  if (actor.personId === person.id) return true;
  if (isPlatformAdmin(actor)) return true;
  return person.roles.some(
    (r) =>
      r.institutionId !== null &&
      (['administrator', 'coordinator'] as const).some((role) =>
        holdsRoleIn(actor, role, { institutionId: r.institutionId as string, unitPath: r.unitPath }),
      ),
  );
}

/**
 * An institution's qualification policy is administered by its institution-wide administrators and
 * coordinators, and by the platform administrator; a policy of no known institution by the latter only.
 */
export function canAdministerPolicy(actor: Actor, policy: { institutionId: string | null }): boolean {
  if (isPlatformAdmin(actor)) return true;
  if (!policy.institutionId) return false;
  return (
    holdsInstitutionRole(actor, 'administrator', policy.institutionId) ||
    holdsInstitutionRole(actor, 'coordinator', policy.institutionId)
  );
}

/** Institutions whose policy the actor administers (the platform administrator's: all, so not listed). */
export function policyInstitutionsOf(actor: Actor): string[] {
  return [
    ...new Set(
      actor.roles.flatMap((r) =>
        (r.role === 'administrator' || r.role === 'coordinator') && r.institutionId && !r.unitPath
          ? [r.institutionId]
          : [],
      ),
    ),
  ];
}

/**
 * Which part of an institution's compliance the actor sees: all of it (platform administrator, or an
 * administrator or coordinator of the institution), the units below the line manager's or unit-scoped
 * coordinator's units, or none.
 */
export type ComplianceScope = { kind: 'institution' } | { kind: 'units'; unitPaths: string[] } | null;

export function complianceScopeOf(actor: Actor, institutionId: string): ComplianceScope {
  if (isPlatformAdmin(actor)) return { kind: 'institution' };
  const viewers: Role[] = ['administrator', 'coordinator', 'line-manager'];
  const roles = actor.roles.filter((r) => viewers.includes(r.role) && r.institutionId === institutionId);
  if (roles.some((r) => !r.unitPath)) return { kind: 'institution' };
  const unitPaths = [...new Set(roles.flatMap((r) => (r.unitPath ? [r.unitPath] : [])))];
  return unitPaths.length > 0 ? { kind: 'units', unitPaths } : null;
}

/**
 * The actor sees compliance at the institution (the part in their scope), and of the unit asked for, if
 * any, only when their scope covers it.
 */
export function canViewCompliance(
  actor: Actor,
  scope: { institutionId: string; unitPath?: string | null },
): boolean {
  const mine = complianceScopeOf(actor, scope.institutionId);
  if (!mine) return false;
  const unitPath = scope.unitPath;
  if (mine.kind === 'institution' || !unitPath) return true;
  return mine.unitPaths.some((p) => unitPath.startsWith(p));
}

/** A teacher assigned at `unitPath` is in view: inside the scope, and inside the unit asked for if any. */
export function teacherInView(
  scope: Exclude<ComplianceScope, null>,
  filterPath: string | null,
  unitPath: string | null,
): boolean {
  if (filterPath !== null) return Boolean(unitPath?.startsWith(filterPath));
  if (scope.kind === 'institution') return true;
  return Boolean(unitPath && scope.unitPaths.some((p) => unitPath.startsWith(p)));
}
