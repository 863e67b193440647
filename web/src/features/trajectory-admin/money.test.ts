import { describe, expect, it } from 'vitest';
import { eurosForInput, parseEuros } from './money';

describe('parseEuros', () => {
  it('reads Dutch amounts, with or without thousands separators', () => {
    expect(parseEuros('1.250,50', 'nl')).toBe(125_050);
    expect(parseEuros('1250,5', 'nl')).toBe(125_050);
    expect(parseEuros('€ 3.250', 'nl')).toBe(325_000);
    expect(parseEuros(' 0 ', 'nl')).toBe(0);
  });

  it('reads English amounts', () => {
    expect(parseEuros('1,250.50', 'en')).toBe(125_050);
    expect(parseEuros('950', 'en')).toBe(95_000);
    expect(parseEuros('€0.05', 'en')).toBe(5);
  });

  it('refuses what is not an amount in that language, more than two decimals, or more than a million', () => {
    expect(parseEuros('1250.50', 'nl')).toBeNull();
    expect(parseEuros('1.25', 'nl')).toBeNull();
    expect(parseEuros('1250,50', 'en')).toBeNull();
    expect(parseEuros('12,5', 'en')).toBeNull();
    expect(parseEuros('1,005', 'nl')).toBeNull();
    expect(parseEuros('-5', 'nl')).toBeNull();
    expect(parseEuros('', 'nl')).toBeNull();
    expect(parseEuros('vijf', 'nl')).toBeNull();
    expect(parseEuros('1.000.000', 'nl')).toBe(100_000_000);
    expect(parseEuros('1.000.000,01', 'nl')).toBeNull();
  });

  it('reads back what it writes for a field', () => {
    for (const cents of [0, 5, 99, 100, 125_050, 325_000, 100_000_000])
      for (const language of ['nl', 'en'] as const)
        expect(parseEuros(eurosForInput(cents, language), language)).toBe(cents);
    expect(eurosForInput(125_050, 'nl')).toBe('1250,50');
    expect(eurosForInput(325_000, 'en')).toBe('3250');
  });
});
