import type { TeachingProfileRecord } from '../../../../contracts/qualifications.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution, findPeopleNames } from '../identity/index.js';
import { personAt } from './access.js';
import { peopleOfProfile, presentTeachingProfile } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import { canConfirmTeachingProfile } from './qualifications.policy.js';
import { confirmTeachingProfileRow, findTeachingProfileById } from './qualifications.repository.js';

export interface ConfirmTeachingProfileOptions {
  profileId: string;
  /** the version the confirmer read; a later change by the teacher makes it a conflict */
  updatedAt?: string;
}

/** A line manager confirms a teacher's profile in their unit scope, as it stands now. */
export async function confirmTeachingProfile(
  ctx: AppContext,
  actor: Actor,
  opts: ConfirmTeachingProfileOptions,
): Promise<TeachingProfileRecord> {
  return ctx.db.transaction(async (tx) => {
    const before = await findTeachingProfileById(tx, opts.profileId, { forUpdate: true });
    if (!before) throw qualificationsError('TEACHING_PROFILE_NOT_FOUND');
    if (!canConfirmTeachingProfile(actor, await personAt(tx, before.personId, before.institutionId))) {
      throw platformError('FORBIDDEN');
    }
    if (opts.updatedAt !== undefined && Date.parse(opts.updatedAt) !== before.updatedAt.getTime()) {
      throw qualificationsError('TEACHING_PROFILE_CHANGED');
    }
    const row = await confirmTeachingProfileRow(tx, before.id, {
      confirmedBy: actor.personId,
      now: ctx.now(),
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'teaching-profile.confirm',
      entityType: 'teaching-profile',
      entityId: row.id,
      before: { confirmedBy: before.confirmedBy, confirmedAt: before.confirmedAt },
      after: { confirmedBy: row.confirmedBy, confirmedAt: row.confirmedAt, updatedAt: row.updatedAt },
    });
    const institution = await findInstitution(tx, row.institutionId);
    if (!institution) throw qualificationsError('INSTITUTION_NOT_FOUND');
    return presentTeachingProfile(row, institution, await findPeopleNames(tx, peopleOfProfile(row)));
  });
}
