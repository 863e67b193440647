import { CostDecisionInput, type TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { notify } from '../../platform/notifications/notifications.js';
import { findPeopleNames } from '../identity/index.js';
import { decide, loadTrajectory, todayOf, transitionContext } from './access.js';
import { presentDetail } from './present.js';
import { updateTrajectoryRow } from './trajectories.repository.js';

/**
 * The teacher's line manager approves or declines what the division pays (R-UMCU-COST-1), with a reason when
 * declining. Approved: on to the schooling (or the portfolio); declined: the adviser revises the plan. The
 * teacher and the adviser are told.
 */
export async function decideCosts(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  input: CostDecisionInput,
): Promise<TrajectoryDetail> {
  const body = CostDecisionInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, trajectoryId, { forUpdate: true });
    const now = ctx.now();
    const event =
      body.decision === 'approve'
        ? ({ type: 'approve-costs' } as const)
        : ({ type: 'decline-costs', reason: body.reason } as const);
    const state = decide(actor, loaded, event, await transitionContext(tx, loaded.row, todayOf(now)));
    const decision = body.decision === 'approve' ? 'approved' : 'declined';
    const reason = body.decision === 'decline' ? body.reason : null;
    const row = await updateTrajectoryRow(tx, trajectoryId, {
      state,
      costDecision: decision,
      costDecisionReason: reason,
      costDecidedBy: actor.personId,
      costDecidedAt: now,
      updatedAt: now,
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: `trajectory.${event.type}`,
      entityType: 'trajectory',
      entityId: trajectoryId,
      before: { state: loaded.row.state },
      after: { state, decision, reason, costs: loaded.row.costs },
    });
    const who = actor.displayName;
    const verb =
      decision === 'approved' ? { nl: 'goedgekeurd', en: 'approved' } : { nl: 'afgewezen', en: 'declined' };
    const why = reason ? `: ${reason}` : '.';
    const teacherName = (await findPeopleNames(tx, [row.teacherId])).get(row.teacherId)?.displayName ?? '';
    const kind = `trajectory.${event.type}`;
    const about = { kind, entityType: 'trajectory', entityId: trajectoryId };
    await notify(
      tx,
      [
        {
          ...about,
          personId: row.teacherId,
          message: {
            nl: `${who} heeft de kosten van je traject ${verb.nl}${why}`,
            en: `${who} ${verb.en} the costs of your trajectory${why}`,
          },
        },
        ...(row.adviserId
          ? [
              {
                ...about,
                personId: row.adviserId,
                message: {
                  nl: `${who} heeft de kosten van het traject van ${teacherName} ${verb.nl}${why}`,
                  en: `${who} ${verb.en} the costs of ${teacherName}'s trajectory${why}`,
                },
              },
            ]
          : []),
      ],
      now,
    );
    return presentDetail(tx, actor, { ...loaded, row });
  });
}
