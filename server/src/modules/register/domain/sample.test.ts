import { describe, expect, it } from 'vitest';
import { drawSample, type SampleCandidate, sampleKey, sampleSizeOf } from './sample.js';

const SEED = '00112233445566778899aabbccddeeff';
const OTHER_SEED = 'ffeeddccbbaa99887766554433221100';

/** Teachers t00…t(n−1), all with a period ending on `periodEnd`. */
const teachers = (n: number, periodEnd = '2026-07-31'): SampleCandidate[] =>
  Array.from({ length: n }, (_, i) => ({ personId: `t${String(i).padStart(2, '0')}`, periodEnd }));

const ids = (sample: { drawn: { personId: string }[] }) => sample.drawn.map((d) => d.personId);
const window = { from: '2026-01-01', to: '2026-12-31' };

describe('the sort key of the draw (R-REG-AUDIT-1)', () => {
  it('is the SHA-256 of "<seed>:<person id>", as `sha256sum` computes it by hand', () => {
    // printf '%s' "00112233445566778899aabbccddeeff:11111111-1111-4111-8111-111111111111" | sha256sum
    expect(sampleKey(SEED, '11111111-1111-4111-8111-111111111111')).toBe(
      'b014a9a83eb29d03d7355392960fd23c00aa9aaf12c640ead5fa5722b549c090',
    );
  });
});

describe('drawing a sample', () => {
  it('draws the same teachers in the same order from the same seed, whatever order they are listed in', () => {
    const population = teachers(40);
    const first = drawSample({ candidates: population, window, size: { count: 7 }, seed: SEED });
    const again = drawSample({
      candidates: [...population].reverse(),
      window,
      size: { count: 7 },
      seed: SEED,
    });
    expect(ids(again)).toEqual(ids(first));
    expect(first.drawn).toHaveLength(7);
    expect(first.algorithm).toBe('sha256-sort-v1');
    expect(first.seed).toBe(SEED);
  });

  it('draws in ascending key order, each key shown', () => {
    const sample = drawSample({ candidates: teachers(10), window, size: { count: 10 }, seed: SEED });
    const keys = sample.drawn.map((d) => d.key);
    expect(keys).toEqual([...keys].sort());
    for (const d of sample.drawn) expect(d.key).toBe(sampleKey(SEED, d.personId));
  });

  it('draws other teachers from another seed', () => {
    const population = teachers(40);
    const a = drawSample({ candidates: population, window, size: { count: 5 }, seed: SEED });
    const b = drawSample({ candidates: population, window, size: { count: 5 }, seed: OTHER_SEED });
    expect(ids(a)).not.toEqual(ids(b));
  });

  it('keeps everyone else drawn when one teacher leaves the population (keys are per teacher)', () => {
    const population = teachers(20);
    const full = drawSample({ candidates: population, window, size: { count: 20 }, seed: SEED });
    const leaving = ids(full)[3] as string;
    const fewer = drawSample({
      candidates: population.filter((c) => c.personId !== leaving),
      window,
      size: { count: 19 },
      seed: SEED,
    });
    expect(ids(fewer)).toEqual(ids(full).filter((id) => id !== leaving));
  });

  it('takes only teachers whose period ends in the window, both ends included', () => {
    const candidates: SampleCandidate[] = [
      { personId: 'before', periodEnd: '2025-12-31' },
      { personId: 'first-day', periodEnd: '2026-01-01' },
      { personId: 'inside', periodEnd: '2026-07-31' },
      { personId: 'last-day', periodEnd: '2026-12-31' },
      { personId: 'after', periodEnd: '2027-01-01' },
    ];
    const sample = drawSample({ candidates, window, size: { percentage: 100 }, seed: SEED });
    expect(sample.population.map((c) => c.personId)).toEqual(['first-day', 'inside', 'last-day']);
    expect(ids(sample).sort()).toEqual(['first-day', 'inside', 'last-day']);
  });

  it('counts a teacher listed twice once', () => {
    const candidates = [...teachers(3), { personId: 't01', periodEnd: '2026-03-01' }];
    const sample = drawSample({ candidates, window, size: { percentage: 100 }, seed: SEED });
    expect(sample.population).toEqual(teachers(3));
  });

  it('draws nobody from an empty window', () => {
    const sample = drawSample({
      candidates: teachers(5, '2030-07-31'),
      window,
      size: { percentage: 50 },
      seed: SEED,
    });
    expect(sample.population).toEqual([]);
    expect(sample.drawn).toEqual([]);
  });

  it('refuses a seed that is not 32 hex digits', () => {
    expect(() =>
      drawSample({ candidates: teachers(1), window, size: { count: 1 }, seed: 'ABC' }),
    ).toThrowError(RangeError);
  });
});

describe('the size of the sample', () => {
  it.each([
    [{ percentage: 10 }, 40, 4],
    [{ percentage: 10 }, 41, 5], // 4.1 rounded up
    [{ percentage: 10 }, 1, 1], // 0.1 rounded up: a positive percentage draws at least one
    [{ percentage: 10 }, 0, 0],
    [{ percentage: 100 }, 17, 17],
    [{ percentage: 14.3 }, 1000, 143], // exact in hundredths of a percent: no 143.00000000000003 → 144
    [{ percentage: 0.01 }, 10_000, 1],
    [{ percentage: 0.01 }, 10_001, 2],
    [{ percentage: 33.33 }, 3, 1], // 0.9999 rounded up
    [{ count: 5 }, 40, 5],
    [{ count: 5 }, 5, 5],
    [{ count: 5 }, 3, 3], // fewer in the window than asked: all of them
    [{ count: 1 }, 0, 0],
  ])('%o of %i teachers is %i', (size, population, expected) => {
    expect(sampleSizeOf(size, population)).toBe(expected);
  });
});
