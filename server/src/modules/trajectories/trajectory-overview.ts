import type { TrajectoryState } from '../../../../contracts/trajectories.js';
import type { TrajectoryOverview } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { trajectoriesAllowed } from './access.js';
import { presentSummaries } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canSeeTrajectoryOverview, trajectoryViewOf } from './trajectories.policy.js';

/**
 * The status of all trajectories of an institution (issue 5, item 8), for its coordinators and advisers:
 * each sees the trajectories of the teachers in their scope, never the content. Counts per state are over
 * everything in scope; `state` narrows the list.
 */
export async function trajectoryOverview(
  ctx: AppContext,
  actor: Actor,
  opts: { institutionId: string; state?: TrajectoryState },
): Promise<TrajectoryOverview> {
  if (!(await findInstitution(ctx.db, opts.institutionId))) throw trajectoriesError('INSTITUTION_NOT_FOUND');
  if (!canSeeTrajectoryOverview(actor, opts.institutionId)) throw platformError('FORBIDDEN');
  const inScope = await trajectoriesAllowed(
    ctx.db,
    opts.institutionId,
    (p) => trajectoryViewOf(actor, p) !== null,
  );
  const counts: TrajectoryOverview['counts'] = {};
  for (const row of inScope) counts[row.state] = (counts[row.state] ?? 0) + 1;
  const listed = opts.state ? inScope.filter((r) => r.state === opts.state) : inScope;
  return { items: await presentSummaries(ctx.db, listed), counts };
}
