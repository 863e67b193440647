import { describe, expect, it } from 'vitest';
import { AssessmentWeek, Catalogue, TrajectoryPlan } from './trajectories.js';

describe('trajectory contracts', () => {
  const week = {
    startsOn: '2026-06-15',
    draftDeadline: '2026-04-20',
    finalDeadline: '2026-05-25',
    qualifications: ['BKO'],
  };

  it.each([
    ['deadlines in order', {}, true],
    ['draft and final deadline on one day', { draftDeadline: '2026-05-25' }, true],
    ['draft deadline after the final deadline', { draftDeadline: '2026-05-26' }, false],
    ['final deadline on the first day of the week', { finalDeadline: '2026-06-15' }, false],
    ['final deadline the day before the week', { finalDeadline: '2026-06-14' }, true],
    ['a week for no qualification', { qualifications: [] }, false],
  ])('an assessment week with %s is valid: %s', (_name, overrides, valid) => {
    expect(AssessmentWeek.safeParse({ ...week, ...overrides }).success).toBe(valid);
  });

  it.each([
    [0, true],
    [1999, true],
    [-1, false],
    [19.99, false],
  ])('a price of %s cents is valid: %s', (priceCents, valid) => {
    const catalogue = {
      year: 2026,
      items: [{ kind: 'module', id: 'design', title: { nl: 'Ontwerpen', en: 'Design' }, priceCents }],
      assessmentPriceCents: { BKO: 0 },
    };
    expect(Catalogue.safeParse(catalogue).success).toBe(valid);
  });

  it('fills a plan with no expected week, no notes and nothing followed before', () => {
    expect(
      TrajectoryPlan.parse({
        qualification: 'BKO',
        route: 'course',
        schooling: [{ source: 'catalogue', itemId: 'bko-course' }],
        payer: 'division',
      }),
    ).toEqual({
      qualification: 'BKO',
      route: 'course',
      schooling: [{ source: 'catalogue', itemId: 'bko-course', completedOn: null }],
      payer: 'division',
      expectedAssessmentWeek: null,
      notes: '',
    });
  });

  it('refuses an unknown field of a plan', () => {
    expect(
      TrajectoryPlan.safeParse({
        qualification: 'BKO',
        route: 'course',
        schooling: [],
        payer: 'teacher',
        cost: 1,
      }).success,
    ).toBe(false);
  });
});
