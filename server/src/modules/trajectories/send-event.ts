import { FinalCheckInput, type TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { notify } from '../../platform/notifications/notifications.js';
import { decide, loadTrajectory, todayOf, transitionContext } from './access.js';
import type { TrajectoryEvent } from './domain/state-machine.js';
import { presentDetail } from './present.js';
import { eventNames } from './trajectories.errors.js';
import { updateTrajectoryRow } from './trajectories.repository.js';

/** An event that changes only the state (and a reason): one transaction, one audit row, the other party told. */
async function sendEvent(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  event: TrajectoryEvent,
): Promise<TrajectoryDetail> {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, trajectoryId, { forUpdate: true });
    const now = ctx.now();
    const state = decide(actor, loaded, event, await transitionContext(tx, loaded.row, todayOf(now)));
    const reason = 'reason' in event && event.reason ? event.reason : null;
    const row = await updateTrajectoryRow(tx, trajectoryId, {
      state,
      updatedAt: now,
      ...(reason ? { reason } : {}),
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: `trajectory.${event.type}`,
      entityType: 'trajectory',
      entityId: trajectoryId,
      before: { state: loaded.row.state },
      after: { state, reason },
    });
    const other = actor.personId === row.teacherId ? row.adviserId : row.teacherId;
    if (other) {
      const name = eventNames[event.type];
      const why = reason ? `: ${reason}` : '.';
      await notify(
        tx,
        [
          {
            personId: other,
            kind: `trajectory.${event.type}`,
            entityType: 'trajectory',
            entityId: trajectoryId,
            message: {
              nl: `${name.nl} (${row.qualification ?? 'traject'}) door ${actor.displayName}${why}`,
              en: `${name.en} (${row.qualification ?? 'trajectory'}) by ${actor.displayName}${why}`,
            },
          },
        ],
        now,
      );
    }
    return presentDetail(tx, actor, { ...loaded, row });
  });
}

/** The teacher starts revising after feedback (the first edit does the same). */
export const startRevising = (ctx: AppContext, actor: Actor, trajectoryId: string) =>
  sendEvent(ctx, actor, trajectoryId, { type: 'start-revising' });

/**
 * The adviser's check of the final version (R-UMCU-ASM-4): accepted, on to the assessment; or returned with
 * a reason, and the portfolio opens again.
 */
export function checkFinal(ctx: AppContext, actor: Actor, trajectoryId: string, input: FinalCheckInput) {
  const body = FinalCheckInput.parse(input);
  const event: TrajectoryEvent =
    body.decision === 'accept' ? { type: 'accept-final' } : { type: 'return-final', reason: body.reason };
  return sendEvent(ctx, actor, trajectoryId, event);
}

/** The teacher withdraws the trajectory, with or without a reason. */
export const withdraw = (ctx: AppContext, actor: Actor, trajectoryId: string, reason?: string) =>
  sendEvent(ctx, actor, trajectoryId, { type: 'withdraw', ...(reason ? { reason } : {}) });

/** The adviser or a coordinator cancels the trajectory, with a reason. */
export const cancel = (ctx: AppContext, actor: Actor, trajectoryId: string, reason: string) =>
  sendEvent(ctx, actor, trajectoryId, { type: 'cancel', reason });

/** The teacher takes back a draft the adviser has not answered yet. */
export const retractDraft = (ctx: AppContext, actor: Actor, trajectoryId: string) =>
  sendEvent(ctx, actor, trajectoryId, { type: 'retract-draft' });
