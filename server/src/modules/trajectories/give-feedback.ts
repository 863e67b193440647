import { FeedbackInput, type VersionDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { notify } from '../../platform/notifications/notifications.js';
import { decide, loadTrajectory, todayOf, transitionContext } from './access.js';
import { portfolioOf, templateOf } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import { findVersion, insertFeedback, updateTrajectoryRow, versionsOf } from './trajectories.repository.js';
import { presentVersion } from './versions.js';

/**
 * The adviser's feedback on the draft handed in (R-UMCU-FB-1): per section and overall, with the verdict
 * "complete and convincing" (the final may follow, R-UMCU-ASM-1) or "needs work". Never changed afterwards.
 * The teacher is told.
 */
export async function giveFeedback(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; number: number },
  input: FeedbackInput,
): Promise<VersionDetail> {
  const body = FeedbackInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, opts.trajectoryId, { forUpdate: true });
    const portfolio = await portfolioOf(tx, loaded);
    const found = await findVersion(tx, opts.trajectoryId, opts.number);
    if (!found) throw trajectoriesError('VERSION_NOT_FOUND', { number: opts.number });
    const now = ctx.now();
    const state = decide(
      actor,
      loaded,
      { type: 'give-feedback', verdict: body.verdict },
      await transitionContext(tx, loaded.row, todayOf(now)),
    );
    const latest = (await versionsOf(tx, opts.trajectoryId)).length;
    if (opts.number !== latest)
      throw trajectoriesError('FEEDBACK_NOT_ON_LATEST', { latest, number: opts.number });
    const template = await templateOf(tx, loaded.row.institutionId, portfolio);
    const unknown = Object.keys(body.sections).find((id) => !template.sections.some((s) => s.id === id));
    if (unknown) throw trajectoriesError('FEEDBACK_SECTION_UNKNOWN', { section: unknown });
    const feedback = await insertFeedback(tx, {
      versionId: found.version.id,
      verdict: body.verdict,
      overall: body.overall,
      sections: body.sections,
      givenBy: actor.personId,
      givenAt: now,
    });
    const row = await updateTrajectoryRow(tx, opts.trajectoryId, { state, updatedAt: now });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory.give-feedback',
      entityType: 'trajectory',
      entityId: opts.trajectoryId,
      before: { state: loaded.row.state },
      after: { state: row.state, version: opts.number, ...body },
    });
    const verdict =
      body.verdict === 'convincing'
        ? { nl: 'compleet en overtuigend', en: 'complete and convincing' }
        : { nl: 'nog niet af', en: 'needs work' };
    await notify(
      tx,
      [
        {
          personId: row.teacherId,
          kind: 'trajectory.give-feedback',
          entityType: 'trajectory',
          entityId: opts.trajectoryId,
          message: {
            nl: `${actor.displayName} gaf feedback op concept ${opts.number}: ${verdict.nl}.`,
            en: `${actor.displayName} gave feedback on draft ${opts.number}: ${verdict.en}.`,
          },
        },
      ],
      now,
    );
    return presentVersion(tx, found.version, feedback);
  });
}
