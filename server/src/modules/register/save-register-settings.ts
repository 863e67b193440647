import type { RegisterSettings, RegisterSettingsInput } from '../../../../contracts/register.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { dossierError } from './dossier.errors.js';
import { findRegisterNumberHolder, findSettings, upsertSettings } from './dossier.repository.js';
import { presentSettings } from './present-dossier.js';

/** A teacher writes their own register settings; a register number names one person (R-REG-EVID-1). */
export async function saveMyRegisterSettings(
  ctx: AppContext,
  actor: Actor,
  input: RegisterSettingsInput,
): Promise<RegisterSettings> {
  return ctx.db.transaction(async (tx) => {
    if (input.registerNumber !== null) {
      const holder = await findRegisterNumberHolder(tx, input.registerNumber);
      if (holder && holder !== actor.personId) {
        throw dossierError('REGISTER_NUMBER_TAKEN', { number: input.registerNumber });
      }
    }
    const before = await findSettings(tx, actor.personId);
    const row = await upsertSettings(tx, {
      personId: actor.personId,
      ...input,
      updatedBy: actor.personId,
      now: ctx.now(),
    });
    const after = presentSettings(row);
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'register-settings.save',
      entityType: 'register-settings',
      entityId: actor.personId,
      before: before ? presentSettings(before) : null,
      after,
    });
    return after;
  });
}
