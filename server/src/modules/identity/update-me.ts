import type { Me, UpdateMe } from '../../../../contracts/identity.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { canUpdatePerson } from './identity.policy.js';
import { findPerson, findRolesOfPeople, updatePerson } from './identity.repository.js';
import { presentMe } from './present.js';

export async function updateMe(ctx: AppContext, actor: Actor, changes: UpdateMe): Promise<Me> {
  if (!canUpdatePerson(actor, actor.personId)) throw platformError('FORBIDDEN');
  return ctx.db.transaction(async (tx) => {
    const before = await findPerson(tx, actor.personId);
    if (!before) throw platformError('AUTH_REQUIRED');
    const after = await updatePerson(tx, actor.personId, changes);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'person.update',
      entityType: 'person',
      entityId: actor.personId,
      before: { displayName: before.displayName, language: before.language },
      after: { displayName: after.displayName, language: after.language },
    });
    const roles = (await findRolesOfPeople(tx, [actor.personId])).get(actor.personId) ?? [];
    return presentMe(after, roles);
  });
}
