import type { Language } from '../../../../contracts/common.js';
import type { RegisterActivity, RegisterActivityInput } from '../../../../contracts/register.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { assertActivityValid, storedActivity } from './activity-input.js';
import { insertActivityRow, replacePoints } from './dossier.repository.js';
import { presentOne } from './dossier-access.js';

/** A teacher records an activity in their own dossier (not validated: R-REG-AUDIT-1). */
export async function recordActivity(
  ctx: AppContext,
  actor: Actor,
  input: RegisterActivityInput,
  language: Language,
): Promise<RegisterActivity> {
  assertActivityValid(input, language);
  const { values, points } = storedActivity(input);
  return ctx.db.transaction(async (tx) => {
    const row = await insertActivityRow(tx, {
      ...values,
      personId: actor.personId,
      by: actor.personId,
      now: ctx.now(),
    });
    await replacePoints(tx, row.id, points);
    const after = await presentOne(tx, row);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'register-activity.record',
      entityType: 'register-activity',
      entityId: row.id,
      after,
    });
    return after;
  });
}
