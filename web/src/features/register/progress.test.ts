import { describe, expect, it } from 'vitest';
import type { RegisterProgress } from '../../../../contracts/register.js';
import {
  axisScale,
  capRules,
  cutActivities,
  normBars,
  outsidePeriod,
  schoolYearBars,
  tenth,
} from './progress';

const byContent = (subject: number, didactic = 0, pedagogical = 0, general = 0) => ({
  subject,
  didactic,
  pedagogical,
  general,
});

const activity = (
  id: string,
  extra: Partial<RegisterProgress['activities'][number]> = {},
): RegisterProgress['activities'][number] => ({
  id,
  title: `Activiteit ${id}`,
  kind: '2',
  date: '2025-01-01',
  schoolYear: '2024-2025',
  inPeriod: true,
  content: 'subject',
  claimedRU: 10,
  countedRU: 10,
  rules: [],
  rejection: null,
  ...extra,
});

const progress = (
  sector: RegisterProgress['sector'],
  extra: Partial<RegisterProgress> = {},
): RegisterProgress => ({
  sector,
  teacher: { peTeacher: false, bilingualSchool: false },
  period: { start: '2022-08-01', end: '2026-07-31' },
  norm: { totalRU: 160, primaryRU: 100, subjectRU: sector === 'vo' ? 40 : null },
  totalRU: 120,
  primaryRU: 100.1,
  subjectRU: 30,
  meetsNorm: false,
  shortfalls: [],
  byContent: byContent(30),
  bySchoolYear: [],
  accreditationPoints: [],
  activities: [],
  ...extra,
});

describe('norm bars', () => {
  it('show 160 and 100 for every sector (R-REG-NORM-1, -2), and 40 subject content only in vo (R-REG-NORM-3)', () => {
    expect(normBars(progress('po')).map((bar) => bar.rule)).toEqual(['R-REG-NORM-1', 'R-REG-NORM-2']);
    expect(normBars(progress('vo'))).toEqual([
      { rule: 'R-REG-NORM-1', reached: 120, target: 160, percent: 75, missing: 40 },
      { rule: 'R-REG-NORM-2', reached: 100.1, target: 100, percent: 100, missing: 0 },
      { rule: 'R-REG-NORM-3', reached: 30, target: 40, percent: 75, missing: 10 },
    ]);
  });

  it('say what is missing in whole tenths, however the fractions add up', () => {
    expect(normBars(progress('po', { totalRU: 159.7 }))[0]?.missing).toBe(0.3);
    expect(tenth(0.1 + 0.2)).toBe(0.3);
  });
});

describe('activities a rule decided', () => {
  const report = progress('vo', {
    activities: [
      activity('full'),
      activity('exam', { kind: '6.2b', claimedRU: 5, countedRU: 3, rules: ['R-REG-CAP-3'] }),
      activity('old', { inPeriod: false, countedRU: 0, rules: ['R-REG-NORM-1'] }),
      activity('rejected', {
        countedRU: 0,
        rules: ['R-REG-AUDIT-1'],
        rejection: { rule: 'R-REG-EVID-2', reason: 'Geen certificaat' },
      }),
    ],
  });

  it('lists the ones in the period a cap cut or the audit rejected, with their rules, and those outside the period apart', () => {
    expect(cutActivities(report).map((a) => a.id)).toEqual(['exam', 'rejected']);
    expect(capRules(report.activities[3] as RegisterProgress['activities'][number])).toEqual([
      'R-REG-AUDIT-1',
    ]);
    expect(outsidePeriod(report).map((a) => a.id)).toEqual(['old']);
    expect(capRules(report.activities[1] as RegisterProgress['activities'][number])).toEqual(['R-REG-CAP-3']);
    expect(capRules(report.activities[2] as RegisterProgress['activities'][number])).toEqual([]);
  });
});

describe('the chart', () => {
  it('stacks each school year by content kind in a fixed order', () => {
    const bars = schoolYearBars(
      progress('vo', {
        bySchoolYear: [{ schoolYear: '2022-2023', totalRU: 12, byContent: byContent(2, 4, 0, 6) }],
      }),
    );
    expect(bars).toEqual([
      {
        label: '2022-2023',
        total: 12,
        segments: [
          { content: 'subject', value: 2 },
          { content: 'didactic', value: 4 },
          { content: 'pedagogical', value: 0 },
          { content: 'general', value: 6 },
        ],
      },
    ]);
  });

  it('rounds the axis up to a round top with equal steps, and keeps an axis when empty', () => {
    expect(axisScale(37)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(axisScale(41)).toEqual({ max: 80, ticks: [0, 20, 40, 60, 80] });
    expect(axisScale(0)).toEqual({ max: 10, ticks: [0, 2.5, 5, 7.5, 10] });
    expect(axisScale(160)).toEqual({ max: 200, ticks: [0, 50, 100, 150, 200] });
  });
});

describe('figures', () => {
  it('show RU with at most one decimal in the interface language, and file sizes in kB or MB', async () => {
    const { formatRU, formatSize } = await import('./format');
    expect(formatRU(12.5, 'nl')).toBe('12,5');
    expect(formatRU(160, 'en')).toBe('160');
    expect(formatSize(2048, 'en')).toBe('2 kB');
    expect(formatSize(1536 * 1024, 'nl')).toBe('1,5 MB');
  });
});
