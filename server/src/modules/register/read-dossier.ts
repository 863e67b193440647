import type {
  RegisterActivity,
  RegisterActivityList,
  RegisterSettings,
} from '../../../../contracts/register.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { findSettings, listActivityRows } from './dossier.repository.js';
import { activityOf, authorizeDossierRead, presentActivities, presentOne } from './dossier-access.js';
import { presentSettings } from './present-dossier.js';

// Reading a dossier: by its teacher, or by a coordinator or assessor of theirs (dossier.policy.ts).

export async function getRegisterSettings(
  ctx: AppContext,
  actor: Actor,
  personId: string,
): Promise<RegisterSettings> {
  await authorizeDossierRead(ctx.db, actor, personId);
  return presentSettings(await findSettings(ctx.db, personId));
}

/** Every activity of the dossier, newest first. Not paged: a dossier holds tens of activities, not thousands. */
export async function listDossierActivities(
  ctx: AppContext,
  actor: Actor,
  personId: string,
): Promise<RegisterActivityList> {
  await authorizeDossierRead(ctx.db, actor, personId);
  return { items: await presentActivities(ctx.db, await listActivityRows(ctx.db, personId)) };
}

export async function getDossierActivity(
  ctx: AppContext,
  actor: Actor,
  opts: { personId: string; activityId: string },
): Promise<RegisterActivity> {
  await authorizeDossierRead(ctx.db, actor, opts.personId);
  return presentOne(ctx.db, await activityOf(ctx.db, opts.personId, opts.activityId));
}
