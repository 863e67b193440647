import { describe, expect, it } from 'vitest';
import { inPeriod, periodEnding, schoolYearOf } from './period.js';

describe('the four-year period (end − 4 years, end] (R-REG-NORM-1)', () => {
  it.each([
    ['2026-07-31', '2022-08-01'],
    ['2025-12-31', '2022-01-01'],
    ['2026-03-15', '2022-03-16'],
    ['2027-01-01', '2023-01-02'],
    ['2028-02-29', '2024-03-01'], // leap day back to a leap day
    ['2027-02-28', '2023-03-01'],
    ['2104-02-29', '2100-03-01'], // 2100 is no leap year: four years before is 28 February
  ])('ending on %s starts on %s', (end, start) => {
    expect(periodEnding(end)).toEqual({ start, end });
  });

  it('includes its first and last day and nothing around them', () => {
    const period = periodEnding('2026-07-31');
    expect(inPeriod('2022-07-31', period)).toBe(false);
    expect(inPeriod('2022-08-01', period)).toBe(true);
    expect(inPeriod('2026-07-31', period)).toBe(true);
    expect(inPeriod('2026-08-01', period)).toBe(false);
  });
});

describe('the school year, 1 August – 31 July ("per jaar" in the caps)', () => {
  it.each([
    ['2024-07-31', '2023-2024'],
    ['2024-08-01', '2024-2025'],
    ['2024-12-31', '2024-2025'],
    ['2025-01-01', '2024-2025'],
    ['2000-08-01', '2000-2001'],
  ])('%s falls in %s', (day, schoolYear) => {
    expect(schoolYearOf(day)).toBe(schoolYear);
  });
});
