import { describe, expect, it } from 'vitest';
import { catalogueFor, planCosts } from './costs.js';
import { catalogue2026, plan } from './test-data.js';

const INTAKE = '2026-03-02';

describe('the costs of a plan (R-UMCU-COST-1)', () => {
  it('adds the course and the assessment trajectory, in cents', () => {
    const costs = planCosts(plan(), catalogue2026, INTAKE);
    expect(costs).toEqual({
      lines: [
        {
          kind: 'course',
          title: { nl: 'BKO-leergang', en: 'BKO course' },
          cents: 250_000,
          alreadyFollowed: false,
        },
        {
          kind: 'assessment',
          title: { nl: 'Beoordelingstraject BKO', en: 'Assessment trajectory BKO' },
          cents: 95_000,
          alreadyFollowed: false,
        },
      ],
      schoolingCents: 250_000,
      assessmentCents: 95_000,
      totalCents: 345_000,
      payer: 'teacher',
      needsApproval: false,
    });
  });

  it('adds modules and schooling elsewhere at their prices, without rounding', () => {
    const costs = planCosts(
      plan({
        route: 'modules',
        schooling: [
          { source: 'catalogue', itemId: 'design' },
          { source: 'catalogue', itemId: 'testing' },
          { source: 'elsewhere', title: 'Toetsen', provider: 'UU', priceCents: 12_345 },
        ],
      }),
      catalogue2026,
      INTAKE,
    );
    expect(costs.schoolingCents).toBe(60_000 + 55_050 + 12_345);
    expect(costs.totalCents).toBe(60_000 + 55_050 + 12_345 + 95_000);
    expect(costs.lines[2]?.title).toEqual({ nl: 'Toetsen (UU)', en: 'Toetsen (UU)' });
  });

  it.each([
    ['2026-03-01', true],
    ['2026-03-02', false],
  ])('a training completed on %s is already followed (not charged): %s', (completedOn, followed) => {
    const costs = planCosts(
      plan({
        qualification: 'UvO',
        route: 'modules',
        schooling: [{ source: 'catalogue', itemId: 'design', completedOn }],
      }),
      catalogue2026,
      INTAKE,
    );
    expect(costs.lines[0]?.alreadyFollowed).toBe(followed);
    expect(costs.schoolingCents).toBe(followed ? 0 : 60_000);
    expect(costs.totalCents).toBe((followed ? 0 : 60_000) + 45_000);
  });

  it.each([
    ['teacher', 345_000, false],
    ['division', 345_000, true],
    ['division', 0, false],
  ] as const)('paid by the %s, a total of %i cents needs approval: %s', (payer, total, needsApproval) => {
    const catalogue =
      total === 0
        ? {
            ...catalogue2026,
            items: catalogue2026.items.map((i) => ({ ...i, priceCents: 0 })),
            assessmentPriceCents: { BKO: 0 },
          }
        : catalogue2026;
    const costs = planCosts(plan({ payer }), catalogue, INTAKE);
    expect(costs.totalCents).toBe(total);
    expect(costs.needsApproval).toBe(needsApproval);
  });

  it('a single cent paid by the division needs approval', () => {
    const oneCent = {
      ...catalogue2026,
      items: catalogue2026.items.map((i) => ({ ...i, priceCents: 0 })),
      assessmentPriceCents: { BKO: 1 },
    };
    expect(planCosts(plan({ payer: 'division' }), oneCent, INTAKE).needsApproval).toBe(true);
  });
});

describe('the catalogue of the year', () => {
  const catalogues = [catalogue2026, { ...catalogue2026, year: 2027 }];
  it.each([
    ['2026-12-31', 2026],
    ['2027-01-01', 2027],
    ['2025-12-31', null],
  ])('on %s is that of %s', (day, year) => {
    expect(catalogueFor(catalogues, day)?.year ?? null).toBe(year);
  });
});
