import { describe, expect, it } from 'vitest';
import { umcu } from '../policies/umcu.js';
import { dayInAmsterdam, publicationProblem, versionInForce } from './versions.js';

const published = new Date('2026-01-01T00:00:00Z');

describe('the version in force on a day', () => {
  const versions = umcu.versions.map((v) => ({ ...v, publishedAt: published }));

  it.each([
    ['2015-12-31', null],
    ['2016-01-01', '2016-01-01'],
    ['2023-09-30', '2016-01-01'],
    ['2023-10-01', '2023-10-01'],
    ['2026-11-23', '2023-10-01'],
  ])(
    'UMC Utrecht on %s: the old BKO requirements until 1 October 2023, the new from then on (R-UMCU-BKO-OLD)',
    (on, expected) => {
      expect(versionInForce(versions, on)?.version ?? null).toBe(expected);
    },
  );

  it('takes the later publication of two versions with the same start date (a correction)', () => {
    const first = { version: 'a', validFrom: '2024-01-01', publishedAt: new Date('2024-01-01') };
    const correction = { version: 'b', validFrom: '2024-01-01', publishedAt: new Date('2024-02-01') };
    expect(versionInForce([correction, first], '2024-03-01')?.version).toBe('b');
    expect(versionInForce([first, correction], '2024-03-01')?.version).toBe('b');
  });
});

describe('today in the Netherlands', () => {
  it.each([
    ['2026-11-22T22:59:59Z', '2026-11-22'],
    ['2026-11-22T23:00:00Z', '2026-11-23'], // midnight in winter time (UTC+1)
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'], // midnight in summer time (UTC+2)
  ])('at %s it is %s', (moment, day) => {
    expect(dayInAmsterdam(new Date(moment))).toBe(day);
  });
});

describe('publishing a version from a day', () => {
  it.each([
    ['2026-11-22', 'start-in-past'],
    ['2026-11-23', null],
    ['2026-12-01', 'start-taken'],
    ['2026-12-02', null],
  ] as const)('from %s: %s (today 2026-11-23, a version starts 2026-12-01)', (validFrom, problem) => {
    expect(publicationProblem(validFrom, '2026-11-23', ['2023-10-01', '2026-12-01'])).toBe(problem);
  });
});
