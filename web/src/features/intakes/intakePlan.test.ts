import { describe, expect, it } from 'vitest';
import type {
  CatalogueRecord,
  TrajectoryDetail,
  TrajectorySummary,
} from '../../../../contracts/trajectories-api.js';
import {
  carryOverSources,
  catalogueChoices,
  emptyPlan,
  estimateCosts,
  isoOfLocal,
  localOfIso,
  offersInputOf,
  type PlanValues,
  planProblems,
  planValuesOf,
  recordIntakeInputOf,
} from './intakePlan';

const catalogue: CatalogueRecord = {
  institutionId: '6f1c1c2e-4a57-4c1b-9a53-3f1f0d7c1a01',
  year: 2026,
  items: [
    {
      kind: 'course',
      id: 'bko-course',
      title: { nl: 'BKO-leergang', en: 'UTQ course' },
      qualification: 'BKO',
      priceCents: 250000,
    },
    {
      kind: 'course',
      id: 'kko-course',
      title: { nl: 'KKO-leergang', en: 'KKO course' },
      qualification: 'KKO',
      priceCents: 180000,
    },
    {
      kind: 'module',
      id: 'feedback',
      title: { nl: 'Feedback geven', en: 'Giving feedback' },
      priceCents: 45000,
    },
  ],
  assessmentPriceCents: { BKO: 60000 },
  updatedAt: '2026-01-05T09:00:00.000Z',
};

const plan = (values: Partial<PlanValues>): PlanValues => ({ ...emptyPlan('BKO'), ...values });

describe('datetime-local and ISO moments', () => {
  it('reads a datetime-local value in the browser time and writes it back the same', () => {
    const iso = isoOfLocal('2026-12-10T14:30');
    expect(iso).toBe(new Date(2026, 11, 10, 14, 30).toISOString());
    expect(localOfIso(iso as string)).toBe('2026-12-10T14:30');
  });

  it('gives null for what is not a moment, so the server can name the field', () => {
    expect(isoOfLocal('')).toBeNull();
    expect(isoOfLocal('2026-13-45T99:00')).toBeNull();
    expect(offersInputOf([{ startsAt: '', minutes: '', location: 'Q.01' }])).toEqual({
      times: [{ startsAt: '', minutes: 60, location: 'Q.01' }],
    });
  });
});

describe('the intake plan', () => {
  it('sends catalogue items and schooling elsewhere in whole cents, empty dates as null', () => {
    const input = recordIntakeInputOf(
      plan({
        schooling: [
          { source: 'catalogue', itemId: 'bko-course', completedOn: '' },
          {
            source: 'elsewhere',
            title: 'Toetsen',
            provider: 'UU',
            price: 123.456,
            completedOn: '2025-03-01',
          },
        ],
        payer: 'division',
        expectedAssessmentWeek: '2027-03-08',
      }),
    );
    expect(input.plan.schooling).toEqual([
      { source: 'catalogue', itemId: 'bko-course', completedOn: null },
      { source: 'elsewhere', title: 'Toetsen', provider: 'UU', priceCents: 12346, completedOn: '2025-03-01' },
    ]);
    expect(input).toMatchObject({ plan: { payer: 'division', expectedAssessmentWeek: '2027-03-08' } });
    expect(input.carryOverFrom).toBeNull();
  });

  it('totals the chosen prices and the assessment of the qualification (R-UMCU-COST-1)', () => {
    const costs = estimateCosts(
      plan({
        schooling: [
          { source: 'catalogue', itemId: 'bko-course', completedOn: '' },
          { source: 'elsewhere', title: 'Toetsen', provider: 'UU', price: 100, completedOn: '' },
        ],
        payer: 'division',
      }),
      catalogue,
      '2026-06-01',
    );
    expect(costs.lines.map((l) => l.cents)).toEqual([250000, 10000]);
    expect(costs.assessmentCents).toBe(60000);
    expect(costs.totalCents).toBe(320000);
    expect(costs.needsApproval).toBe(true);
  });

  it('does not charge a training followed before the intake, nor an item not chosen yet', () => {
    const costs = estimateCosts(
      plan({
        route: 'modules',
        schooling: [
          { source: 'catalogue', itemId: 'feedback', completedOn: '2025-11-01' },
          { source: 'catalogue', itemId: '', completedOn: '' },
        ],
      }),
      catalogue,
      '2026-06-01',
    );
    expect(costs.lines).toEqual([
      { item: 0, cents: 45000, alreadyFollowed: true },
      { item: 1, cents: 0, alreadyFollowed: false },
    ]);
    expect(costs.totalCents).toBe(60000);
    expect(costs.needsApproval).toBe(false);
  });

  it('knows no assessment price without one in the catalogue, and no approval for a free plan', () => {
    const costs = estimateCosts(plan({ qualification: 'KKO', payer: 'division' }), catalogue, '2026-06-01');
    expect(costs.assessmentCents).toBeNull();
    expect(costs.totalCents).toBe(0);
    expect(costs.needsApproval).toBe(false);
    expect(estimateCosts(plan({}), undefined, '2026-06-01').totalCents).toBe(0);
  });

  it("offers the qualification's own course and all modules", () => {
    expect(catalogueChoices(catalogue, 'KKO').map((i) => i.id)).toEqual(['kko-course', 'feedback']);
    expect(catalogueChoices(undefined, 'KKO')).toEqual([]);
  });
});

