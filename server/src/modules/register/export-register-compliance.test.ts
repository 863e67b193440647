import { describe, expect, it } from 'vitest';
import type { RegisterComplianceReport } from '../../../../contracts/register-compliance.js';
import { registerComplianceFileName, registerComplianceTable, ruText } from './export-register-compliance.js';

const report: RegisterComplianceReport = {
  institution: { id: '00000000-0000-4000-8000-000000000001', name: 'Lyceum De Brug' },
  unit: { id: '00000000-0000-4000-8000-000000000002', name: 'Sectie Bèta & Techniek' },
  on: '2026-12-01',
  teachers: [
    {
      person: { id: '00000000-0000-4000-8000-000000000003', displayName: 'Anna', email: 'a@x.test' },
      units: [],
      compliance: {
        sector: 'vo',
        period: { start: '2022-08-01', end: '2026-07-31' },
        periodEndGiven: true,
        totalRU: 120.5,
        primaryRU: 99.9,
        subjectRU: 40,
        meetsNorm: false,
        shortfalls: [
          { rule: 'R-REG-NORM-1', missingRU: 39.5 },
          { rule: 'R-REG-NORM-2', missingRU: 0.1 },
        ],
      },
    },
  ],
  summary: { teachers: 1, meetsNorm: 0, short: 1, withoutSettings: 0 },
};

describe('register compliance as a table', () => {
  it('writes RU with one decimal, a decimal comma in Dutch', () => {
    expect([0, 0.1, 159.9, 160].map((ru) => ruText(ru, 'nl'))).toEqual(['0', '0,1', '159,9', '160']);
    expect(ruText(159.9, 'en')).toBe('159.9');
  });

  it('gives each norm its own column of what is short, 0 when met', () => {
    expect(registerComplianceTable(report, 'nl')[1]?.slice(7)).toEqual([
      '120,5',
      '99,9',
      '40',
      'nee',
      '39,5',
      '0,1',
      '0',
    ]);
    expect(registerComplianceTable(report, 'en')[1]?.slice(10)).toEqual(['no', '39.5', '0.1', '0']);
  });

  it('names the file after the unit and the day', () => {
    expect(registerComplianceFileName(report, 'xlsx')).toBe(
      'registeruren-sectie-beta-techniek-2026-12-01.xlsx',
    );
  });
});
