import type { Executor } from '../../platform/db/database.js';
import type { ActorRole } from '../../platform/http/auth.js';
import {
  findInstitution,
  findInstitutionBySlug,
  findRolesOfPeople,
  type InstitutionRow,
} from '../identity/index.js';
import { qualificationsError } from './qualifications.errors.js';
import type { PersonAtInstitution } from './qualifications.policy.js';
import { findPolicyOfInstitution, type PolicyRow } from './qualifications.repository.js';

// Loading what the policies decide on. Not-found before forbidden, as identity does: ids are random, so
// a 404 tells nothing a 403 would hide.

export async function loadInstitution(db: Executor, institutionId: string): Promise<InstitutionRow> {
  const institution = await findInstitution(db, institutionId);
  if (!institution) throw qualificationsError('INSTITUTION_NOT_FOUND');
  return institution;
}

/** The units of every role the person holds at the institution (null for an institution-wide role). */
export async function personAt(
  db: Executor,
  personId: string,
  institutionId: string,
): Promise<PersonAtInstitution> {
  return personAtAmong(personId, institutionId, (await findRolesOfPeople(db, [personId])).get(personId));
}

/** `personAt` from roles already read, for many people at once. */
export function personAtAmong(
  personId: string,
  institutionId: string,
  roles: readonly ActorRole[] = [],
): PersonAtInstitution {
  return {
    personId,
    institutionId,
    unitPaths: roles.filter((r) => r.institutionId === institutionId).map((r) => r.unitPath),
  };
}

/** The institution's policy (linked by the institution's slug); 404 when it has none. */
export async function policyOfInstitution(db: Executor, institution: InstitutionRow): Promise<PolicyRow> {
  const policy = await findPolicyOfInstitution(db, institution.slug);
  if (!policy) throw qualificationsError('INSTITUTION_HAS_NO_POLICY', { institution: institution.name });
  return policy;
}

/** The institution a policy belongs to, when it is known here. */
export async function institutionOfPolicy(db: Executor, policy: PolicyRow): Promise<InstitutionRow | null> {
  return policy.institutionSlug ? findInstitutionBySlug(db, policy.institutionSlug) : null;
}
