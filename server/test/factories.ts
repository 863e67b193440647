import { randomBytes } from 'node:crypto';
import type { InstitutionKind, Role, UnitKind } from '../../contracts/identity.js';
import type {
  PolicyDocumentInput,
  QualificationCode,
  TeachingProfile as TeachingProfileType,
} from '../../contracts/qualifications.js';
import { PolicyDocument, TeachingProfile } from '../../contracts/qualifications.js';
import {
  insertAccount,
  insertInstitution,
  insertPerson,
  insertRoleAssignment,
  insertUnit,
  type UnitRow,
} from '../src/modules/identity/identity.repository.js';
import { hashPassword } from '../src/modules/identity/passwords.js';
import { ensureBuiltInPolicies } from '../src/modules/qualifications/index.js';
import {
  insertEarnedQualification,
  saveTeachingProfile,
} from '../src/modules/qualifications/qualifications.repository.js';
import type { Db } from '../src/platform/db/database.js';
import { TEST_PASSWORD } from './harness.js';

const unique = () => randomBytes(4).toString('hex');

let testPasswordHash: Promise<string> | undefined;
// Hashed once per file: argon2 is slow on purpose.
const hashOfTestPassword = () => {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  return testPasswordHash;
};

/** An institution with a division and a department below it. */
export async function makeInstitution(
  db: Db,
  overrides: { name?: string; kind?: InstitutionKind; slug?: string } = {},
) {
  const suffix = unique();
  const institution = await insertInstitution(db, {
    slug: overrides.slug ?? `inst-${suffix}`,
    name: overrides.name ?? `Instelling ${suffix}`,
    kind: overrides.kind ?? 'umc',
  });
  const division = await insertUnit(db, {
    institutionId: institution.id,
    parent: null,
    kind: 'division',
    name: 'Divisie A',
  });
  const department = await insertUnit(db, {
    institutionId: institution.id,
    parent: division,
    kind: 'department',
    name: 'Afdeling A1',
  });
  const otherDivision = await insertUnit(db, {
    institutionId: institution.id,
    parent: null,
    kind: 'division',
    name: 'Divisie B',
  });
  return { institution, division, department, otherDivision };
}

export async function makeUnit(
  db: Db,
  institutionId: string,
  parent: UnitRow | null,
  kind: UnitKind = 'department',
) {
  return insertUnit(db, { institutionId, parent, kind, name: `Onderdeel ${unique()}` });
}

export interface PersonOverrides {
  email?: string;
  displayName?: string;
  /** false: no local account (SSO only) */
  password?: string | false;
  roles?: { role: Role; institutionId: string | null; unitId?: string | null }[];
}

/** A person with a local account (password TEST_PASSWORD) and the given roles. */
export async function makePerson(db: Db, overrides: PersonOverrides = {}) {
  const person = await insertPerson(db, {
    displayName: overrides.displayName ?? `Persoon ${unique()}`,
    email: overrides.email ?? `p-${unique()}@example.test`,
    language: 'nl',
  });
  if (overrides.password !== false) {
    const hash = overrides.password ? await hashPassword(overrides.password) : await hashOfTestPassword();
    await insertAccount(db, person.id, hash);
  }
  for (const r of overrides.roles ?? []) {
    await insertRoleAssignment(db, {
      personId: person.id,
      role: r.role,
      institutionId: r.institutionId,
      unitId: r.unitId ?? null,
    });
  }
  return person;
}

const text = (s: string) => ({ nl: s, en: s });

/** A small policy document: the BKO obligatory from `threshold` fte (R-TEST-BKO-1), eligible from any teaching. */
export function testPolicyDocument(threshold = 0.2): PolicyDocumentInput {
  return {
    qualifications: [
      {
        code: 'BKO',
        obligatoryWhen: [
          {
            id: 'R-TEST-BKO-1',
            logic: { '>=': [{ var: 'teachingFte' }, threshold] },
            explanation: text(`at least ${threshold} fte`),
          },
        ],
        eligibleWhen: [
          { id: 'R-TEST-BKO-2', logic: { '>': [{ var: 'teachingFte' }, 0] }, explanation: text('teaches') },
        ],
        notApplicable: { otherwise: { explanation: text('no teaching') } },
      },
    ],
  };
}

/**
 * A published policy for the institution with `institutionSlug` (one version from 2020-01-01 unless given),
 * inserted as the shipped policies are.
 */
export async function makePolicy(
  db: Db,
  overrides: {
    institutionSlug: string | null;
    id?: string;
    versions?: { version: string; validFrom: string; document: PolicyDocumentInput }[];
  },
) {
  const id = overrides.id ?? `pol-${unique()}`;
  const versions = overrides.versions ?? [
    { version: '2020-01-01', validFrom: '2020-01-01', document: testPolicyDocument() },
  ];
  await ensureBuiltInPolicies(db, new Date(), [
    { id, institutionSlug: overrides.institutionSlug, name: `Beleid ${id}`, versions },
  ]);
  return { id, versions };
}

/** A stored teaching profile; fields left out mean "none", as in the contract. */
export async function makeTeachingProfile(
  db: Db,
  values: {
    personId: string;
    institutionId: string;
    profile?: Partial<TeachingProfileType>;
  },
) {
  const row = await saveTeachingProfile(db, {
    personId: values.personId,
    institutionId: values.institutionId,
    profile: TeachingProfile.parse(values.profile ?? {}),
    updatedBy: values.personId,
    now: new Date(),
    keepConfirmation: false,
  });
  return row;
}

/** An earned qualification on the person's record. */
export async function makeEarnedQualification(
  db: Db,
  values: {
    personId: string;
    code: QualificationCode;
    earnedOn?: string;
    issuer?: string;
    recordedBy?: string;
  },
) {
  const row = await insertEarnedQualification(db, {
    personId: values.personId,
    code: values.code,
    earnedOn: values.earnedOn ?? '2020-06-30',
    issuer: values.issuer ?? 'Universiteit Utrecht',
    institutionId: null,
    recordedBy: values.recordedBy ?? values.personId,
    now: new Date(),
  });
  if (!row) throw new Error(`${values.code} already recorded`);
  return row;
}

/** The shipped document as stored, defaults filled in: what a draft copied from it contains. */
export function parsedDocument(document: PolicyDocumentInput) {
  return PolicyDocument.parse(document);
}
