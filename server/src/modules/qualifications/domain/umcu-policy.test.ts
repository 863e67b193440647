import { describe, expect, it } from 'vitest';
import {
  type QualificationCode,
  TeachingProfile,
  type TeachingRole,
  teachingRoles,
} from '../../../../../contracts/qualifications.js';
import { umcu } from '../policies/umcu.js';
import { advise } from './advise.js';
import { compilePolicy } from './compile.js';

// UMC Utrecht, domain.md §2 and seed 000: every rule that decides a status, on both sides of each boundary.

const [oldVersion, currentVersion] = umcu.versions;
const current = compilePolicy(currentVersion?.document);
const old = compilePolicy(oldVersion?.document);

type ProfileInput = Parameters<typeof TeachingProfile.parse>[0] & Record<string, unknown>;

function adviceFor(input: ProfileInput, held: QualificationCode[] = [], policy = current) {
  return advise(policy, TeachingProfile.parse(input), held);
}
function outcome(code: QualificationCode, input: ProfileInput, held: QualificationCode[] = []) {
  const q = adviceFor(input, held).qualifications.find((x) => x.code === code);
  if (!q) throw new Error(`no ${code}`);
  return { status: q.status, rules: q.rules };
}
const notesOf = (input: ProfileInput, held: QualificationCode[] = []) =>
  adviceFor(input, held).notes.map((n) => n.rule);

/** a broad task of exactly 0.2 fte, appointed for exactly 2 years */
const broad: ProfileInput = {
  employment: { permanent: false, years: 2 },
  teachingFte: 0.2,
  competencyAreas: ['design', 'delivery', 'assessment'],
  deliveryTasks: ['lecture', 'working-group'],
};
/** a limited delivery task: two delivery tasks, 0.15 fte, no design or assessment, 2 years */
const limited: ProfileInput = {
  employment: { permanent: false, years: 2 },
  teachingFte: 0.15,
  competencyAreas: ['delivery'],
  deliveryTasks: ['lecture', 'working-group'],
};
const BKO_1 = ['R-UMCU-BKO-1', 'R-UMCU-BKO-3'];
const BKO_ELIGIBLE = { status: 'eligible', rules: ['R-UMCU-ROUTE-1'] };

describe('UMC Utrecht: the policy lists BKO, UvO, KKO and SKO in that order', () => {
  it('answers for all four qualifications, even with an empty profile', () => {
    expect(adviceFor({}).qualifications.map((q) => q.code)).toEqual(['BKO', 'UvO', 'KKO', 'SKO']);
  });
});

describe('BKO obligatory for a broad task of at least 0.2 fte, employed at least 2 years (R-UMCU-BKO-1, R-UMCU-BKO-3)', () => {
  it.each([
    ['exactly 0.2 fte and 2 years', {}, { status: 'obligatory', rules: BKO_1 }],
    ['0.19 fte', { teachingFte: 0.19 }, BKO_ELIGIBLE],
    [
      '0.1 + 0.1 fte, summed by the caller',
      { teachingFte: 0.1 + 0.1 },
      { status: 'obligatory', rules: BKO_1 },
    ],
    [
      '0.7 - 0.5 fte (0.19999999999999996)',
      { teachingFte: 0.7 - 0.5 },
      { status: 'obligatory', rules: BKO_1 },
    ],
    ['0.199 fte', { teachingFte: 0.199 }, BKO_ELIGIBLE],
    ['an appointment of 1 year', { employment: { years: 1 } }, BKO_ELIGIBLE],
    ['an appointment of 1.9 years', { employment: { years: 1.9 } }, BKO_ELIGIBLE],
    [
      'a permanent contract, years not given',
      { employment: { permanent: true } },
      { status: 'obligatory', rules: BKO_1 },
    ],
    ['no design task', { competencyAreas: ['delivery', 'assessment'] }, BKO_ELIGIBLE],
    ['no delivery task', { competencyAreas: ['design', 'assessment'] }, BKO_ELIGIBLE],
    ['no assessment task', { competencyAreas: ['design', 'delivery'] }, BKO_ELIGIBLE],
    [
      '1.0 fte and all five areas',
      { teachingFte: 1, competencyAreas: ['design', 'delivery', 'supervision', 'assessment', 'evaluation'] },
      { status: 'obligatory', rules: BKO_1 },
    ],
  ])('%s', (_, overrides, expected) => {
    expect(outcome('BKO', { ...broad, ...overrides })).toEqual(expected);
  });
});