describe("the server's refusal of a plan", () => {
  it('puts field messages beside their field and marks the schooling items a route problem is about', () => {
    const error = {
      details: {
        issues: [
          { field: 'body.plan.notes', message: 'Te lang.' },
          { code: 'modules-not-allowed', rules: ['R-UMCU-ROUTE-3'] },
          { code: 'course-of-other-qualification', item: 1, rules: ['R-UMCU-ROUTE-3'] },
        ],
      },
    };
    expect(planProblems(error, 'Zie hierboven.')).toEqual({
      notes: 'Te lang.',
      'schooling.1': 'Zie hierboven.',
    });
    expect(planProblems(new Error('network'), 'x')).toEqual({});
  });
});

describe('carry-over (R-UMCU-UVO-4)', () => {
  const summary = (id: string, teacherId: string, qualification: 'UvO' | 'BKO' | null) =>
    ({ id, teacher: { id: teacherId, displayName: 'T' }, qualification }) as TrajectorySummary;
  it("offers the teacher's own UvO trajectories for a BKO, and nothing for another qualification", () => {
    const items = [
      summary('a', 't1', 'UvO'),
      summary('b', 't2', 'UvO'),
      summary('c', 't1', 'BKO'),
      summary('d', 't1', null),
    ];
    const current = { id: 'c', teacherId: 't1' };
    expect(carryOverSources(items, current, 'BKO').map((i) => i.id)).toEqual(['a']);
    expect(carryOverSources(items, current, 'SKO')).toEqual([]);
  });
});

describe('revising a recorded plan', () => {
  it('starts from the plan as recorded, euros from cents; a trajectory without a plan from its request', () => {
    const trajectory = {
      qualification: 'BKO',
      requestedQualification: 'SKO',
      expectedAssessmentWeek: '2027-03-08',
      plan: {
        intakeOn: '2026-06-01',
        route: 'modules',
        payer: 'division',
        notes: 'Na afwijzing: de docent betaalt de module zelf.',
        schooling: [
          {
            id: 'a',
            kind: 'module',
            catalogueItemId: 'feedback',
            title: { nl: 'Feedback', en: 'Feedback' },
            provider: null,
            priceCents: 45000,
            completedOn: null,
            certificateEvidenceId: null,
          },
          {
            id: 'b',
            kind: 'elsewhere',
            catalogueItemId: null,
            title: { nl: 'Toetsen', en: 'Toetsen' },
            provider: 'UU',
            priceCents: 12345,
            completedOn: '2025-03-01',
            certificateEvidenceId: null,
          },
        ],
      },
    } as unknown as TrajectoryDetail;
    expect(planValuesOf(trajectory)).toEqual({
      qualification: 'BKO',
      route: 'modules',
      schooling: [
        { source: 'catalogue', itemId: 'feedback', completedOn: '' },
        { source: 'elsewhere', title: 'Toetsen', provider: 'UU', price: 123.45, completedOn: '2025-03-01' },
      ],
      payer: 'division',
      expectedAssessmentWeek: '2027-03-08',
      notes: 'Na afwijzing: de docent betaalt de module zelf.',
      carryOverFrom: null,
    });
    expect(planValuesOf({ ...trajectory, plan: null, qualification: null })).toEqual(emptyPlan('SKO'));
  });
});
