import { describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../../../contracts/qualifications.js';
import { complianceCsv, complianceTable, exportFileName } from './export-compliance.js';

const report: ComplianceReport = {
  institution: { id: '00000000-0000-4000-8000-000000000001', name: 'UMC Utrecht' },
  unit: null,
  on: '2026-11-23',
  policy: { id: 'umcu', version: '2023-10-01' },
  codes: ['BKO'],
  teachers: [
    {
      person: { id: '00000000-0000-4000-8000-000000000002', displayName: '=SUM(A1)', email: 'x@x.test' },
      units: [
        { id: '00000000-0000-4000-8000-000000000003', name: 'Cardiologie' },
        { id: '00000000-0000-4000-8000-000000000004', name: 'Longziekten; poli' },
      ],
      profile: {
        id: '00000000-0000-4000-8000-000000000005',
        updatedAt: '2026-03-31T22:30:00.000Z',
        confirmedAt: null,
      },
      qualifications: [{ code: 'BKO', status: 'obligatory', rules: [], held: false, missing: true }],
    },
  ],
  summary: {
    teachers: 1,
    withProfile: 1,
    withoutProfile: 0,
    confirmed: 0,
    byQualification: [],
  },
};

describe('compliance export', () => {
  it('writes the table in the language asked for, dates as days in the Netherlands', () => {
    expect(complianceTable(report, 'nl')).toEqual([
      [
        'Naam',
        'E-mail',
        'Onderdelen',
        'Profiel bijgewerkt',
        'Bevestigd',
        'BKO status',
        'BKO behaald',
        'BKO ontbreekt',
      ],
      ['=SUM(A1)', 'x@x.test', 'Cardiologie, Longziekten; poli', '2026-04-01', '', 'verplicht', 'nee', 'ja'],
    ]);
    expect(complianceTable(report, 'en')[1]?.slice(5)).toEqual(['obligatory', 'no', 'yes']);
  });

  it('writes CSV with a byte order mark, semicolons and CRLF, quoting and defusing formulas', () => {
    const csv = complianceCsv(report, 'nl');
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8').split('\r\n')[1]).toBe(
      '\'=SUM(A1);x@x.test;"Cardiologie, Longziekten; poli";2026-04-01;;verplicht;nee;ja',
    );
  });

  it('names the file after the institution or unit and the day', () => {
    expect(exportFileName(report, 'csv')).toBe('compliance-umc-utrecht-2026-11-23.csv');
    expect(
      exportFileName(
        { ...report, unit: { id: report.institution.id, name: 'Divisie Hart & Longen' } },
        'xlsx',
      ),
    ).toBe('compliance-divisie-hart-longen-2026-11-23.xlsx');
  });
});
