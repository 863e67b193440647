import type { Role } from '../../../../contracts/identity.js';
import type { Actor, ActorRole } from '../../platform/http/auth.js';
import { holdsRoleIn } from '../identity/index.js';

// Who may do what with a teacher's register dossier (settings, activities, evidence, progress). Pure
// predicates over the actor's roles; each reads as a sentence and is unit-tested for every role.
//
// The dossier is the person's own and follows them across institutions (domain.md §1), so staff see it
// through any institution where the teacher holds a role.

/** The roles that read others' dossiers: the coordinator (who draws audits) and the assessor (who audits). */
const DOSSIER_READERS: readonly Role[] = ['coordinator', 'assessor'];

/** Only the teacher keeps their dossier: records, changes and removes activities, evidence and settings. */
export function canKeepDossier(actor: Actor, personId: string): boolean {
  return actor.personId === personId;
}

/**
 * A dossier is read by its teacher, and by a coordinator or assessor whose role covers one of the units
 * (or the institution) where the teacher holds a role.
 */
export function canReadDossier(actor: Actor, teacher: { id: string; roles: readonly ActorRole[] }): boolean {
  if (actor.personId === teacher.id) return true;
  return teacher.roles.some(
    (r) =>
      r.institutionId !== null &&
      DOSSIER_READERS.some((role) =>
        holdsRoleIn(actor, role, { institutionId: r.institutionId as string, unitPath: r.unitPath }),
      ),
  );
}
