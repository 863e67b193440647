import type { RegisterActivity } from '../../../../contracts/register.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findPerson, findRolesOfPeople, listInstitutions } from '../identity/index.js';
import { dossierError } from './dossier.errors.js';
import { canReadDossier } from './dossier.policy.js';
import {
  type ActivityRow,
  evidenceOf,
  findActivityRow,
  lockActivityRow,
  pointsOf,
  providerActivityRefs,
} from './dossier.repository.js';
import { presentActivity } from './present-dossier.js';

// Loading what the dossier policies decide on, and the activities as the API shows them. Not-found before
// forbidden, as identity does: ids are random, so a 404 tells nothing a 403 would hide.

/** Refuses unless the actor may read the person's dossier; 404 for an unknown person. */
export async function authorizeDossierRead(db: Executor, actor: Actor, personId: string): Promise<void> {
  if (personId === actor.personId) return;
  if (!(await findPerson(db, personId))) throw dossierError('REGISTER_PERSON_NOT_FOUND');
  const roles = (await findRolesOfPeople(db, [personId])).get(personId) ?? [];
  if (!canReadDossier(actor, { id: personId, roles })) throw platformError('FORBIDDEN');
}

/**
 * An activity of the person's dossier; 404 when there is none, or it is someone else's. With `forUpdate`
 * the row stays locked until the transaction ends.
 */
export async function activityOf(
  db: Executor,
  personId: string,
  activityId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ActivityRow> {
  const row = options.forUpdate
    ? await lockActivityRow(db, activityId)
    : await findActivityRow(db, activityId);
  if (!row || row.personId !== personId) throw dossierError('REGISTER_ACTIVITY_NOT_FOUND');
  return row;
}

/** Activities as the API shows them, with their points, evidence and validating provider. */
export async function presentActivities(db: Executor, rows: ActivityRow[]): Promise<RegisterActivity[]> {
  const ids = rows.map((r) => r.id);
  const providerIds = rows.flatMap((r) => (r.providerActivityId ? [r.providerActivityId] : []));
  const [points, evidence, providerRefs] = await Promise.all([
    pointsOf(db, ids),
    evidenceOf(db, ids),
    providerActivityRefs(db, providerIds),
  ]);
  const providers = new Map(
    (await listInstitutions(db, [...new Set([...providerRefs.values()].map((r) => r.institutionId))])).map(
      (i) => [i.id, i.name],
    ),
  );
  return rows.map((row) => {
    const ref = row.providerActivityId ? providerRefs.get(row.providerActivityId) : undefined;
    const validated =
      ref && row.providerActivityId
        ? {
            providerActivityId: row.providerActivityId,
            number: ref.number,
            provider: { id: ref.institutionId, name: providers.get(ref.institutionId) ?? '' },
          }
        : null;
    return presentActivity(row, points.get(row.id) ?? [], evidence.get(row.id) ?? [], validated);
  });
}

export async function presentOne(db: Executor, row: ActivityRow): Promise<RegisterActivity> {
  const [presented] = await presentActivities(db, [row]);
  if (!presented) throw new Error('presenting one activity gave none');
  return presented;
}

/**
 * Refuses a change to an activity an audit took (R-REG-AUDIT-1) or a provider validated (R-REG-EVID-1:
 * the provider's record).
 */
export function assertChangeable(activity: RegisterActivity): void {
  if (activity.locked) throw dossierError('REGISTER_ACTIVITY_LOCKED');
  if (activity.validated) {
    throw dossierError('REGISTER_ACTIVITY_VALIDATED', { provider: activity.validated.provider.name });
  }
}
