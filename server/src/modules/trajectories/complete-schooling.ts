import { CompleteSchoolingInput, type TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { decide, loadTrajectory, stateParams, todayOf, transitionContext } from './access.js';
import { editableStates } from './domain/state-machine.js';
import { presentDetail } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canTrigger } from './trajectories.policy.js';
import {
  completeSchoolingRow,
  evidenceOf,
  schoolingOf,
  updateTrajectoryRow,
} from './trajectories.repository.js';

/**
 * A planned piece of schooling is recorded as completed, with its certificate: an evidence item of the
 * portfolio (kind schooling-certificate, with a file), so it counts in the checklist (R-UMCU-ROUTE-2). When
 * nothing is left open, the trajectory moves on to the portfolio (complete-schooling).
 */
export async function completeSchooling(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; schoolingId: string },
  input: CompleteSchoolingInput,
): Promise<TrajectoryDetail> {
  const body = CompleteSchoolingInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, opts.trajectoryId, { forUpdate: true });
    if (!canTrigger(actor, 'complete-schooling', loaded.parties)) throw platformError('FORBIDDEN');
    const item = (await schoolingOf(tx, opts.trajectoryId)).find((s) => s.id === opts.schoolingId);
    if (!item) throw trajectoriesError('SCHOOLING_NOT_FOUND');
    if (!editableStates.includes(loaded.row.state)) {
      throw trajectoriesError('PORTFOLIO_LOCKED', stateParams(loaded.row.state));
    }
    const certificate = (await evidenceOf(tx, opts.trajectoryId)).find(
      (e) => e.id === body.certificateEvidenceId,
    );
    if (certificate?.kind !== 'schooling-certificate' || certificate.files.length === 0) {
      throw trajectoriesError('SCHOOLING_CERTIFICATE_INVALID');
    }
    await completeSchoolingRow(tx, item.id, body);
    const now = ctx.now();
    const context = await transitionContext(tx, loaded.row, todayOf(now));
    const state =
      loaded.row.state === 'schooling' && context.openSchooling === 0
        ? decide(actor, loaded, { type: 'complete-schooling' }, context)
        : loaded.row.state;
    const row = await updateTrajectoryRow(tx, opts.trajectoryId, { state, updatedAt: now });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory.complete-schooling-item',
      entityType: 'trajectory',
      entityId: opts.trajectoryId,
      before: { state: loaded.row.state, schoolingId: item.id, completedOn: item.completedOn },
      after: { state, schoolingId: item.id, ...body },
    });
    return presentDetail(tx, actor, { ...loaded, row });
  });
}
