import { IntakeOffersInput, type TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { decide, loadTrajectory, todayOf, transitionContext } from './access.js';
import { presentDetail, presentOffer } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import { insertOffers, updateTrajectoryRow } from './trajectories.repository.js';

/**
 * An adviser offers the teacher one or more intake times (plan-intake); offering takes the request up, so it
 * leaves the other advisers' queue. Offering again adds times (to move the appointment).
 */
export async function offerIntakeTimes(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  input: IntakeOffersInput,
): Promise<TrajectoryDetail> {
  const { times } = IntakeOffersInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, trajectoryId, { forUpdate: true });
    const now = ctx.now();
    const today = todayOf(now);
    const first = [...times].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
    const state = decide(
      actor,
      loaded,
      { type: 'plan-intake', on: todayOf(new Date(first?.startsAt ?? now)) },
      await transitionContext(tx, loaded.row, today),
    );
    const past = times.find((t) => Date.parse(t.startsAt) <= now.getTime());
    if (past) throw trajectoriesError('INTAKE_OFFER_IN_PAST', { startsAt: past.startsAt });
    const offers = await insertOffers(
      tx,
      times.map((t) => ({
        trajectoryId,
        startsAt: new Date(t.startsAt),
        minutes: t.minutes,
        location: t.location,
        offeredBy: actor.personId,
        offeredAt: now,
      })),
    );
    const row = await updateTrajectoryRow(tx, trajectoryId, {
      state,
      adviserId: actor.personId,
      updatedAt: now,
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory.plan-intake',
      entityType: 'trajectory',
      entityId: trajectoryId,
      before: { state: loaded.row.state, adviserId: loaded.row.adviserId },
      after: { state: row.state, adviserId: row.adviserId, offers: offers.map(presentOffer) },
    });
    return presentDetail(tx, actor, {
      ...loaded,
      row,
      parties: { ...loaded.parties, adviserId: row.adviserId },
    });
  });
}
