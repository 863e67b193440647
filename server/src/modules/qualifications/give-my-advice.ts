import type { Language } from '../../../../contracts/common.js';
import { type Advice, TeachingProfile } from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { loadInstitution, policyOfInstitution } from './access.js';
import type { CompiledPolicies } from './compiled-policies.js';
import { advise } from './domain/advise.js';
import { dayInAmsterdam, versionInForce } from './domain/versions.js';
import { presentAdvice } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import { canAskMyAdvice } from './qualifications.policy.js';
import {
  findHeldCodes,
  findPublishedVersions,
  findTeachingProfile,
  findVersionDocument,
} from './qualifications.repository.js';

export interface GiveMyAdviceOptions {
  institutionId: string;
  on?: string;
  language: Language;
  compiled: CompiledPolicies;
}

/**
 * My advice at an institution: my stored profile there, with every qualification I earned anywhere as
 * held, under the institution's policy version in force on `on` (today in the Netherlands when absent).
 */
export async function giveMyAdvice(
  ctx: AppContext,
  actor: Actor,
  opts: GiveMyAdviceOptions,
): Promise<Advice> {
  const institution = await loadInstitution(ctx.db, opts.institutionId);
  if (!canAskMyAdvice(actor, institution.id)) throw platformError('FORBIDDEN');
  const policy = await policyOfInstitution(ctx.db, institution);
  const row = await findTeachingProfile(ctx.db, actor.personId, institution.id);
  if (!row) throw qualificationsError('TEACHING_PROFILE_NOT_FOUND');
  const on = opts.on ?? dayInAmsterdam(ctx.now());
  const version = versionInForce((await findPublishedVersions(ctx.db, policy.id)) ?? [], on);
  if (!version) throw qualificationsError('POLICY_NOT_IN_FORCE', { policy: policy.id, on });
  const compiled = await opts.compiled.get(version.id, () => findVersionDocument(ctx.db, version.id));
  const held = (await findHeldCodes(ctx.db, [actor.personId])).get(actor.personId) ?? [];
  return presentAdvice(
    { id: policy.id, version: version.version },
    advise(compiled, TeachingProfile.parse(row.profile), held),
    opts.language,
  );
}
