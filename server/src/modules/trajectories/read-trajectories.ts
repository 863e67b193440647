import type {
  IntakeQueueItem,
  TrajectoryDetail,
  TrajectorySummary,
} from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { loadTrajectory, partiesOf } from './access.js';
import { presentDetail, presentRequest, presentSummaries } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import { actsAsAdviser, canSeeIntakeQueue } from './trajectories.policy.js';
import {
  listTrajectoriesAt,
  listTrajectoriesOfTeacher,
  type TrajectoryRow,
} from './trajectories.repository.js';

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
  const rows = await listTrajectoriesAt(ctx.db, institutionId, ['intake-requested', 'intake-planned']);
  const parties = await partiesOf(ctx.db, rows);
  const mine = rows.filter((_, i) => {
    const p = parties[i];
    return p !== undefined && actsAsAdviser(actor, p);
  });
  const summaries = await presentSummaries(ctx.db, mine);
  return summaries.map((summary, i) => ({ ...summary, request: presentRequest(mine[i] as TrajectoryRow) }));
}
