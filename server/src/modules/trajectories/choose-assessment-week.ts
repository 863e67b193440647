import type { z } from 'zod';
import { ChooseWeekInput, type TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { decide, loadTrajectory, todayOf, transitionContext } from './access.js';
import { presentDetail } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import { currentWeekOf, findWeek, signUpForWeek, updateTrajectoryRow } from './trajectories.repository.js';
import { weekOf } from './versions.js';

/**
 * After the first draft, the teacher or their adviser signs up for, or moves to, an assessment week
 * (R-UMCU-ASM-3): after "needs work" its draft deadline must still be open, after "convincing" its final one.
 */
export async function chooseAssessmentWeek(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  input: z.input<typeof ChooseWeekInput>,
): Promise<TrajectoryDetail> {
  const { assessmentWeekId } = ChooseWeekInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadTrajectory(tx, actor, trajectoryId, { forUpdate: true });
    const week = await findWeek(tx, assessmentWeekId);
    if (week?.institutionId !== loaded.row.institutionId)
      throw trajectoriesError('ASSESSMENT_WEEK_NOT_FOUND');
    const now = ctx.now();
    const state = decide(
      actor,
      loaded,
      { type: 'choose-assessment-week', week: weekOf(week) },
      await transitionContext(tx, loaded.row, todayOf(now)),
    );
    const before = await currentWeekOf(tx, trajectoryId);
    await signUpForWeek(tx, { trajectoryId, weekId: week.id, signedUpBy: actor.personId, now });
    const row = await updateTrajectoryRow(tx, trajectoryId, { state, updatedAt: now });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory.choose-assessment-week',
      entityType: 'trajectory',
      entityId: trajectoryId,
      before: { assessmentWeekId: before?.id ?? null },
      after: { assessmentWeekId: week.id },
    });
    return presentDetail(tx, actor, { ...loaded, row });
  });
}
