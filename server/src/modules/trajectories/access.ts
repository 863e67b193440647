import type { FeedbackVerdict, TrajectoryState } from '../../../../contracts/trajectories.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findRolesOfPeople } from '../identity/index.js';
import { dayInAmsterdam } from '../qualifications/index.js';
import { umcuRouteRules } from './domain/route.js';
import { type TrajectoryEvent, type TransitionContext, transition } from './domain/state-machine.js';
import { refusalError, stateNames, trajectoriesError } from './trajectories.errors.js';
import {
  canTrigger,
  type TrajectoryParties,
  type TrajectoryView,
  trajectoryViewOf,
} from './trajectories.policy.js';
import {
  currentWeekOf,
  findTrajectoryRow,
  listTrajectoriesAt,
  schoolingOf,
  type TrajectoryRow,
  versionsOf,
} from './trajectories.repository.js';
import { weekOf } from './versions.js';

// Loading what the policies and the state machine decide on. Not-found before forbidden, as identity does:
// a trajectory the caller may not see at all is 404.

export interface LoadedTrajectory {
  row: TrajectoryRow;
  parties: TrajectoryParties;
  view: Exclude<TrajectoryView, null>;
}

/** The parties of trajectories, read with one query for all their teachers. */
export async function partiesOf(db: Executor, rows: readonly TrajectoryRow[]): Promise<TrajectoryParties[]> {
  const roles = await findRolesOfPeople(db, [...new Set(rows.map((r) => r.teacherId))]);
  return rows.map((row) => ({
    institutionId: row.institutionId,
    teacherId: row.teacherId,
    teacherUnitPaths: (roles.get(row.teacherId) ?? [])
      .filter((r) => r.institutionId === row.institutionId)
      .map((r) => r.unitPath),
    adviserId: row.adviserId,
  }));
}

/**
 * An institution's trajectories (in `states`, if given) whose parties pass `allows`, a policy predicate:
 * the rows and their parties read with one query each, the predicate deciding row by row.
 */
export async function trajectoriesAllowed(
  db: Executor,
  institutionId: string,
  allows: (parties: TrajectoryParties) => boolean,
  states?: readonly TrajectoryState[],
): Promise<TrajectoryRow[]> {
  const rows = await listTrajectoriesAt(db, institutionId, states);
  const parties = await partiesOf(db, rows);
  return rows.filter((_, i) => {
    const p = parties[i];
    return p !== undefined && allows(p);
  });
}

/** A trajectory the actor may see; 404 otherwise. With `forUpdate` its row stays locked. */
export async function loadTrajectory(
  db: Executor,
  actor: Actor,
  trajectoryId: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedTrajectory> {
  const row = await findTrajectoryRow(db, trajectoryId, options);
  if (!row) throw trajectoriesError('TRAJECTORY_NOT_FOUND');
  const [parties] = await partiesOf(db, [row]);
  if (!parties) throw new Error('no parties for one trajectory');
  const view = trajectoryViewOf(actor, parties);
  if (!view) throw trajectoriesError('TRAJECTORY_NOT_FOUND');
  return { row, parties, view };
}

/** The state's name in both languages, for messages that name it. */
export function stateParams(state: TrajectoryState) {
  return { stateNl: stateNames[state].nl, stateEn: stateNames[state].en };
}

/** Today in Europe/Amsterdam: deadlines and the intake's day are days there. */
export const todayOf = (now: Date) => dayInAmsterdam(now);

/** The verdict of the latest feedback, of versions oldest first; null before any. */
export function lastVerdictOf(
  versions: readonly { verdict: FeedbackVerdict | null }[],
): FeedbackVerdict | null {
  return versions.findLast((v) => v.verdict !== null)?.verdict ?? null;
}

/** What the state machine needs to know of the trajectory beyond its state. */
export async function transitionContext(
  db: Executor,
  row: TrajectoryRow,
  today: string,
  extra: Partial<TransitionContext> = {},
): Promise<TransitionContext> {
  // one after another: in a transaction they share one connection, which runs one query at a time anyway
  const schooling = await schoolingOf(db, row.id);
  const versions = await versionsOf(db, row.id);
  const week = await currentWeekOf(db, row.id);
  const drafts = versions.filter((v) => v.kind === 'draft');
  const lastVerdict = lastVerdictOf(versions);
  return {
    today,
    qualification: row.qualification,
    catalogue: null,
    routeRules: umcuRouteRules,
    openSchooling: schooling.filter((s) => s.completedOn === null).length,
    drafts: drafts.length,
    lastVerdict,
    week: week ? weekOf(week) : null,
    unmetRequirements: 0,
    ...extra,
  };
}

/**
 * Sends an event: the actor must be one who may send it (403), and the machine must allow it (409 or 400
 * with its refusal's message). Returns the next state; the caller writes it with its audit row.
 */
export function decide(
  actor: Actor,
  loaded: LoadedTrajectory,
  event: TrajectoryEvent,
  context: TransitionContext,
): TrajectoryState {
  if (!canTrigger(actor, event.type, loaded.parties)) throw platformError('FORBIDDEN');
  const result = transition(loaded.row.state, event, context);
  if (!result.ok) throw refusalError(result.refusal);
  return result.state;
}
