import { describe, expect, it } from 'vitest';
import { fromTenths, halfOf, toTenths } from './tenths.js';

describe('hours in tenths', () => {
  it.each([
    [0, 0],
    [5, 50],
    [0.1, 1],
    [1.24, 12],
    [1.25, 13],
    [1.45, 15], // 1.45 * 10 is 14.499999999999998 in binary
    [0.15, 2],
    [0.1 + 0.2, 3], // 0.30000000000000004
    [159.9, 1599],
  ])('counts %s hours as %s tenths, rounding half up to one decimal', (hours, tenths) => {
    expect(toTenths(hours)).toBe(tenths);
  });

  it('gives every stored amount back exactly, as the rounding through a string did (0 … 10,000 hours)', () => {
    const wrong: number[] = [];
    for (let tenths = 0; tenths <= 100_000; tenths++) {
      const hours = fromTenths(tenths);
      const viaString = Math.round(Number((hours * 10).toPrecision(12)));
      if (toTenths(hours) !== tenths || viaString !== tenths) wrong.push(tenths);
    }
    expect(wrong).toEqual([]);
  });

  it('halves half up, the one way of rounding', () => {
    expect([0, 1, 2, 3, 45, 100].map(halfOf)).toEqual([0, 1, 1, 2, 23, 50]);
  });

  it('presents tenths as the number JSON prints with one decimal', () => {
    expect(JSON.stringify([3, 1599, 1600, 1].map(fromTenths))).toBe('[0.3,159.9,160,0.1]');
  });
});
