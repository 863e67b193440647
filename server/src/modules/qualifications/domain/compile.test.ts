import { describe, expect, it } from 'vitest';
import type { PolicyDocumentInput } from '../../../../../contracts/qualifications.js';
import { builtInPolicies } from '../policies/built-in.js';
import { compilePolicy, PolicyDocumentError, PolicyEvaluationError } from './compile.js';
import { factsOf } from './facts.js';

const text = { nl: 'tekst', en: 'text' };
const otherwise = { otherwise: { explanation: text } };

function bko(logic: unknown, extra: Partial<PolicyDocumentInput> = {}): unknown {
  return {
    qualifications: [
      {
        code: 'BKO',
        obligatoryWhen: [{ id: 'R-TEST-1', logic, explanation: text }],
        notApplicable: otherwise,
      },
    ],
    ...extra,
  };
}

function issuesOf(document: unknown) {
  try {
    compilePolicy(document);
  } catch (error) {
    if (error instanceof PolicyDocumentError) return error.issues;
    throw error;
  }
  throw new Error('the document was accepted');
}

describe('compiling a policy document', () => {
  it('accepts every shipped policy version', () => {
    for (const p of builtInPolicies)
      for (const v of p.versions) expect(() => compilePolicy(v.document)).not.toThrow();
  });

  it('refuses a document that does not match the schema, naming the place', () => {
    expect(issuesOf({ qualifications: [{ code: 'XYZ', notApplicable: otherwise }] })).toEqual([
      {
        path: 'qualifications.0.code',
        message: {
          nl: expect.stringMatching(/^Ongeldige optie: verwacht één van "BKO"/),
          en: expect.stringMatching(/^Invalid option: expected one of "BKO"/),
        },
      },
    ]);
    expect(issuesOf({ qualifications: [] })[0]?.path).toBe('qualifications');
    expect(
      issuesOf(bko(true, { notes: [{ id: 'not a rule id', logic: true, explanation: text }] }))[0]?.path,
    ).toBe('notes.0.id');
  });

  it('refuses an operator JSON Logic does not have', () => {
    expect(issuesOf(bko({ between: [1, 2, 3] }))).toEqual([
      {
        path: 'qualifications.0.obligatoryWhen.0.logic',
        message: {
          nl: 'compileert niet: unknown operator "between"',
          en: 'does not compile: unknown operator "between"',
        },
      },
    ]);
  });

  it('refuses a read of a field the profile does not have, so a typo cannot silently never hold', () => {
    expect(issuesOf(bko({ '>=': [{ var: 'teachingFTE' }, 0.2] }))[0]?.message).toEqual({
      nl: expect.stringMatching(/^leest het onbekende veld "teachingFTE"; bekend zijn: employment, /),
      en: expect.stringMatching(/^reads unknown field "teachingFTE"; known: employment, /),
    });
    expect(issuesOf(bko({ var: 'employment.grade' }))[0]?.message.en).toMatch(
      /unknown field "employment.grade"/,
    );
    expect(issuesOf(bko({ var: { cat: ['teaching', 'Fte'] } }))[0]?.message.en).toMatch(/literal string/);
    expect(issuesOf(bko({ val: 'teachingFte' }))[0]?.message).toEqual({
      nl: 'de operator "val" is hier niet toegestaan; lees velden met "var"',
      en: 'operator "val" is not allowed here; read fields with "var"',
    });
  });

  it('lets a list operator read the element it is given', () => {
    expect(() =>
      compilePolicy(bko({ some: [{ var: 'roles' }, { '==': [{ var: '' }, 'block-coordinator'] }] })),
    ).not.toThrow();
  });

  it('lets a condition read only the status of a qualification decided before it', () => {
    const document = {
      qualifications: [
        {
          code: 'BKO',
          eligibleWhen: [
            { id: 'R-TEST-1', logic: { '==': [{ var: 'status.UvO' }, 'eligible'] }, explanation: text },
          ],
          notApplicable: otherwise,
        },
        {
          code: 'UvO',
          eligibleWhen: [
            { id: 'R-TEST-2', logic: { '==': [{ var: 'status.BKO' }, 'eligible'] }, explanation: text },
          ],
          notApplicable: otherwise,
        },
      ],
      notes: [{ id: 'R-TEST-3', logic: { '==': [{ var: 'status.UvO' }, 'eligible'] }, explanation: text }],
    };
    expect(issuesOf(document)).toEqual([
      {
        path: 'qualifications.0.eligibleWhen.0.logic',
        message: {
          nl: 'leest "status.UvO"; alleen de status van een eerder besliste kwalificatie is te lezen (geen)',
          en: 'reads "status.UvO"; only the status of a qualification decided earlier can be read (none)',
        },
      },
    ]);
  });

  it('refuses a qualification listed twice', () => {
    const twice = {
      qualifications: [
        { code: 'BKO', notApplicable: otherwise },
        { code: 'BKO', notApplicable: otherwise },
      ],
    };
    expect(issuesOf(twice)).toEqual([
      {
        path: 'qualifications.1.code',
        message: { nl: 'BKO staat er twee keer in', en: 'BKO is listed twice' },
      },
    ]);
  });

  it('refuses a condition that fails on a trial profile', () => {
    expect(issuesOf(bko({ '+': [{ var: 'roles' }, 1] }))[0]?.message.en).toMatch(/fails on a trial profile/);
  });

  it('reports every problem at once', () => {
    const document = {
      qualifications: [
        {
          code: 'BKO',
          obligatoryWhen: [
            { id: 'R-TEST-1', logic: { nope: [] }, explanation: text },
            { id: 'R-TEST-2', logic: { var: 'nothing' }, explanation: text },
          ],
          notApplicable: otherwise,
        },
      ],
    };
    expect(issuesOf(document).map((i) => i.path)).toEqual([
      'qualifications.0.obligatoryWhen.0.logic',
      'qualifications.0.obligatoryWhen.1.logic',
    ]);
  });

  it('names the condition when it fails on a real profile', () => {
    // Holds on the trial profiles, fails when a scale is given: the engine refuses to divide by zero.
    const policy = compilePolicy(bko({ '>': [{ '/': [1, { '-': [{ var: 'employment.scale' }, 12] }] }, 0] }));
    const facts = factsOf(
      {
        employment: { permanent: true, years: 0, scale: 12 },
        positions: [],
        roles: [],
        teachingFte: 0,
        contactHoursPerYear: 0,
        teachingYears: 0,
        studentsSupervised: 0,
        competencyAreas: [],
        deliveryTasks: [],
        clinicalTrainer: false,
        teachingLicence: false,
      },
      [],
    );
    const condition = policy.qualifications[0]?.obligatoryWhen[0];
    expect(() => condition?.holds(facts)).toThrow(PolicyEvaluationError);
    expect(() => condition?.holds(facts)).toThrow(/qualifications.0.obligatoryWhen.0 \(R-TEST-1\)/);
  });
});
