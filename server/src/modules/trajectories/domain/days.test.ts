import { describe, expect, it } from 'vitest';
import { addDays, yearOf } from './days.js';

describe('days', () => {
  it.each([
    ['2026-03-10', -7, '2026-03-03'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-05', -7, '2025-12-29'],
    // the night the clocks go forward in the Netherlands changes nothing
    ['2026-03-30', -1, '2026-03-29'],
    ['2026-10-26', -1, '2026-10-25'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s plus %i days is %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('reads the calendar year', () => {
    expect(yearOf('2024-12-31')).toBe(2024);
    expect(yearOf('2025-01-01')).toBe(2025);
  });
});