describe('BKO obligatory for every (teaching) professor, associate professor and block coordinator, whatever the task (R-UMCU-BKO-2)', () => {
  it.each([
    'full-professor',
    'associate-professor',
    'teaching-professor',
    'teaching-associate-professor',
  ] as const)('a %s without any teaching task', (position) => {
    expect(outcome('BKO', { positions: [position] })).toEqual({
      status: 'obligatory',
      rules: ['R-UMCU-BKO-2'],
    });
  });

  it('a block coordinator with 0.05 fte', () => {
    expect(outcome('BKO', { roles: ['block-coordinator'], teachingFte: 0.05 })).toEqual({
      status: 'obligatory',
      rules: ['R-UMCU-BKO-2'],
    });
  });

  it('another coordinator with a small task is not obliged by this rule', () => {
    expect(outcome('BKO', { roles: ['programme-coordinator'], teachingFte: 0.05 })).toEqual(BKO_ELIGIBLE);
  });

  it('cites every rule that holds when several do, each once, and explains each', () => {
    const result = adviceFor({ ...broad, positions: ['full-professor'], roles: ['block-coordinator'] });
    const bko = result.qualifications[0];
    expect(bko?.rules).toEqual(['R-UMCU-BKO-1', 'R-UMCU-BKO-3', 'R-UMCU-BKO-2']);
    expect(bko?.explanation.nl).toContain('brede onderwijstaak');
    expect(bko?.explanation.nl).toContain('hoogleraar');
    expect(bko?.explanation.nl).toContain('blokcoördinator');
  });
});

describe('BKO open to every teacher, not applicable without teaching (R-UMCU-ROUTE-1)', () => {
  it.each([
    ['some teaching fte only', { teachingFte: 0.01 }],
    ['a delivery task only', { deliveryTasks: ['tutor-mentor'] }],
    ['a competency area only', { competencyAreas: ['evaluation'] }],
  ])('eligible with %s', (_, profile) => {
    expect(outcome('BKO', profile)).toEqual(BKO_ELIGIBLE);
  });

  it('not applicable, citing no rule, with no teaching at all', () => {
    const bko = adviceFor({ employment: { permanent: true } }).qualifications[0];
    expect(bko).toMatchObject({ status: 'not-applicable', rules: [] });
    expect(bko?.explanation.en).toBe('You have no teaching task, so the BKO does not apply to you.');
  });
});

describe('UvO obligatory for a limited delivery task of 0.1 up to 0.2 fte (R-UMCU-UVO-1, R-UMCU-UVO-2)', () => {
  const UVO_OBLIGATORY = { status: 'obligatory', rules: ['R-UMCU-UVO-1', 'R-UMCU-UVO-2'] };
  const UVO_STEP = { status: 'eligible', rules: ['R-UMCU-UVO-4'] };
  it.each([
    ['two delivery tasks, 0.15 fte, 2 years', {}, UVO_OBLIGATORY],
    ['exactly 0.1 fte', { teachingFte: 0.1 }, UVO_OBLIGATORY],
    ['0.099 fte', { teachingFte: 0.099 }, UVO_STEP],
    ['0.19 fte', { teachingFte: 0.19 }, UVO_OBLIGATORY],
    ['exactly 0.2 fte: no longer "less than 0.2"', { teachingFte: 0.2 }, UVO_STEP],
    ['an appointment of 1 year', { employment: { years: 1 } }, UVO_STEP],
    ['a permanent contract', { employment: { permanent: true } }, UVO_OBLIGATORY],
    [
      'seven delivery tasks',
      {
        deliveryTasks: [
          'lecture',
          'working-lecture',
          'working-group',
          'skills-training',
          'practical',
          'placement-supervision',
          'tutor-mentor',
        ],
      },
      UVO_OBLIGATORY,
    ],
    ['one delivery task', { deliveryTasks: ['lecture'] }, UVO_STEP],
    ['the same kind of task twice', { deliveryTasks: ['lecture', 'lecture'] }, UVO_STEP],
    ['a design task as well', { competencyAreas: ['delivery', 'design'] }, UVO_STEP],
    ['an assessment task as well', { competencyAreas: ['delivery', 'assessment'] }, UVO_STEP],
    [
      'supervision and evaluation as well',
      { competencyAreas: ['delivery', 'supervision', 'evaluation'] },
      UVO_OBLIGATORY,
    ],
  ])('%s', (_, overrides, expected) => {
    expect(outcome('UvO', { ...limited, ...overrides })).toEqual(expected);
  });
});

