import { describe, expect, it } from 'vitest';
import { type DossierActivity, progressOf } from './progress.js';

let sequence = 0;
function activity(
  fields: Partial<DossierActivity> & Pick<DossierActivity, 'kind' | 'date'>,
): DossierActivity {
  sequence += 1;
  return {
    id: `a${sequence}`,
    title: `Activiteit ${sequence}`,
    hoursTenths: 100,
    content: 'subject',
    halfDays: null,
    words: null,
    group: null,
    points: [],
    rejection: null,
    ...fields,
  };
}

const vo = { sector: 'vo' as const, peTeacher: false, bilingualSchool: false };

describe('progressOf', () => {
  it('counts an activity rejected in the audit 0 and keeps the rejection beside it (R-REG-AUDIT-1)', () => {
    const rejection = { rule: 'R-REG-EVID-2', reason: 'Geen certificaat' };
    const result = progressOf(vo, '2026-07-31', [
      activity({ kind: '2', date: '2024-01-01', hoursTenths: 100, content: 'subject', rejection }),
      activity({ kind: '2', date: '2024-02-01', hoursTenths: 40, content: 'subject' }),
    ]);
    expect(result.count.totalTenths).toBe(40);
    expect(result.byContent.subject).toBe(40);
    expect(result.activities.map((a) => [a.countedTenths, a.rules, a.rejection])).toEqual([
      [0, ['R-REG-AUDIT-1'], rejection],
      [40, [], null],
    ]);
  });

  it('sums counted RU per content kind and per school year, listing every school year of the period', () => {
    const result = progressOf(vo, '2026-07-31', [
      activity({ kind: '2', date: '2023-05-01', hoursTenths: 120, content: 'didactic' }),
      activity({ kind: '3', date: '2022-08-01', hoursTenths: 60, content: 'subject' }),
      activity({ kind: '4', date: '2026-07-31', hoursTenths: 35, content: 'general' }),
      activity({ kind: '2', date: '2022-07-31', hoursTenths: 500, content: 'subject' }),
    ]);
    expect(result.count.period).toEqual({ start: '2022-08-01', end: '2026-07-31' });
    expect(result.byContent).toEqual({ subject: 60, didactic: 120, pedagogical: 0, general: 35 });
    expect(result.bySchoolYear).toEqual([
      {
        schoolYear: '2022-2023',
        totalTenths: 180,
        byContent: { subject: 60, didactic: 120, pedagogical: 0, general: 0 },
      },
      {
        schoolYear: '2023-2024',
        totalTenths: 0,
        byContent: { subject: 0, didactic: 0, pedagogical: 0, general: 0 },
      },
      {
        schoolYear: '2024-2025',
        totalTenths: 0,
        byContent: { subject: 0, didactic: 0, pedagogical: 0, general: 0 },
      },
      {
        schoolYear: '2025-2026',
        totalTenths: 35,
        byContent: { subject: 0, didactic: 0, pedagogical: 0, general: 35 },
      },
    ]);
    expect(result.count.totalTenths).toBe(215);
    // by date: the one outside the period first, counted 0 (R-REG-NORM-1)
    expect(result.activities.map((a) => [a.date, a.countedTenths, a.rules])).toEqual([
      ['2022-07-31', 0, ['R-REG-NORM-1']],
      ['2022-08-01', 60, []],
      ['2023-05-01', 120, []],
      ['2026-07-31', 35, []],
    ]);
    expect(result.activities[0]?.title).toMatch(/^Activiteit/);
  });

  it('a period not ending on 31 July spans five school years', () => {
    expect(progressOf(vo, '2026-01-31', []).bySchoolYear.map((y) => y.schoolYear)).toEqual([
      '2021-2022',
      '2022-2023',
      '2023-2024',
      '2024-2025',
      '2025-2026',
    ]);
  });

  it('gives a shared cap to the earliest activity, then to the first recorded on the same day (R-REG-CAP-1)', () => {
    const first = activity({ kind: '5.5a', date: '2024-03-01', hoursTenths: 40 });
    const second = activity({ kind: '5.5a', date: '2024-03-01', hoursTenths: 40 });
    const earlier = activity({ kind: '5.5a', date: '2024-02-01', hoursTenths: 30 });
    const result = progressOf(vo, '2026-07-31', [first, second, earlier]);
    expect(result.activities.map((a) => [a.id, a.countedTenths, a.rules])).toEqual([
      [earlier.id, 30, []],
      [first.id, 30, ['R-REG-CAP-1']],
      [second.id, 0, ['R-REG-CAP-1']],
    ]);
  });

  it('passes the fields a kind needs and the teacher facts to the engine (R-REG-CAP-4, -5, -7, -8)', () => {
    const result = progressOf({ ...vo, peTeacher: true }, '2026-07-31', [
      activity({ kind: '6.4a', date: '2024-01-10', hoursTenths: 80, halfDays: 2 }),
      activity({ kind: '7.4b', date: '2024-01-11', hoursTenths: 200, words: 999 }),
      activity({ kind: '6.2e', date: '2024-01-12', hoursTenths: 100, group: 'Commissie A' }),
      activity({ kind: 'first-aid', date: '2024-01-13', hoursTenths: 80 }),
    ]);
    expect(result.activities.map((a) => [a.countedTenths, a.rules])).toEqual([
      [20, ['R-REG-CAP-5']],
      [0, ['R-REG-CAP-7']],
      [60, ['R-REG-CAP-4']],
      [80, []],
    ]);
  });

  it('adds up points of other schemes in the period only, beside RU, never in them (R-AUMC-COST-1)', () => {
    const result = progressOf(vo, '2026-07-31', [
      activity({
        kind: '1',
        date: '2024-06-30',
        hoursTenths: 100,
        points: [{ scheme: 'ABAN', pointsTenths: 240 }],
      }),
      activity({
        kind: '2',
        date: '2025-01-01',
        hoursTenths: 20,
        points: [
          { scheme: 'GAIA', pointsTenths: 15 },
          { scheme: 'ABAN', pointsTenths: 20 },
        ],
      }),
      activity({ kind: '2', date: '2020-01-01', points: [{ scheme: 'ABAN', pointsTenths: 100 }] }),
    ]);
    expect(result.points).toEqual([
      { scheme: 'ABAN', pointsTenths: 260 },
      { scheme: 'GAIA', pointsTenths: 15 },
    ]);
    expect(result.count.totalTenths).toBe(120);
  });
});
