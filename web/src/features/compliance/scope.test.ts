import { describe, expect, it } from 'vitest';
import type { Institution, Role, RoleAssignment } from '../../../../contracts/identity.js';
import { complianceInstitutions, complianceUnits } from './scope';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const umcu: Institution = {
  id: id(1),
  slug: 'umcu',
  name: 'UMC Utrecht',
  kind: 'umc',
  units: [
    { id: id(10), parentId: null, kind: 'division', name: 'Divisie Hart en Longen' },
    { id: id(11), parentId: id(10), kind: 'department', name: 'Cardiologie' },
    { id: id(20), parentId: null, kind: 'division', name: 'Divisie Hersenen' },
    { id: id(21), parentId: id(20), kind: 'department', name: 'Neurologie' },
  ],
};
const aumc: Institution = { id: id(2), slug: 'aumc', name: 'Amsterdam UMC', kind: 'umc', units: [] };

const role = (name: Role, institution: Institution | null, unitId?: number): RoleAssignment => ({
  id: crypto.randomUUID(),
  role: name,
  institution: institution && { id: institution.id, name: institution.name },
  unit: unitId === undefined ? null : { id: id(unitId), name: 'unit' },
});

describe('the compliance view offers', () => {
  it('the institutions where the person is a line manager, coordinator or administrator', () => {
    const roles = [role('teacher', aumc), role('line-manager', umcu, 10)];
    const withPolicy = new Set<string>();
    expect(complianceInstitutions([umcu, aumc], roles, withPolicy).map((i) => i.name)).toEqual([
      'UMC Utrecht',
    ]);
    expect(complianceInstitutions([umcu, aumc], [role('educational-adviser', umcu)], withPolicy)).toEqual([]);
  });

  it('the platform administrator every institution that has a policy', () => {
    const admin = [role('administrator', null)];
    expect(complianceInstitutions([umcu, aumc], admin, new Set([aumc.id]))).toEqual([aumc]);
  });

  it("a line manager's own unit and what lies below it, nothing else", () => {
    expect(complianceUnits(umcu, [role('line-manager', umcu, 10)])).toEqual([
      { id: id(10), name: 'Divisie Hart en Longen', depth: 0 },
      { id: id(11), name: 'Cardiologie', depth: 1 },
    ]);
    expect(complianceUnits(umcu, [role('line-manager', umcu, 21)])).toEqual([
      { id: id(21), name: 'Neurologie', depth: 0 },
    ]);
  });

  it('every unit to an institution-wide coordinator, and none of another institution', () => {
    expect(complianceUnits(umcu, [role('coordinator', umcu)]).map((u) => u.depth)).toEqual([0, 1, 0, 1]);
    expect(complianceUnits(umcu, [role('coordinator', aumc)])).toEqual([]);
  });
});
