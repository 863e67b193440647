import { describe, expect, it } from 'vitest';
import {
  type QualificationCode,
  TeachingProfile,
  type TeachingRole,
} from '../../../../../contracts/qualifications.js';
import { aumc } from '../policies/aumc.js';
import { advise } from './advise.js';
import { compilePolicy } from './compile.js';

// Amsterdam UMC, domain.md §3 and seed 001: every rule that decides the BKO's status, both sides of each boundary.

const policy = compilePolicy(aumc.versions[0]?.document);
type ProfileInput = Parameters<typeof TeachingProfile.parse>[0] & Record<string, unknown>;

function adviceFor(input: ProfileInput, held: QualificationCode[] = []) {
  return advise(policy, TeachingProfile.parse(input), held);
}
function bko(input: ProfileInput) {
  const q = adviceFor(input).qualifications[0];
  return { status: q?.status, rules: q?.rules };
}

/** exactly at every eligibility threshold */
const eligible: ProfileInput = {
  contactHoursPerYear: 20,
  teachingYears: 2,
  studentsSupervised: 3,
  competencyAreas: ['design', 'delivery', 'supervision', 'assessment', 'evaluation'],
};
const OBLIGED = { status: 'obligatory', rules: ['R-AUMC-OBL-1'] };
const ELIGIBLE = { status: 'eligible', rules: ['R-AUMC-ELIG-1'] };
const NOT = { status: 'not-applicable', rules: ['R-AUMC-ELIG-1'] };

describe('Amsterdam UMC: the policy is about the BKO only', () => {
  it('answers the BKO alone', () => {
    expect(adviceFor({}).qualifications.map((q) => q.code)).toEqual(['BKO']);
  });
});

describe('BKO obligatory with 40 or more contact hours a year (R-AUMC-OBL-1)', () => {
  it.each([
    [40, OBLIGED],
    [39, NOT],
    [39.5, NOT],
    [400, OBLIGED],
  ])('%s hours with nothing else', (hours, expected) => {
    expect(bko({ contactHoursPerYear: hours })).toEqual(expected);
  });
  it('outranks eligibility: 40 hours meeting every eligibility condition is obligatory', () => {
    expect(bko({ ...eligible, contactHoursPerYear: 40 })).toEqual(OBLIGED);
  });
});

describe('BKO obligatory for professors and associate professors (R-AUMC-OBL-1)', () => {
  it.each([
    'full-professor',
    'associate-professor',
    'teaching-professor',
    'teaching-associate-professor',
  ] as const)('a %s without teaching hours', (position) => {
    expect(bko({ positions: [position] })).toEqual(OBLIGED);
  });
});

describe('BKO obligatory for a key person in education (R-AUMC-OBL-1)', () => {
  const keyRoles: TeachingRole[] = [
    'unit-coordinator',
    'block-coordinator',
    'programme-coordinator',
    'examination-board',
    'assessment-committee',
    'programme-committee',
    'division-education-coordinator',
    'programme-director',
    'head-of-bachelor-master',
    'principal-educator',
    'medical-educator',
    'seconded-physician-teacher',
    'junior-teacher',
    'other-coordinating',
  ];
  it.each(keyRoles)('%s is a key role', (role) => {
    expect(bko({ roles: [role] })).toEqual(OBLIGED);
  });
  // The seed's list of key roles does not name these memberships; they decide nothing by themselves.
  it.each(['curriculum-committee', 'block-committee', 'line-committee', 'programme-council'] as const)(
    'membership of a %s alone is not',
    (role) => {
      expect(bko({ roles: [role] })).toEqual(NOT);
      expect(bko({ ...eligible, roles: [role] })).toEqual(ELIGIBLE);
    },
  );
});

describe('BKO open out of interest when all four conditions hold (R-AUMC-ELIG-1)', () => {
  it.each([
    ['exactly 20 hours, 2 years, 3 students, all five areas', {}, ELIGIBLE],
    ['19 hours', { contactHoursPerYear: 19 }, NOT],
    ['39 hours', { contactHoursPerYear: 39 }, ELIGIBLE],
    ['1 year at that load', { teachingYears: 1 }, NOT],
    ['2 students supervised', { studentsSupervised: 2 }, NOT],
    ['no design', { competencyAreas: ['delivery', 'supervision', 'assessment', 'evaluation'] }, NOT],
    ['no delivery', { competencyAreas: ['design', 'supervision', 'assessment', 'evaluation'] }, NOT],
    ['no supervision', { competencyAreas: ['design', 'delivery', 'assessment', 'evaluation'] }, NOT],
    ['no assessment', { competencyAreas: ['design', 'delivery', 'supervision', 'evaluation'] }, NOT],
    ['no evaluation', { competencyAreas: ['design', 'delivery', 'supervision', 'assessment'] }, NOT],
  ])('%s', (_, overrides, expected) => {
    expect(bko({ ...eligible, ...overrides })).toEqual(expected);
  });

  it('explains every condition that is not met', () => {
    const result = adviceFor({ ...eligible, contactHoursPerYear: 19, studentsSupervised: 2 })
      .qualifications[0];
    expect(result?.explanation.en).toBe(
      'You give fewer than 20 hours of contact teaching a year to groups of students; the BKO course asks for at least 20. ' +
        'You supervise fewer than three students individually; the BKO course asks for at least three.',
    );
  });
});

describe('notes (R-AUMC-EXEMPT-1, R-AUMC-COST-1)', () => {
  it('a teaching licence usually exempts from the schooling, whatever the status', () => {
    expect(adviceFor({ teachingLicence: true }).notes.map((n) => n.rule)).toEqual(['R-AUMC-EXEMPT-1']);
    expect(adviceFor({ ...eligible, teachingLicence: true }).notes.map((n) => n.rule)).toEqual([
      'R-AUMC-EXEMPT-1',
      'R-AUMC-COST-1',
    ]);
  });
  it('the course is free whenever the BKO is obligatory or open, and not mentioned otherwise', () => {
    expect(adviceFor({ contactHoursPerYear: 40 }).notes.map((n) => n.rule)).toEqual(['R-AUMC-COST-1']);
    expect(adviceFor(eligible).notes.map((n) => n.rule)).toEqual(['R-AUMC-COST-1']);
    expect(adviceFor({ contactHoursPerYear: 19 }).notes).toEqual([]);
  });
});

describe('qualifications already held', () => {
  it('marks the BKO held and still decides its status; other codes held are ignored', () => {
    const result = adviceFor({ contactHoursPerYear: 45 }, ['BKO', 'SKO']);
    expect(result.qualifications).toMatchObject([{ code: 'BKO', status: 'obligatory', held: true }]);
  });
});
