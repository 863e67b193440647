import type {
  AdviceRequestInput,
  InstitutionRef,
  MyTeachingProfiles,
  QualificationCode,
} from '../../../../contracts/qualifications.js';
import { type AdvicePolicy, askedFields, findPolicy, type ProfileField } from './policies';

/** The answers in the contract's own shape: every field optional, a missing one meaning "none". */
export type ProfileAnswers = AdviceRequestInput['profile'];

/**
 * The wizard's state. The profile part has the advice API's shape (which is also the shape of a teacher's
 * teaching profile), so a saved profile can be handed in as the starting answers as it is.
 */
export interface AdviceAnswers {
  /** the chosen policy; absent until the institution is chosen */
  policy?: string;
  profile: ProfileAnswers;
}

export const startingAnswers = (profile: ProfileAnswers = {}, policy?: string): AdviceAnswers => ({
  policy,
  profile,
});

/**
 * Where a logged-in teacher starts: their stored teaching profile at the institution asked for, else at the
 * first institution that has one under a policy the wizard knows, with every qualification they earned
 * marked held. Null when there is none to start from.
 */
export function answersFromProfiles(
  items: MyTeachingProfiles['items'],
  held: readonly QualificationCode[],
  institutionId?: string,
): { answers: AdviceAnswers; institution: InstitutionRef } | null {
  const usable = items.filter((item) => item.profile && findPolicy(item.policyId ?? undefined));
  const item = usable.find((candidate) => candidate.institution.id === institutionId) ?? usable[0];
  if (!item?.profile || !item.policyId) return null;
  return {
    answers: startingAnswers({ ...item.profile.profile, held: [...new Set(held)] }, item.policyId),
    institution: item.institution,
  };
}

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}

/**
 * The answers the chosen policy asks for, and only those: answers given for another institution before
 * switching stay in the wizard but are not sent, nor shown in the summary.
 */
export function askedAnswers(policy: AdvicePolicy, profile: ProfileAnswers): ProfileAnswers {
  const asked = pick(profile, askedFields(policy));
  if (asked.roles) asked.roles = asked.roles.filter((role) => policy.roles.includes(role));
  if (asked.held) asked.held = asked.held.filter((code) => policy.qualifications.includes(code));
  return asked;
}

export const adviceRequest = (policy: AdvicePolicy, profile: ProfileAnswers): AdviceRequestInput => ({
  policy: policy.id,
  profile: askedAnswers(policy, profile),
});

/**
 * Questions that need an answer before the next step. Everything else may stay empty ("none"), but a
 * contract left unanswered would silently count as temporary, which decides most UMC Utrecht rules.
 */
const answered: Partial<Record<ProfileField, (profile: ProfileAnswers) => boolean>> = {
  employment: (profile) => profile.employment?.permanent !== undefined,
};

export const unansweredFields = (fields: readonly ProfileField[], profile: ProfileAnswers): ProfileField[] =>
  fields.filter((field) => answered[field]?.(profile) === false);
