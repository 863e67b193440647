import type { Language } from '../../../../contracts/common.js';
import type { RegisterActivity, RegisterActivityInput } from '../../../../contracts/register.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { assertActivityValid, storedActivity } from './activity-input.js';
import { replacePoints, updateActivityRow } from './dossier.repository.js';
import { activityOf, assertChangeable, presentOne } from './dossier-access.js';

/** A teacher changes an activity of their own dossier, until an audit takes it (R-REG-AUDIT-1). */
export async function changeActivity(
  ctx: AppContext,
  actor: Actor,
  opts: { activityId: string; input: RegisterActivityInput; language: Language },
): Promise<RegisterActivity> {
  assertActivityValid(opts.input, opts.language);
  const { values, points } = storedActivity(opts.input);
  return ctx.db.transaction(async (tx) => {
    const current = await activityOf(tx, actor.personId, opts.activityId, { forUpdate: true });
    const before = await presentOne(tx, current);
    assertChangeable(before);
    const row = await updateActivityRow(tx, current.id, { ...values, by: actor.personId, now: ctx.now() });
    await replacePoints(tx, row.id, points);
    const after = await presentOne(tx, row);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'register-activity.change',
      entityType: 'register-activity',
      entityId: row.id,
      before,
      after,
    });
    return after;
  });
}