describe('UvO as a step towards the BKO (R-UMCU-UVO-4)', () => {
  it('is open when the BKO is obligatory', () => {
    expect(outcome('UvO', broad)).toEqual({ status: 'eligible', rules: ['R-UMCU-UVO-4'] });
  });
  it('is open when the BKO is open', () => {
    expect(outcome('UvO', { teachingFte: 0.05, deliveryTasks: ['lecture'] })).toEqual({
      status: 'eligible',
      rules: ['R-UMCU-UVO-4'],
    });
  });
  it('does not apply without teaching', () => {
    expect(outcome('UvO', {})).toEqual({ status: 'not-applicable', rules: [] });
  });
});

describe('a single teaching task needs schooling, no qualification (R-UMCU-UVO-3)', () => {
  const single: ProfileInput = { ...limited, deliveryTasks: ['placement-supervision'] };
  it('notes it when one delivery task is all and nothing is obligatory', () => {
    const result = adviceFor(single);
    expect(result.qualifications.filter((q) => q.status === 'obligatory')).toEqual([]);
    expect(result.notes.map((n) => n.rule)).toContain('R-UMCU-UVO-3');
  });
  it.each([
    ['two delivery tasks', { deliveryTasks: ['lecture', 'tutor-mentor'] }],
    ['a design task beside it', { competencyAreas: ['delivery', 'design'] }],
    ['a professor, for whom the BKO is obligatory', { positions: ['associate-professor'] }],
  ])('does not note it with %s', (_, overrides) => {
    expect(notesOf({ ...single, ...overrides })).not.toContain('R-UMCU-UVO-3');
  });
});

describe('KKO open to clinical trainers with a permanent contract, never obligatory (R-UMCU-KKO-1)', () => {
  it.each([
    [
      'a clinical trainer with a permanent contract',
      { clinicalTrainer: true, employment: { permanent: true } },
      'eligible',
    ],
    [
      'a clinical trainer with a temporary contract of 5 years',
      { clinicalTrainer: true, employment: { years: 5 } },
      'not-applicable',
    ],
    [
      'a permanent teacher who does not train in the clinic',
      { employment: { permanent: true }, teachingFte: 0.5 },
      'not-applicable',
    ],
  ])('%s: %s', (_, profile, status) => {
    expect(outcome('KKO', profile)).toEqual({ status, rules: ['R-UMCU-KKO-1'] });
  });

  it('explains that a temporary contract is the obstacle', () => {
    const kko = adviceFor({ clinicalTrainer: true }).qualifications[2];
    expect(kko?.explanation.nl).toContain('vast dienstverband');
  });

  it('is not obligatory even for a professor with every role', () => {
    const all = {
      ...broad,
      clinicalTrainer: true,
      employment: { permanent: true },
      positions: ['full-professor'],
      roles: [...teachingRoles],
    };
    expect(outcome('KKO', all as ProfileInput).status).toBe('eligible');
  });
});

describe('SKO obligatory for teaching (associate) professors (R-UMCU-SKO-1)', () => {
  it.each(['teaching-associate-professor', 'teaching-professor'] as const)('a %s', (position) => {
    expect(outcome('SKO', { positions: [position] })).toEqual({
      status: 'obligatory',
      rules: ['R-UMCU-SKO-1'],
    });
  });
  it.each(['full-professor', 'associate-professor'] as const)('not by this rule for a %s', (position) => {
    expect(outcome('SKO', { positions: [position] }).status).not.toBe('obligatory');
  });
});

