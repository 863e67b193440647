import { describe, expect, it } from 'vitest';
import { isPrimaryProcess, shortfallsOf } from './norm.js';

const totals = (total: number, primary: number, subject: number) => ({
  totalTenths: total * 10,
  primaryTenths: primary * 10,
  subjectTenths: subject * 10,
});

describe('the re-registration norm', () => {
  it('is met with exactly 160 RU, 100 of them primary, 40 of those subject content (R-REG-NORM-1…3)', () => {
    expect(shortfallsOf('vo', totals(160, 100, 40))).toEqual([]);
  });

  it('misses 0.1 RU at 159.9 RU in total (R-REG-NORM-1)', () => {
    expect(shortfallsOf('po', { totalTenths: 1599, primaryTenths: 1599, subjectTenths: 0 })).toEqual([
      { rule: 'R-REG-NORM-1', missingTenths: 1 },
    ]);
  });

  it('misses 0.1 RU at 99.9 RU on the primary process (R-REG-NORM-2)', () => {
    expect(shortfallsOf('mbo', { totalTenths: 1600, primaryTenths: 999, subjectTenths: 999 })).toEqual([
      { rule: 'R-REG-NORM-2', missingTenths: 1 },
    ]);
  });

  it('asks 40 RU of subject content in vo only (R-REG-NORM-3)', () => {
    expect(shortfallsOf('vo', totals(160, 100, 30))).toEqual([{ rule: 'R-REG-NORM-3', missingTenths: 100 }]);
    expect(shortfallsOf('vo', { totalTenths: 1600, primaryTenths: 1000, subjectTenths: 399 })).toEqual([
      { rule: 'R-REG-NORM-3', missingTenths: 1 },
    ]);
    for (const sector of ['po', 'mbo', 'so'] as const) {
      expect(shortfallsOf(sector, totals(160, 100, 0)), sector).toEqual([]);
    }
  });

  it('lists every norm not met, in rule order, with what is missing (R-REG-NORM-1…3)', () => {
    expect(shortfallsOf('vo', totals(0, 0, 0))).toEqual([
      { rule: 'R-REG-NORM-1', missingTenths: 1600 },
      { rule: 'R-REG-NORM-2', missingTenths: 1000 },
      { rule: 'R-REG-NORM-3', missingTenths: 400 },
    ]);
  });

  it('counts subject, didactic and pedagogical content as the primary process, general not (R-REG-CONTENT-1)', () => {
    expect(isPrimaryProcess('subject')).toBe(true);
    expect(isPrimaryProcess('didactic')).toBe(true);
    expect(isPrimaryProcess('pedagogical')).toBe(true);
    expect(isPrimaryProcess('general')).toBe(false);
  });
});
