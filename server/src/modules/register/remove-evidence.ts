import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { deleteStoredFiles } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { dossierError } from './dossier.errors.js';
import { deleteEvidence, findEvidence } from './dossier.repository.js';
import { activityOf } from './dossier-access.js';
import { presentEvidence } from './present-dossier.js';

/** A teacher removes evidence from an activity of their own dossier, until an audit takes it (R-REG-AUDIT-1). */
export async function removeEvidence(
  ctx: AppContext,
  actor: Actor,
  opts: { activityId: string; evidenceId: string },
): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const activity = await activityOf(tx, actor.personId, opts.activityId, { forUpdate: true });
    const evidence = await findEvidence(tx, activity.id, opts.evidenceId);
    if (!evidence) throw dossierError('REGISTER_EVIDENCE_NOT_FOUND');
    if (activity.lockedByReviewId) throw dossierError('REGISTER_ACTIVITY_LOCKED');
    await deleteEvidence(tx, evidence.id);
    await deleteStoredFiles(tx, [evidence.fileId]);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'register-evidence.remove',
      entityType: 'register-evidence',
      entityId: evidence.id,
      before: { ...presentEvidence(evidence), activityId: activity.id },
    });
  });
}
