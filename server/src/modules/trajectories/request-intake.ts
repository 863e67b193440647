import { IntakeRequestInput, type TrajectoryDetail } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution } from '../identity/index.js';
import { loadTrajectory } from './access.js';
import { initialState } from './domain/state-machine.js';
import { presentDetail } from './present.js';
import { trajectoriesError } from './trajectories.errors.js';
import { canRequestIntake } from './trajectories.policy.js';
import { insertIntakeRequest } from './trajectories.repository.js';

/**
 * A teacher asks for an intake with an educational adviser (R-UMCU-ROUTE-1), from the advice page or their
 * dossier: a trajectory in `intake-requested`, in the queue of the institution's advisers. One open request
 * per teacher and institution, by a unique index: two requests at once get one trajectory and a 409.
 */
export async function requestIntake(
  ctx: AppContext,
  actor: Actor,
  input: IntakeRequestInput,
): Promise<TrajectoryDetail> {
  const request = IntakeRequestInput.parse(input);
  return ctx.db.transaction(async (tx) => {
    const institution = await findInstitution(tx, request.institutionId);
    if (!institution) throw trajectoriesError('INSTITUTION_NOT_FOUND');
    if (!canRequestIntake(actor, institution.id)) throw platformError('FORBIDDEN');
    const now = ctx.now();
    const row = await insertIntakeRequest(tx, {
      institutionId: institution.id,
      teacherId: actor.personId,
      state: initialState,
      requestedFrom: request.from,
      requestedQualification: request.qualification,
      requestMessage: request.message,
      createdAt: now,
      updatedAt: now,
    });
    if (!row) throw trajectoriesError('INTAKE_ALREADY_REQUESTED', { institution: institution.name });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'trajectory.request-intake',
      entityType: 'trajectory',
      entityId: row.id,
      after: {
        institutionId: institution.id,
        state: row.state,
        from: request.from,
        qualification: request.qualification,
      },
    });
    return presentDetail(tx, actor, await loadTrajectory(tx, actor, row.id));
  });
}
