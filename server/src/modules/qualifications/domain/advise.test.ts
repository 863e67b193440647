import { describe, expect, it } from 'vitest';
import { TeachingProfile } from '../../../../../contracts/qualifications.js';
import { advise } from './advise.js';
import { compilePolicy } from './compile.js';

// How any policy is applied, on a small policy made for the purpose.

const t = (s: string) => ({ nl: `nl: ${s}`, en: `en: ${s}` });
const policy = compilePolicy({
  qualifications: [
    {
      code: 'BKO',
      obligatoryWhen: [
        {
          id: 'R-T-A',
          cites: ['R-T-DEF'],
          logic: { '>=': [{ var: 'teachingFte' }, 0.5] },
          explanation: t('half'),
        },
        { id: 'R-T-B', logic: { in: ['full-professor', { var: 'positions' }] }, explanation: t('professor') },
        { id: 'R-T-A', logic: { '>=': [{ var: 'teachingFte' }, 0.8] }, explanation: t('most') },
      ],
      eligibleWhen: [{ id: 'R-T-C', logic: { '>': [{ var: 'teachingFte' }, 0] }, explanation: t('some') }],
      notApplicable: {
        because: [{ id: 'R-T-D', logic: { var: 'clinicalTrainer' }, explanation: t('clinic') }],
        otherwise: { rules: ['R-T-E'], explanation: t('nothing') },
      },
    },
    {
      code: 'SKO',
      eligibleWhen: [
        { id: 'R-T-F', logic: { '==': [{ var: 'status.BKO' }, 'obligatory'] }, explanation: t('after') },
      ],
      notApplicable: { otherwise: { explanation: t('not') } },
    },
  ],
  notes: [{ id: 'R-T-N', logic: { in: ['SKO', { var: 'held' }] }, explanation: t('note') }],
});
const profile = (input: Record<string, unknown>) => TeachingProfile.parse(input);

describe('applying a policy', () => {
  it('makes a qualification obligatory when any obligatory condition holds, citing each rule once', () => {
    const [bko] = advise(
      policy,
      profile({ teachingFte: 0.9, positions: ['full-professor'] }),
      [],
    ).qualifications;
    expect(bko).toEqual({
      code: 'BKO',
      status: 'obligatory',
      rules: ['R-T-A', 'R-T-DEF', 'R-T-B'],
      explanation: { nl: 'nl: half nl: professor nl: most', en: 'en: half en: professor en: most' },
      held: false,
    });
  });

  it('makes it eligible only when no obligatory condition holds', () => {
    expect(advise(policy, profile({ teachingFte: 0.49 }), []).qualifications[0]).toMatchObject({
      status: 'eligible',
      rules: ['R-T-C'],
    });
  });

  it('otherwise gives the reasons that hold, or the fallback when none does', () => {
    expect(advise(policy, profile({ clinicalTrainer: true }), []).qualifications[0]).toMatchObject({
      status: 'not-applicable',
      rules: ['R-T-D'],
      explanation: t('clinic'),
    });
    expect(advise(policy, profile({}), []).qualifications[0]).toMatchObject({
      status: 'not-applicable',
      rules: ['R-T-E'],
      explanation: t('nothing'),
    });
    expect(advise(policy, profile({}), []).qualifications[1]).toMatchObject({
      status: 'not-applicable',
      rules: [],
    });
  });

  it('lets a later qualification depend on the status of an earlier one', () => {
    expect(advise(policy, profile({ teachingFte: 0.5 }), []).qualifications[1]?.status).toBe('eligible');
    expect(advise(policy, profile({ teachingFte: 0.4 }), []).qualifications[1]?.status).toBe(
      'not-applicable',
    );
  });

  it('marks held qualifications and keeps their status; notes may read what is held', () => {
    const result = advise(policy, profile({ teachingFte: 0.6 }), ['SKO', 'SKO']);
    expect(result.qualifications.map((q) => [q.status, q.held])).toEqual([
      ['obligatory', false],
      ['eligible', true],
    ]);
    expect(result.notes).toEqual([{ rule: 'R-T-N', text: t('note') }]);
  });

  it('does not let one answer leak into the next (every call starts from its own facts)', () => {
    advise(policy, profile({ teachingFte: 0.6 }), []);
    expect(advise(policy, profile({}), []).qualifications[1]?.status).toBe('not-applicable');
  });
});
