import { describe, expect, it } from 'vitest';
import { Catalogue } from '../../../../contracts/trajectories.js';
import { AssessmentWeekInput } from '../../../../contracts/trajectories-api.js';
import { demoAssessmentWeeks, demoCatalogue } from './seed-demo-data.js';

describe('demo catalogue (R-UMCU-COST-1)', () => {
  it('is valid by the contract, with a course per qualification and whole-euro prices that rise', () => {
    const first = Catalogue.parse(demoCatalogue(2026, 0));
    const next = Catalogue.parse(demoCatalogue(2027, 1));
    expect(next.year).toBe(2027);
    for (const item of next.items) expect(item.priceCents % 100).toBe(0);
    const bko = (c: Catalogue) => c.items.find((i) => i.id === 'bko-leergang')?.priceCents;
    expect(bko(first)).toBe(325_000);
    expect(bko(next)).toBe(334_800);
    expect(next.assessmentPriceCents.UvO).toBe(46_400);
  });
});

describe('demo assessment weeks (R-UMCU-ASM-3)', () => {
  it('start on a second Monday in the coming months, also across the turn of the year', () => {
    const weeks = demoAssessmentWeeks('2026-12-02');
    expect(weeks.map((w) => w.startsOn)).toEqual(['2027-03-08', '2027-05-10', '2027-07-12', '2027-10-11']);
    expect(weeks[0]).toEqual({
      name: 'Beoordelingsweek maart 2027',
      startsOn: '2027-03-08',
      endsOn: '2027-03-12',
      draftDeadline: '2027-01-11',
      finalDeadline: '2027-02-15',
      qualifications: ['BKO', 'UvO', 'KKO', 'SKO'],
    });
  });

  it('are valid by the contract for any day of the year', () => {
    for (let month = 1; month <= 12; month++) {
      const today = `2026-${String(month).padStart(2, '0')}-28`;
      for (const week of demoAssessmentWeeks(today)) {
        expect(() => AssessmentWeekInput.parse(week)).not.toThrow();
        expect(week.draftDeadline > today).toBe(true);
      }
    }
  });
});
