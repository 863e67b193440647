import { describe, expect, it } from 'vitest';
import { roles } from '../../../../contracts/identity.js';
import { actor, DEPARTMENT, DIVISION, OTHER, role, UMC } from '../../../test/policy-actors.js';
import {
  canAdminister,
  canAssignRole,
  canCreateInstitution,
  canCreatePerson,
  canListPeople,
  canViewInstitution,
  canViewPerson,
  isPlatformAdmin,
  roleCovers,
} from './identity.policy.js';

const platformAdmin = actor('pa', role('administrator', null));
const umcAdmin = actor('ua', role('administrator', UMC));
const divisionAdmin = actor('da', role('administrator', UMC, DIVISION));

describe('unit scope', () => {
  it('covers the unit itself and every unit below it, not the ones beside or above', () => {
    const r = role('line-manager', UMC, DIVISION);
    expect(roleCovers(r, { institutionId: UMC, unitPath: DIVISION })).toBe(true);
    expect(roleCovers(r, { institutionId: UMC, unitPath: DEPARTMENT })).toBe(true);
    expect(roleCovers(r, { institutionId: UMC, unitPath: '/other/' })).toBe(false);
    expect(roleCovers(r, { institutionId: UMC, unitPath: null })).toBe(false);
    expect(roleCovers(r, { institutionId: OTHER, unitPath: DIVISION })).toBe(false);
  });

  it('an institution-wide role covers every unit of that institution only', () => {
    const r = role('coordinator', UMC);
    expect(roleCovers(r, { institutionId: UMC, unitPath: DEPARTMENT })).toBe(true);
    expect(roleCovers(r, { institutionId: OTHER })).toBe(false);
  });
});

describe.each(roles.filter((r) => r !== 'administrator'))('a %s', (r) => {
  const someone = actor('me', role(r, UMC, DIVISION));
  const colleague = { id: 'colleague', roles: [role('teacher', UMC, DEPARTMENT)] };

  it('sees themselves but not a colleague', () => {
    expect(canViewPerson(someone, { id: 'me', roles: someone.roles })).toBe(true);
    expect(canViewPerson(someone, colleague)).toBe(false);
  });

  it('administers nothing: no people lists, no new people, institutions, units or roles', () => {
    expect(isPlatformAdmin(someone)).toBe(false);
    expect(canListPeople(someone, undefined)).toBe(false);
    expect(canListPeople(someone, UMC)).toBe(false);
    expect(canCreatePerson(someone)).toBe(false);
    expect(canCreateInstitution(someone)).toBe(false);
    expect(canAdminister(someone, { institutionId: UMC, unitPath: DEPARTMENT })).toBe(false);
    expect(canAssignRole(someone, { role: 'teacher', institutionId: UMC, unitPath: DEPARTMENT })).toBe(false);
  });

  it('sees their own institution but not another', () => {
    expect(canViewInstitution(someone, UMC)).toBe(true);
    expect(canViewInstitution(someone, OTHER)).toBe(false);
  });
});

describe('the platform administrator', () => {
  it('may do everything', () => {
    expect(canCreateInstitution(platformAdmin)).toBe(true);
    expect(canListPeople(platformAdmin, undefined)).toBe(true);
    expect(canViewPerson(platformAdmin, { id: 'x', roles: [] })).toBe(true);
    expect(canAssignRole(platformAdmin, { role: 'administrator', institutionId: null, unitPath: null })).toBe(
      true,
    );
    expect(canViewInstitution(platformAdmin, OTHER)).toBe(true);
  });
});

describe("an institution's administrator", () => {
  it('administers that institution and its people, not another, and appoints no platform administrator', () => {
    expect(canCreateInstitution(umcAdmin)).toBe(false);
    expect(canListPeople(umcAdmin, UMC)).toBe(true);
    expect(canListPeople(umcAdmin, OTHER)).toBe(false);
    expect(canViewPerson(umcAdmin, { id: 'x', roles: [role('teacher', UMC, DEPARTMENT)] })).toBe(true);
    expect(canViewPerson(umcAdmin, { id: 'y', roles: [role('teacher', OTHER)] })).toBe(false);
    expect(canAssignRole(umcAdmin, { role: 'coordinator', institutionId: UMC, unitPath: null })).toBe(true);
    expect(canAssignRole(umcAdmin, { role: 'coordinator', institutionId: OTHER, unitPath: null })).toBe(
      false,
    );
    expect(canAssignRole(umcAdmin, { role: 'administrator', institutionId: null, unitPath: null })).toBe(
      false,
    );
  });
});

describe("a division's administrator", () => {
  it('administers the division and below, but not the institution as a whole', () => {
    expect(canAdminister(divisionAdmin, { institutionId: UMC, unitPath: DEPARTMENT })).toBe(true);
    expect(canAdminister(divisionAdmin, { institutionId: UMC, unitPath: null })).toBe(false);
    expect(canAssignRole(divisionAdmin, { role: 'teacher', institutionId: UMC, unitPath: DEPARTMENT })).toBe(
      true,
    );
    expect(canAssignRole(divisionAdmin, { role: 'teacher', institutionId: UMC, unitPath: '/other/' })).toBe(
      false,
    );
    expect(canListPeople(divisionAdmin, UMC)).toBe(false);
  });
});
