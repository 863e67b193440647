import type { Language } from '../../../../contracts/common.js';
import type { PolicyVersion } from '../../../../contracts/qualifications.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { findPeopleNames } from '../identity/index.js';
import { dayInAmsterdam, publicationProblem } from './domain/versions.js';
import { checkedDocument } from './draft-policy-version.js';
import { peopleOfVersion, presentVersion } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import {
  findVersionForUpdate,
  listVersions,
  lockPolicy,
  publishDraftVersion,
} from './qualifications.repository.js';
import { inForceAmong, loadAdministeredPolicy } from './read-policies.js';

export interface PublishPolicyVersionOptions {
  policyId: string;
  versionId: string;
  validFrom: string;
  /** of the problems a document refused by a stricter compiler is answered with */
  language: Language;
}

/**
 * Publishes a draft from `validFrom` (today or later in the Netherlands, and not the start of another
 * published version). From then on the version never changes, and the advice for any day from `validFrom`
 * on follows it at once in every process: the advice reads the list of versions on every request.
 */
export async function publishPolicyVersion(
  ctx: AppContext,
  actor: Actor,
  opts: PublishPolicyVersionOptions,
): Promise<PolicyVersion> {
  await loadAdministeredPolicy(ctx.db, actor, opts.policyId);
  const today = dayInAmsterdam(ctx.now());
  const row = await ctx.db.transaction(async (tx) => {
    // one publication of a policy at a time, so two cannot take the same start day
    await lockPolicy(tx, opts.policyId);
    const draft = await findVersionForUpdate(tx, opts.policyId, opts.versionId);
    if (!draft) throw qualificationsError('POLICY_VERSION_NOT_FOUND');
    if (draft.status === 'published')
      throw qualificationsError('POLICY_VERSION_PUBLISHED', { version: draft.version });
    const published = (await listVersions(tx, opts.policyId)).filter((v) => v.status === 'published');
    const problem = publicationProblem(
      opts.validFrom,
      today,
      published.map((v) => v.validFrom),
    );
    if (problem === 'start-in-past') {
      throw qualificationsError(
        'POLICY_VERSION_START_IN_PAST',
        { validFrom: opts.validFrom, today },
        { issues: [{ field: 'body.validFrom', message: `${opts.validFrom} < ${today}` }] },
      );
    }
    if (problem === 'start-taken')
      throw qualificationsError('POLICY_VERSION_START_TAKEN', { validFrom: opts.validFrom });
    // A draft was checked when saved; checked again, since the compiler may have grown stricter since.
    checkedDocument(draft.document, opts.language);
    // The version's name is its start day, as the shipped versions' are; a name in use keeps it unique.
    const names = new Set(published.map((v) => v.version));
    let version = opts.validFrom;
    for (let n = 2; names.has(version); n++) version = `${opts.validFrom}-${n}`;
    const after = await publishDraftVersion(tx, draft.id, {
      validFrom: opts.validFrom,
      version,
      publishedBy: actor.personId,
      now: ctx.now(),
    });
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'qualification-policy-version.publish',
      entityType: 'qualification-policy-version',
      entityId: after.id,
      before: { status: draft.status, validFrom: draft.validFrom },
      after: {
        status: after.status,
        validFrom: after.validFrom,
        version: after.version,
        policyId: after.policyId,
      },
    });
    return after;
  });
  const inForce = inForceAmong(await listVersions(ctx.db, opts.policyId), today);
  const names = await findPeopleNames(ctx.db, peopleOfVersion(row));
  return presentVersion(row, inForce?.id ?? null, names);
}