describe('SKO obligatory only when all four conditions hold (R-UMCU-SKO-2)', () => {
  const allFour: ProfileInput = {
    employment: { permanent: true, scale: 12 },
    positions: ['associate-professor'],
    teachingFte: 0.2,
    competencyAreas: ['design', 'delivery', 'assessment'],
    roles: ['examination-board'],
  };
  const SKO_2 = { status: 'obligatory', rules: ['R-UMCU-SKO-2'] };
  const NOT = { status: 'not-applicable', rules: ['R-UMCU-SKO-1'] };
  it.each([
    ['all four: permanent, associate professor, 0.2 fte, examination board', {}, SKO_2],
    [
      '(1) missing: a temporary contract of 10 years',
      { employment: { permanent: false, years: 10, scale: 14 } },
      NOT,
    ],
    ['(2) missing: no position and scale 12', { positions: [] }, NOT],
    [
      '(2) by scale 13 instead of a position',
      { positions: [], employment: { permanent: true, scale: 13 } },
      SKO_2,
    ],
    ['(2) by a full professorship', { positions: ['full-professor'] }, SKO_2],
    ['(3) missing: 0.19 fte', { teachingFte: 0.19 }, NOT],
    ['(4) missing: no role', { roles: [] }, NOT],
    [
      '(4) missing: a teacher role only',
      { roles: ['principal-educator', 'medical-educator', 'seconded-physician-teacher', 'junior-teacher'] },
      NOT,
    ],
  ])('%s', (_, overrides, expected) => {
    expect(outcome('SKO', { ...allFour, ...overrides })).toEqual(expected);
  });

  const teacherRoles: TeachingRole[] = [
    'principal-educator',
    'medical-educator',
    'seconded-physician-teacher',
    'junior-teacher',
  ];
  it.each(teachingRoles.filter((r) => !teacherRoles.includes(r)))(
    '%s counts as a managing or coordinating role',
    (role) => {
      expect(outcome('SKO', { ...allFour, roles: [role] })).toEqual(SKO_2);
    },
  );
});

describe('SKO builds on the BKO (R-UMCU-SKO-1)', () => {
  it('is open to a teacher who holds the BKO', () => {
    expect(outcome('SKO', { teachingFte: 0.3 }, ['BKO'])).toEqual({
      status: 'eligible',
      rules: ['R-UMCU-SKO-1'],
    });
  });
  it('is not applicable, because it builds on the BKO, to a teacher without it', () => {
    const sko = adviceFor({ teachingFte: 0.3 }).qualifications[3];
    expect(sko).toMatchObject({ status: 'not-applicable', rules: ['R-UMCU-SKO-1'] });
    expect(sko?.explanation.en).toContain('builds on the BKO');
  });
  it('does not apply, citing no rule, without teaching', () => {
    expect(outcome('SKO', {})).toEqual({ status: 'not-applicable', rules: [] });
  });
  it('notes that the BKO comes first when the SKO is obligatory and the BKO is not held', () => {
    expect(notesOf({ positions: ['teaching-professor'] })).toContain('R-UMCU-SKO-1');
    expect(notesOf({ positions: ['teaching-professor'] }, ['BKO'])).not.toContain('R-UMCU-SKO-1');
  });
});

describe('qualifications already held', () => {
  it('are marked held with their status still computed', () => {
    const result = adviceFor(broad, ['BKO', 'KKO']);
    expect(result.qualifications.map((q) => [q.code, q.status, q.held])).toEqual([
      ['BKO', 'obligatory', true],
      ['UvO', 'eligible', false],
      ['KKO', 'not-applicable', true],
      ['SKO', 'eligible', false],
    ]);
  });
});

describe('old and new BKO requirements (R-UMCU-BKO-OLD)', () => {
  it('the current version reminds of the new portfolio format while the BKO is still to be earned', () => {
    expect(notesOf(broad)).toContain('R-UMCU-BKO-OLD');
    expect(notesOf(broad, ['BKO'])).not.toContain('R-UMCU-BKO-OLD');
    expect(notesOf({})).not.toContain('R-UMCU-BKO-OLD');
  });
  it('the old version decides as the current one and says so in a note', () => {
    for (const profile of [broad, limited, {}, { positions: ['teaching-professor'] } as ProfileInput]) {
      const then = adviceFor(profile, [], old);
      const now = adviceFor(profile, [], current);
      expect(then.qualifications).toEqual(now.qualifications);
    }
    const note = adviceFor({}, [], old).notes.find((n) => n.rule === 'R-UMCU-BKO-OLD');
    expect(note?.text.en).toContain('until 1 October 2023');
  });
});

describe('next steps (R-UMCU-ROUTE-1, R-UMCU-COST-1)', () => {
  it('notes the intake and the costs when something is to be earned, not otherwise', () => {
    expect(notesOf(broad)).toEqual(expect.arrayContaining(['R-UMCU-ROUTE-1', 'R-UMCU-COST-1']));
    expect(notesOf({})).toEqual([]);
  });
});
