import type {
  IntakeQueueItem,
  TrajectoryDetail,
  TrajectorySummary,
} from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { loadTrajectory, trajectoriesAllowed } from './access.js';
import { presentDetail, presentRequest, presentSummaries } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import {
  actsAsAdviser,
  canDecideCosts,
  canSeeCostApprovals,
  canSeeIntakeQueue,
} from './trajectories.policy.js';
import { listTrajectoriesOfTeacher, type TrajectoryRow } from './trajectories.repository.js';

/** One trajectory, as much of it as the actor may see. */
export async function getTrajectory(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
): Promise<TrajectoryDetail> {
  return presentDetail(ctx.db, actor, await loadTrajectory(ctx.db, actor, trajectoryId));
}

/** The actor's own trajectories, newest first. */
export async function listMyTrajectories(ctx: AppContext, actor: Actor): Promise<TrajectorySummary[]> {
  return presentSummaries(ctx.db, await listTrajectoriesOfTeacher(ctx.db, actor.personId));
}

/**
 * The intake queue of an institution for one of its advisers: requests and planned intakes, oldest first,
 * of teachers the adviser covers; those another adviser took up are left out.
 */
export async function listIntakeQueue(
  ctx: AppContext,
  actor: Actor,
  institutionId: string,
): Promise<IntakeQueueItem[]> {
  if (!(await findInstitution(ctx.db, institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
  if (!canSeeIntakeQueue(actor, institutionId)) throw platformError('FORBIDDEN');
  const mine = await trajectoriesAllowed(ctx.db, institutionId, (p) => actsAsAdviser(actor, p), [
    'intake-requested',
    'intake-planned',
  ]);
  const summaries = await presentSummaries(ctx.db, mine);
  return summaries.map((summary, i) => ({ ...summary, request: presentRequest(mine[i] as TrajectoryRow) }));
}

/**
 * The costs waiting for the calling line manager's decision (R-UMCU-COST-1): trajectories in
 * cost-approval-pending of teachers in a unit the caller is line manager of, oldest first, over every
 * institution where they are one. Not a line manager at all: 403.
 */
export async function listCostApprovals(ctx: AppContext, actor: Actor): Promise<TrajectorySummary[]> {
  if (!canSeeCostApprovals(actor)) throw platformError('FORBIDDEN');
  const institutionIds = new Set(
    actor.roles.flatMap((r) => (r.role === 'line-manager' && r.institutionId ? [r.institutionId] : [])),
  );
  const mine = [];
  for (const institutionId of institutionIds) {
    mine.push(
      ...(await trajectoriesAllowed(ctx.db, institutionId, (p) => canDecideCosts(actor, p), [
        'cost-approval-pending',
      ])),
    );
  }
  return presentSummaries(ctx.db, mine);
}
