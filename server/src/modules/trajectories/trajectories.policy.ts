import type { Role } from '../../../../contracts/identity.js';
import type { TrajectoryEventType } from '../../../../contracts/trajectories.js';
import type { Actor } from '../../platform/http/auth.js';
import { isPlatformAdmin, roleCovers } from '../identity/index.js';

// Who may do what with trajectories. Pure predicates over the actor's roles; each reads as a sentence and is
// unit-tested for every role. Deny by default: a role not named here gets nothing.

/** What the policy needs to know of a trajectory. */
export interface TrajectoryParties {
  institutionId: string;
  teacherId: string;
  /** the units of the roles the teacher holds at the institution (null: institution-wide) */
  teacherUnitPaths: readonly (string | null)[];
  /** the adviser who took the trajectory up; null while the intake request waits in the queue */
  adviserId: string | null;
}

/** How much of a trajectory the actor sees: everything, its status and costs, its status, or nothing. */
export type TrajectoryView = 'content' | 'status-and-costs' | 'status' | null;

function isTeacher(actor: Actor, t: TrajectoryParties): boolean {
  return actor.personId === t.teacherId;
}

/** Holds the role on a unit covering one of the teacher's units there; never over one's own trajectory. */
function coversTeacher(actor: Actor, role: Role, t: TrajectoryParties): boolean {
  if (isTeacher(actor, t)) return false;
  return actor.roles.some(
    (r) =>
      r.role === role &&
      t.teacherUnitPaths.some((unitPath) => roleCovers(r, { institutionId: t.institutionId, unitPath })),
  );
}

function holdsRoleAt(actor: Actor, role: Role, institutionId: string): boolean {
  return actor.roles.some((r) => r.role === role && r.institutionId === institutionId);
}

/** A teacher of the institution requests an intake there (R-UMCU-ROUTE-1). */
export function canRequestIntake(actor: Actor, institutionId: string): boolean {
  return holdsRoleAt(actor, 'teacher', institutionId);
}

/** The educational advisers of an institution see its queue of intake requests. */
export function canSeeIntakeQueue(actor: Actor, institutionId: string): boolean {
  return holdsRoleAt(actor, 'educational-adviser', institutionId);
}

/**
 * The trajectory's adviser: the one who took it up, while still an adviser covering the teacher; before
 * anyone took it up, any adviser covering the teacher (who takes it up by acting).
 */
export function actsAsAdviser(actor: Actor, t: TrajectoryParties): boolean {
  if (!coversTeacher(actor, 'educational-adviser', t)) return false;
  return t.adviserId === null || t.adviserId === actor.personId;
}

/** The line manager of the teacher's unit approves or declines what the division pays (R-UMCU-COST-1). */
export function canDecideCosts(actor: Actor, t: TrajectoryParties): boolean {
  return coversTeacher(actor, 'line-manager', t);
}

/**
 * The list of costs to approve is for line managers only (R-UMCU-COST-1): anyone else gets 403 rather than
 * an empty list, so a mistaken link does not read as "nothing to do".
 */
export function canSeeCostApprovals(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'line-manager');
}

/** Only the teacher edits the portfolio and hands it in. */
export function canEditPortfolio(actor: Actor, t: TrajectoryParties): boolean {
  return isTeacher(actor, t);
}

/**
 * The teacher and their adviser see everything; a line manager of the teacher's unit sees status and costs,
 * never the content; a coordinator of the institution (or of the teacher's unit) and the other advisers see
 * the status.
 */
export function trajectoryViewOf(actor: Actor, t: TrajectoryParties): TrajectoryView {
  if (isTeacher(actor, t) || actsAsAdviser(actor, t)) return 'content';
  if (coversTeacher(actor, 'line-manager', t)) return 'status-and-costs';
  if (coversTeacher(actor, 'coordinator', t) || coversTeacher(actor, 'educational-adviser', t))
    return 'status';
  return null;
}

/** Catalogue, prices, assessment weeks and requirement numbers: the institution's coordinators and administrators. */
export function canAdministerTrajectories(actor: Actor, institutionId: string): boolean {
  if (isPlatformAdmin(actor)) return true;
  return actor.roles.some(
    (r) =>
      (r.role === 'coordinator' || r.role === 'administrator') &&
      r.institutionId === institutionId &&
      !r.unitPath,
  );
}

/**
 * The catalogue and the assessment weeks are read by those who plan with them: the institution's teachers,
 * advisers and line managers (and whoever administers them).
 */
export function canReadCatalogue(actor: Actor, institutionId: string): boolean {
  if (canAdministerTrajectories(actor, institutionId)) return true;
  return (['teacher', 'educational-adviser', 'line-manager'] as const).some((role) =>
    holdsRoleAt(actor, role, institutionId),
  );
}

/** The status overview of an institution's trajectories: its coordinators (a unit's: that unit) and advisers. */
export function canSeeTrajectoryOverview(actor: Actor, institutionId: string): boolean {
  return (
    holdsRoleAt(actor, 'coordinator', institutionId) ||
    holdsRoleAt(actor, 'educational-adviser', institutionId)
  );
}

const teacherOrAdviser = (a: Actor, t: TrajectoryParties) => isTeacher(a, t) || actsAsAdviser(a, t);

/** Who may send each event of the state machine. */
const triggers: Record<TrajectoryEventType, (actor: Actor, t: TrajectoryParties) => boolean> = {
  'plan-intake': actsAsAdviser,
  'record-intake': actsAsAdviser,
  'approve-costs': canDecideCosts,
  'decline-costs': canDecideCosts,
  // the teacher records the last certificate, or the adviser confirms the schooling is done
  'complete-schooling': teacherOrAdviser,
  'hand-in-draft': isTeacher,
  'retract-draft': isTeacher,
  'give-feedback': actsAsAdviser,
  'start-revising': isTeacher,
  'choose-assessment-week': teacherOrAdviser,
  'hand-in-final': isTeacher,
  'return-final': actsAsAdviser,
  'accept-final': actsAsAdviser,
  withdraw: isTeacher,
  cancel: (a, t) => actsAsAdviser(a, t) || coversTeacher(a, 'coordinator', t),
};

export function canTrigger(actor: Actor, event: TrajectoryEventType, t: TrajectoryParties): boolean {
  return triggers[event](actor, t);
}
