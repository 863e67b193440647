import type { Language } from '../../../../contracts/common.js';
import type { Advice, AdviceRequest } from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { CompiledPolicies } from './compiled-policies.js';
import { advise } from './domain/advise.js';
import { dayInAmsterdam, versionInForce } from './domain/versions.js';
import { presentAdvice } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import { findPublishedVersions, findVersionDocument } from './qualifications.repository.js';

export interface GiveAdviceOptions extends AdviceRequest {
  language: Language;
  compiled: CompiledPolicies;
}

/**
 * Which qualifications a teacher must or may earn, under the version of the policy in force on `on`
 * (today in the Netherlands when absent). Public and read-only: nothing to authorize, nothing to audit.
 */
export async function giveAdvice(ctx: AppContext, opts: GiveAdviceOptions): Promise<Advice> {
  const on = opts.on ?? dayInAmsterdam(ctx.now());
  const versions = await findPublishedVersions(ctx.db, opts.policy);
  if (!versions) throw qualificationsError('POLICY_NOT_FOUND', { policy: opts.policy });
  const version = versionInForce(versions, on);
  if (!version) throw qualificationsError('POLICY_NOT_IN_FORCE', { policy: opts.policy, on });
  const policy = await opts.compiled.get(version.id, () => findVersionDocument(ctx.db, version.id));
  const { held, ...profile } = opts.profile;
  return presentAdvice(
    { id: opts.policy, version: version.version },
    advise(policy, profile, held),
    opts.language,
  );
}
