import type { TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { loadTrajectory, stateParams } from './access.js';
import { presentDetail } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canEditPortfolio } from './trajectories.policy.js';
import { acceptOfferRow, offersOf, updateTrajectoryRow } from './trajectories.repository.js';

/** The teacher chooses one of the offered intake times (choosing another later replaces the choice). */
export async function acceptIntakeOffer(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; offerId: string },
): Promise<TrajectoryDetail> {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, opts.trajectoryId, { forUpdate: true });
    // only the teacher answers for their own agenda
    if (!canEditPortfolio(actor, loaded.parties)) throw platformError('FORBIDDEN');
    const offer = (await offersOf(tx, opts.trajectoryId)).find((o) => o.id === opts.offerId);
    if (!offer) throw trajectoriesError('INTAKE_OFFER_NOT_FOUND');
    const now = ctx.now();
    if (loaded.row.state !== 'intake-planned' || offer.startsAt.getTime() <= now.getTime()) {
      throw trajectoriesError('INTAKE_OFFER_CLOSED', stateParams(loaded.row.state));
    }
    await acceptOfferRow(tx, opts.trajectoryId, offer.id, now);
    const row = await updateTrajectoryRow(tx, opts.trajectoryId, { updatedAt: now });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory.accept-intake-offer',
      entityType: 'trajectory',
      entityId: opts.trajectoryId,
      after: { offerId: offer.id, startsAt: offer.startsAt.toISOString() },
    });
    return presentDetail(tx, actor, { ...loaded, row });
  });
}
