import { describe, expect, it } from 'vitest';
import { TeachingProfile } from '../../../../../contracts/qualifications.js';
import { aumc } from '../policies/aumc.js';
import { compilePolicy } from './compile.js';
import { assessCompliance, type ComplianceInput } from './compliance.js';

const policy = compilePolicy(aumc.versions[0]?.document);
const person = (id: string) => ({ id, displayName: id, email: `${id}@x.test` });

function teacher(id: string, profile: Partial<TeachingProfile> | null, held: ComplianceInput['held'] = []) {
  return {
    person: person(id),
    units: [],
    profile: profile
      ? {
          id,
          updatedAt: '2026-01-01T00:00:00.000Z',
          confirmedAt: null,
          profile: TeachingProfile.parse(profile),
        }
      : null,
    held,
  };
}

describe('compliance of a group of teachers (Amsterdam UMC)', () => {
  const result = assessCompliance(policy, [
    teacher('obliged', { contactHoursPerYear: 40 }),
    teacher('obliged-and-held', { contactHoursPerYear: 45 }, ['BKO']),
    teacher('not-obliged', { contactHoursPerYear: 39 }),
    teacher('no-profile', null, ['BKO']),
  ]);

  it('marks missing exactly what is obligatory and not held (R-AUMC-OBL-1 at 40 hours)', () => {
    expect(result.codes).toEqual(['BKO']);
    expect(
      result.teachers.map((t) => [t.person.id, t.qualifications[0]?.status, t.qualifications[0]?.missing]),
    ).toEqual([
      ['obliged', 'obligatory', true],
      ['obliged-and-held', 'obligatory', false],
      ['not-obliged', 'not-applicable', false],
      ['no-profile', 'no-profile', false],
    ]);
    expect(result.teachers[0]?.qualifications[0]?.rules).toEqual(['R-AUMC-OBL-1']);
  });

  it('shows a qualification held even without a profile', () => {
    expect(result.teachers[3]?.qualifications[0]).toEqual({
      code: 'BKO',
      status: 'no-profile',
      rules: [],
      held: true,
      missing: false,
    });
  });

  it('counts per qualification and per profile', () => {
    expect(result.summary).toEqual({
      teachers: 4,
      withProfile: 3,
      withoutProfile: 1,
      confirmed: 0,
      byQualification: [
        { code: 'BKO', obligatory: 2, eligible: 0, notApplicable: 1, noProfile: 1, held: 2, missing: 1 },
      ],
    });
  });
});
