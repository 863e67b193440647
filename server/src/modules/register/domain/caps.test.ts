import { describe, expect, it } from 'vitest';
import { apportionSharedCaps, normalizedGroup, type SharedCap } from './caps.js';

const cap: SharedCap = { rule: 'R-REG-CAP-1', key: 'R-REG-CAP-1/2023-2024', maxTenths: 60 };

describe('sharing a cap per school year', () => {
  it('grants first come, first served: by date, then by position in the request', () => {
    const granted = apportionSharedCaps([
      { index: 0, date: '2024-03-01', tenths: 40, cap },
      { index: 1, date: '2023-09-01', tenths: 40, cap },
      { index: 2, date: '2023-09-01', tenths: 10, cap },
      { index: 3, date: '2024-05-01', tenths: 10, cap },
    ]);
    expect([...granted].sort(([a], [b]) => a - b)).toEqual([
      [0, 10],
      [1, 40],
      [2, 10],
      [3, 0],
    ]);
  });

  it('keeps caps with different keys apart', () => {
    const other = { ...cap, key: 'R-REG-CAP-1/2024-2025' };
    const granted = apportionSharedCaps([
      { index: 0, date: '2024-07-31', tenths: 60, cap },
      { index: 1, date: '2024-08-01', tenths: 60, cap: other },
    ]);
    expect(granted.get(0)).toBe(60);
    expect(granted.get(1)).toBe(60);
  });
});

describe('one committee however it is spelt (R-REG-CAP-4)', () => {
  it('ignores case and spacing', () => {
    expect(normalizedGroup('  Examencommissie   X ')).toBe(normalizedGroup('examencommissie x'));
    expect(normalizedGroup('Examencommissie X')).not.toBe(normalizedGroup('Examencommissie Y'));
  });
});
