import type { Actor } from '../../platform/http/auth.js';
import { holdsRoleIn } from '../identity/index.js';

// Who may do what in the audit by sample (R-REG-AUDIT-1). Pure predicates over the actor's roles; each reads
// as a sentence and is unit-tested for every role.
//
// A coordinator (programme coordinator) draws; an assessor (beoordelaar, domain.md §1: the experienced
// teachers who judge portfolios) audits. The draw covers an institution or a unit and the units below it.

/** The part of an institution a draw covers: the whole institution (unitPath null) or a unit and below. */
export interface DrawScope {
  institutionId: string;
  unitPath: string | null;
}

/** A sampled teacher at the draw's institution: the units of the roles they hold there (null: institution-wide). */
export interface TeacherAtInstitution {
  personId: string;
  institutionId: string;
  unitPaths: readonly (string | null)[];
}

/** A coordinator draws for the part of the institution their role covers. */
export function canDrawSample(actor: Actor, scope: DrawScope): boolean {
  return holdsRoleIn(actor, 'coordinator', scope);
}

/** A draw is seen by the coordinators who could have made it, and by the assessors who audit its part. */
export function canViewDraw(actor: Actor, scope: DrawScope): boolean {
  return canDrawSample(actor, scope) || holdsRoleIn(actor, 'assessor', scope);
}

/**
 * An assessor audits a sampled teacher when their role covers one of the teacher's units at the draw's
 * institution; nobody audits their own dossier.
 */
export function canAudit(actor: Actor, teacher: TeacherAtInstitution): boolean {
  if (actor.personId === teacher.personId) return false;
  return teacher.unitPaths.some((unitPath) =>
    holdsRoleIn(actor, 'assessor', { institutionId: teacher.institutionId, unitPath }),
  );
}

/**
 * An audit is followed by the sampled teacher, by whoever may audit it, and by a coordinator who may view
 * its draw (they see its progress and outcome, and decide nothing).
 */
export function canViewReview(actor: Actor, teacher: TeacherAtInstitution, draw: DrawScope): boolean {
  return actor.personId === teacher.personId || canAudit(actor, teacher) || canDrawSample(actor, draw);
}

/** Only the sampled teacher responds to the decisions on their dossier. */
export function canRespond(actor: Actor, teacher: { personId: string }): boolean {
  return actor.personId === teacher.personId;
}
