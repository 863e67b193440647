import type { Language } from '../../../../contracts/common.js';
import {
  type Advice,
  type EarnedQualification,
  type PersonRef,
  PolicyDocument,
  type PolicyVersion,
  type PolicyVersionSummary,
  TeachingProfile,
  type TeachingProfileRecord,
} from '../../../../contracts/qualifications.js';
import type { AdviceOutcome } from './domain/advise.js';
import type {
  EarnedQualificationRow,
  PolicyVersionRow,
  TeachingProfileRow,
} from './qualifications.repository.js';

export function presentAdvice(
  policy: { id: string; version: string },
  outcome: AdviceOutcome,
  language: Language,
): Advice {
  return {
    policy,
    qualifications: outcome.qualifications.map((q) => ({
      code: q.code,
      status: q.status,
      rules: q.rules,
      explanation: q.explanation[language],
      ...(q.held ? { held: true as const } : {}),
    })),
    notes: outcome.notes.map((n) => ({ rule: n.rule, text: n.text[language] })),
  };
}

type Names = Map<string, { displayName: string }>;

/** A person by id with their name; a person no longer known here keeps the id and an empty name. */
export function personRef(id: string, names: Names): PersonRef {
  return { id, displayName: names.get(id)?.displayName ?? '' };
}

export function presentTeachingProfile(
  row: TeachingProfileRow,
  institution: { id: string; name: string },
  names: Names,
): TeachingProfileRecord {
  return {
    id: row.id,
    person: personRef(row.personId, names),
    institution: { id: institution.id, name: institution.name },
    profile: TeachingProfile.parse(row.profile),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: personRef(row.updatedBy, names),
    confirmation:
      row.confirmedBy && row.confirmedAt
        ? { confirmedBy: personRef(row.confirmedBy, names), confirmedAt: row.confirmedAt.toISOString() }
        : null,
  };
}

/** The people a profile names, for one lookup of their names. */
export function peopleOfProfile(row: TeachingProfileRow): string[] {
  return [row.personId, row.updatedBy, ...(row.confirmedBy ? [row.confirmedBy] : [])];
}

export function presentEarned(
  row: EarnedQualificationRow,
  institutions: Map<string, { name: string }>,
  names: Names,
): EarnedQualification {
  const institution = row.institutionId ? institutions.get(row.institutionId) : undefined;
  return {
    id: row.id,
    personId: row.personId,
    code: row.code,
    earnedOn: row.earnedOn,
    issuer: row.issuer,
    institution: row.institutionId && institution ? { id: row.institutionId, name: institution.name } : null,
    recordedBy: personRef(row.recordedBy, names),
    recordedAt: row.recordedAt.toISOString(),
  };
}

/** The people a version names: who drafted it and who last changed it (for a published one: its publisher). */
export const peopleOfVersion = (row: PolicyVersionRow): string[] =>
  [row.createdBy, row.updatedBy].filter((id): id is string => id !== null);

export function presentVersionSummary(
  row: PolicyVersionRow,
  inForceId: string | null,
  names: Names,
): PolicyVersionSummary {
  return {
    id: row.id,
    policyId: row.policyId,
    version: row.status === 'published' ? row.version : null,
    status: row.status,
    validFrom: row.validFrom,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    // A published version never changes after, so its last change is the publication.
    publishedBy: row.status === 'published' && row.updatedBy ? personRef(row.updatedBy, names) : null,
    inForce: row.id === inForceId,
    basedOn: row.basedOn,
    createdBy: row.createdBy ? personRef(row.createdBy, names) : null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentVersion(row: PolicyVersionRow, inForceId: string | null, names: Names): PolicyVersion {
  return { ...presentVersionSummary(row, inForceId, names), document: PolicyDocument.parse(row.document) };
}
