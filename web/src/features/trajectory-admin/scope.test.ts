import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '../../../../contracts/identity.js';
import { coordinatedInstitutions, stateCounts } from './scope';

const umcu = { id: crypto.randomUUID(), name: 'UMC Utrecht' };
const aumc = { id: crypto.randomUUID(), name: 'Amsterdam UMC' };
const role = (r: Partial<RoleAssignment>): RoleAssignment => ({
  id: crypto.randomUUID(),
  role: 'coordinator',
  institution: umcu,
  unit: null,
  ...r,
});

describe('coordinatedInstitutions', () => {
  it('offers each institution coordinated once, by name; a unit coordinator only for the overview', () => {
    const roles = [
      role({}),
      role({ unit: { id: crypto.randomUUID(), name: 'Hart en Longen' } }),
      role({ institution: aumc, unit: { id: crypto.randomUUID(), name: 'Onderwijs' } }),
      role({ role: 'teacher', institution: { id: crypto.randomUUID(), name: 'Andere' } }),
    ];
    expect(coordinatedInstitutions(roles, { wholeOnly: false })).toEqual([aumc, umcu]);
    expect(coordinatedInstitutions(roles, { wholeOnly: true })).toEqual([umcu]);
    expect(
      coordinatedInstitutions([role({ role: 'administrator', institution: null })], { wholeOnly: false }),
    ).toEqual([]);
  });
});

describe('stateCounts', () => {
  it('lists the states with trajectories in the order of the process', () => {
    expect(stateCounts({ 'draft-handed-in': 2, 'intake-requested': 1, withdrawn: 0 })).toEqual([
      { state: 'intake-requested', count: 1 },
      { state: 'draft-handed-in', count: 2 },
    ]);
    expect(stateCounts({})).toEqual([]);
  });
});
