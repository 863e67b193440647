import type { EvidenceFile } from '../../../../contracts/register.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { type FileRules, storeFile } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { dossierError } from './dossier.errors.js';
import { evidenceOf, insertEvidence } from './dossier.repository.js';
import { activityOf } from './dossier-access.js';
import { presentEvidence } from './present-dossier.js';

/** Evidence (R-REG-EVID-2…4): a diploma, certificate or proof of participation, scanned or as PDF. */
export const evidenceRules = (maxBytes: number): FileRules => ({
  purpose: 'register-evidence',
  accept: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
  maxBytes,
});

/** Enough for every certificate of a long programme; a bound so one activity cannot fill the database. */
export const MAX_EVIDENCE_PER_ACTIVITY = 20;

/**
 * A teacher adds a file as evidence of an activity of their own dossier, until an audit takes it
 * (R-REG-AUDIT-1). Checked by content and size before anything is stored.
 */
export async function addEvidence(
  ctx: AppContext,
  actor: Actor,
  opts: { activityId: string; content: Buffer; fileName: string },
): Promise<EvidenceFile> {
  return ctx.db.transaction(async (tx) => {
    const activity = await activityOf(tx, actor.personId, opts.activityId, { forUpdate: true });
    if (activity.lockedByReviewId) throw dossierError('REGISTER_ACTIVITY_LOCKED');
    const existing = (await evidenceOf(tx, [activity.id])).get(activity.id) ?? [];
    if (existing.length >= MAX_EVIDENCE_PER_ACTIVITY) {
      throw dossierError('REGISTER_EVIDENCE_LIMIT', { max: MAX_EVIDENCE_PER_ACTIVITY });
    }
    const file = await storeFile(tx, {
      content: opts.content,
      fileName: opts.fileName,
      rules: evidenceRules(ctx.config.uploadMaxBytes),
      uploadedBy: actor.personId,
    });
    const now = ctx.now();
    const id = await insertEvidence(tx, {
      activityId: activity.id,
      fileId: file.id,
      addedBy: actor.personId,
      now,
    });
    const evidence = presentEvidence({ ...file, id, activityId: activity.id, fileId: file.id });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'register-evidence.add',
      entityType: 'register-evidence',
      entityId: id,
      after: { ...evidence, activityId: activity.id, sha256: file.sha256 },
    });
    return evidence;
  });
}
