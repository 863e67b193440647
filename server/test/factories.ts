import { randomBytes } from 'node:crypto';
import type { InstitutionKind, Role, UnitKind } from '../../contracts/identity.js';
import {
  insertAccount,
  insertInstitution,
  insertPerson,
  insertRoleAssignment,
  insertUnit,
  type UnitRow,
} from '../src/modules/identity/identity.repository.js';
import { hashPassword } from '../src/modules/identity/passwords.js';
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
export async function makeInstitution(db: Db, overrides: { name?: string; kind?: InstitutionKind } = {}) {
  const suffix = unique();
  const institution = await insertInstitution(db, {
    slug: `inst-${suffix}`,
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
