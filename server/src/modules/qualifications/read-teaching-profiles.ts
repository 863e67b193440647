import type { MyTeachingProfiles, TeachingProfileRecord } from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import { findInstitution, findPeopleNames, listInstitutions } from '../identity/index.js';
import { loadInstitution, personAt } from './access.js';
import { peopleOfProfile, presentTeachingProfile } from './present.js';
import { qualificationsError } from './qualifications.errors.js';
import { canKeepTeachingProfile, canReadTeachingProfile } from './qualifications.policy.js';
import {
  findTeachingProfile,
  findTeachingProfileById,
  listPolicies,
  listTeachingProfilesOfPerson,
} from './qualifications.repository.js';

/** Every institution where I hold a role, each with my profile there (or none yet) and whether it has a policy. */
export async function listMyTeachingProfiles(ctx: AppContext, actor: Actor): Promise<MyTeachingProfiles> {
  const institutionIds = [...new Set(actor.roles.flatMap((r) => (r.institutionId ? [r.institutionId] : [])))];
  const institutions = await listInstitutions(ctx.db, institutionIds);
  const [profiles, policies] = await Promise.all([
    listTeachingProfilesOfPerson(ctx.db, actor.personId),
    listPolicies(
      ctx.db,
      institutions.map((i) => i.slug),
    ),
  ]);
  const names = await findPeopleNames(ctx.db, profiles.flatMap(peopleOfProfile));
  return {
    items: institutions.map((institution) => {
      const row = profiles.find((p) => p.institutionId === institution.id);
      return {
        institution: { id: institution.id, name: institution.name },
        policyId: policies.find((p) => p.institutionSlug === institution.slug)?.id ?? null,
        profile: row ? presentTeachingProfile(row, institution, names) : null,
      };
    }),
  };
}

export async function getMyTeachingProfile(
  ctx: AppContext,
  actor: Actor,
  institutionId: string,
): Promise<TeachingProfileRecord> {
  const institution = await loadInstitution(ctx.db, institutionId);
  if (!canKeepTeachingProfile(actor, institutionId)) throw platformError('FORBIDDEN');
  const row = await findTeachingProfile(ctx.db, actor.personId, institutionId);
  if (!row) throw qualificationsError('TEACHING_PROFILE_NOT_FOUND');
  return presentTeachingProfile(row, institution, await findPeopleNames(ctx.db, peopleOfProfile(row)));
}

/** Someone's profile, for them or for a line manager, coordinator or adviser whose scope covers them. */
export async function getTeachingProfile(
  ctx: AppContext,
  actor: Actor,
  profileId: string,
): Promise<TeachingProfileRecord> {
  const row = await findTeachingProfileById(ctx.db, profileId);
  if (!row) throw qualificationsError('TEACHING_PROFILE_NOT_FOUND');
  if (!canReadTeachingProfile(actor, await personAt(ctx.db, row.personId, row.institutionId))) {
    throw platformError('FORBIDDEN');
  }
  const institution = await findInstitution(ctx.db, row.institutionId);
  if (!institution) throw qualificationsError('INSTITUTION_NOT_FOUND');
  return presentTeachingProfile(row, institution, await findPeopleNames(ctx.db, peopleOfProfile(row)));
}
