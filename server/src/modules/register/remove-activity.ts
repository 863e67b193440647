import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { deleteStoredFiles } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { deleteActivityRow, evidenceOf } from './dossier.repository.js';
import { activityOf, assertChangeable, presentOne } from './dossier-access.js';

/**
 * A teacher removes an activity of their own dossier, with its evidence files, until an audit takes it
 * (R-REG-AUDIT-1). The audit row keeps what it was (the files' descriptions, not their bytes).
 */
export async function removeActivity(ctx: AppContext, actor: Actor, activityId: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const row = await activityOf(tx, actor.personId, activityId, { forUpdate: true });
    const before = await presentOne(tx, row);
    assertChangeable(before);
    const files = ((await evidenceOf(tx, [row.id])).get(row.id) ?? []).map((e) => e.fileId);
    await deleteActivityRow(tx, row.id);
    await deleteStoredFiles(tx, files);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'register-activity.remove',
      entityType: 'register-activity',
      entityId: row.id,
      before,
    });
  });
}
