import { TeachingProfile, type TeachingProfileRecord } from '../../../../contracts/qualifications.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findPeopleNames } from '../identity/index.js';
import { loadInstitution } from './access.js';
import { canonicalJson } from './domain/diff.js';
import { peopleOfProfile, presentTeachingProfile } from './present.js';
import { canKeepTeachingProfile } from './qualifications.policy.js';
import { findTeachingProfile, saveTeachingProfile } from './qualifications.repository.js';

export interface SaveMyTeachingProfileOptions {
  institutionId: string;
  profile: TeachingProfile;
}

/**
 * The teacher writes their profile at an institution where they hold a role. A change clears a line
 * manager's confirmation, which was of what the profile said before; saving it unchanged keeps it.
 */
export async function saveMyTeachingProfile(
  ctx: AppContext,
  actor: Actor,
  opts: SaveMyTeachingProfileOptions,
): Promise<TeachingProfileRecord> {
  const institution = await loadInstitution(ctx.db, opts.institutionId);
  if (!canKeepTeachingProfile(actor, opts.institutionId)) throw platformError('FORBIDDEN');
  // stored complete, defaults filled in, so what a manager confirms is exactly what the policy reads
  const profile = TeachingProfile.parse(opts.profile);
  return ctx.db.transaction(async (tx) => {
    const before = await findTeachingProfile(tx, actor.personId, opts.institutionId);
    const unchanged = before !== null && canonicalJson(before.profile) === canonicalJson(profile);
    const row = await saveTeachingProfile(tx, {
      personId: actor.personId,
      institutionId: opts.institutionId,
      profile,
      updatedBy: actor.personId,
      now: ctx.now(),
      keepConfirmation: unchanged,
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'teaching-profile.save',
      entityType: 'teaching-profile',
      entityId: row.id,
      before: before ?? undefined,
      after: row,
    });
    return presentTeachingProfile(row, institution, await findPeopleNames(tx, peopleOfProfile(row)));
  });
}
