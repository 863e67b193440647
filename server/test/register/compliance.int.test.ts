import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterComplianceReport } from '../../../contracts/register-compliance.js';
import { pageTexts } from '../../src/modules/documents/fixtures.js';
import { registerActivities, registerTeacherSettings } from '../../src/modules/register/register.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

// Register compliance of a coordinator's teachers (JSON, CSV, XLSX) and the teacher's own dossier as CSV:
// who may see what, what is counted, and bad input.

let t: TestApp;
let school: Awaited<ReturnType<typeof makeInstitution>>;
let other: Awaited<ReturnType<typeof makeInstitution>>;
const people: Record<string, { id: string; email: string; displayName: string }> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  school = await makeInstitution(db, { kind: 'school', name: 'Lyceum De Brug' });
  other = await makeInstitution(db, { kind: 'school' });
  const teacher = (displayName: string, unitId: string) =>
    makePerson(db, {
      displayName,
      roles: [{ role: 'teacher', institutionId: school.institution.id, unitId }],
    });
  people.anna = await teacher('Anna Aarts', school.department.id);
  people.bert = await teacher('Bert Bos', school.otherDivision.id);
  people.cees = await teacher('=Cees Claes', school.department.id);
  people.coordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: school.institution.id }],
  });
  people.unitCoordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: school.institution.id, unitId: school.division.id }],
  });
  people.lineManager = await makePerson(db, {
    roles: [{ role: 'line-manager', institutionId: school.institution.id }],
  });
  people.otherCoordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: other.institution.id }],
  });

  const by = people.coordinator.id;
  await db.insert(registerTeacherSettings).values([
    { personId: people.anna.id, sector: 'vo', periodEnd: '2026-07-31', updatedBy: by },
    { personId: people.bert.id, sector: 'po', periodEnd: null, updatedBy: by },
  ]);
  const activity = (personId: string, values: Partial<typeof registerActivities.$inferInsert>) => ({
    personId,
    kind: '2' as const,
    title: 'Cursus',
    date: '2025-03-01',
    hoursTenths: 0,
    content: 'subject' as const,
    createdBy: personId,
    updatedBy: personId,
    ...values,
  });
  await db.insert(registerActivities).values([
    // Anna: 150 RU of courses, 50 of them subject content …
    activity(people.anna.id, { title: 'Vakdidactiek', hoursTenths: 1000, content: 'didactic' }),
    activity(people.anna.id, { title: 'Biologie vandaag', hoursTenths: 500 }),
    // … an exam meeting of 5 hours counts 3 (R-REG-CAP-3) …
    activity(people.anna.id, {
      title: 'Examenbespreking',
      kind: '6.2b',
      hoursTenths: 50,
      date: '2024-06-01',
    }),
    // … council work 10 hours in one school year counts 6 (R-REG-CAP-1) …
    activity(people.anna.id, { title: 'MR', kind: '5.5a', hoursTenths: 100, content: 'general' }),
    // … and a course before her period counts nothing (R-REG-NORM-1): 159 RU, one short.
    activity(people.anna.id, { title: 'Oud', hoursTenths: 300, date: '2022-07-31' }),
    // Bert (po, no period end: up to 31 July of this school year): 170 RU of general development.
    activity(people.bert.id, {
      title: 'Algemeen',
      hoursTenths: 1700,
      content: 'general',
      date: t.clock.now().toISOString().slice(0, 10),
    }),
  ]);
});
afterAll(() => t.close());

async function login(who: string, language: 'nl' | 'en' = 'nl') {
  const client = new TestClient(t.app, language);
  await client.login((people[who] as { email: string }).email);
  return client;
}

const url = (suffix = '', institutionId = school.institution.id) =>
  `/api/v1/institutions/${institutionId}/register/compliance${suffix}`;

describe('register compliance for a coordinator', () => {
  it('counts every teacher of the institution over their own period, with caps and the norm', async () => {
    const response = await (await login('coordinator')).get(url());
    expect(response.statusCode, response.body).toBe(200);
    const report: RegisterComplianceReport = response.json();
    expect(report.institution).toEqual({ id: school.institution.id, name: 'Lyceum De Brug' });
    expect(report.summary).toEqual({ teachers: 3, meetsNorm: 0, short: 2, withoutSettings: 1 });
    const byName = Object.fromEntries(report.teachers.map((x) => [x.person.displayName, x]));
    expect(byName['Anna Aarts']?.compliance).toEqual({
      sector: 'vo',
      period: { start: '2022-08-01', end: '2026-07-31' },
      periodEndGiven: true,
      totalRU: 159,
      primaryRU: 153,
      subjectRU: 53,
      meetsNorm: false,
      shortfalls: [{ rule: 'R-REG-NORM-1', missingRU: 1 }],
    });
    expect(byName['Anna Aarts']?.units).toEqual([{ id: school.department.id, name: 'Afdeling A1' }]);
    expect(byName['Bert Bos']?.compliance).toMatchObject({
      sector: 'po',
      periodEndGiven: false,
      totalRU: 170,
      primaryRU: 0,
      meetsNorm: false,
      shortfalls: [{ rule: 'R-REG-NORM-2', missingRU: 100 }],
    });
    expect(byName['=Cees Claes']?.compliance).toBeNull();
  });

  it('narrows to a unit and the units below it', async () => {
    const response = await (await login('coordinator')).get(url(`?unitId=${school.division.id}`));
    expect(response.statusCode, response.body).toBe(200);
    const report: RegisterComplianceReport = response.json();
    expect(report.unit).toEqual({ id: school.division.id, name: 'Divisie A' });
    expect(report.teachers.map((x) => x.person.displayName).sort()).toEqual(['=Cees Claes', 'Anna Aarts']);
  });

  it('shows a unit coordinator their unit, not the institution nor another unit', async () => {
    const client = await login('unitCoordinator');
    expect((await client.get(url(`?unitId=${school.department.id}`))).statusCode).toBe(200);
    expect((await client.get(url())).statusCode).toBe(403);
    expect((await client.get(url(`?unitId=${school.otherDivision.id}`))).statusCode).toBe(403);
  });

  it('refuses teachers, line managers, coordinators elsewhere and anonymous callers', async () => {
    for (const who of ['anna', 'lineManager', 'otherCoordinator']) {
      const response = await (await login(who)).get(url('.csv'));
      expect(response.statusCode, who).toBe(403);
    }
    expect((await new TestClient(t.app).get(url())).statusCode).toBe(401);
  });

  it('answers bad input with a 400 naming the field, unknown ids with a 404, in the caller’s language', async () => {
    const client = await login('coordinator', 'en');
    const badId = await client.get('/api/v1/institutions/nope/register/compliance.xlsx');
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.message).toContain('params.institutionId');
    const badUnit = await client.get(url('?unitId=42'));
    expect(badUnit.statusCode).toBe(400);
    expect(badUnit.json().error.message).toContain('querystring.unitId');
    expect((await client.get(url('?sort=name'))).statusCode).toBe(400);
    const unknownUnit = await client.get(url(`?unitId=${other.department.id}`));
    expect(unknownUnit.statusCode).toBe(404);
    expect(unknownUnit.json().error).toMatchObject({
      code: 'REGISTER_UNIT_NOT_FOUND',
      message: 'Unit not found at this institution.',
    });
    const unknown = await client.get(url('', '00000000-0000-4000-8000-000000000000'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('REGISTER_INSTITUTION_NOT_FOUND');
  });

  it('exports CSV for Dutch Excel: byte order mark, semicolons, decimal commas, formulas defused', async () => {
    const response = await (await login('coordinator')).get(url('.csv'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="registeruren-lyceum-de-brug-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const body = response.rawPayload;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Naam;E-mail;Onderdelen;Sector;Periode van;Periode tot en met;Einddatum uit instellingen;Totaal RU;' +
        'Primair proces RU;Vakinhoudelijk RU;Voldoet aan de norm;Tekort R-REG-NORM-1;Tekort R-REG-NORM-2;' +
        'Tekort R-REG-NORM-3',
    );
    expect(lines).toContain(
      `Anna Aarts;${people.anna?.email};Afdeling A1;vo;2022-08-01;2026-07-31;ja;159;153;53;nee;1;0;0`,
    );
    expect(lines.find((l) => l.includes('Claes'))).toBe(
      `'=Cees Claes;${people.cees?.email};Afdeling A1;geen registergegevens;;;;;;;;;;`,
    );
  });

  it('exports an Excel workbook with the header in English when asked', async () => {
    const response = await (await login('coordinator', 'en')).get(url('.xlsx'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Register hours');
    expect(sheet?.getRow(1).getCell(8).value).toBe('Total RU');
    expect(sheet?.rowCount).toBe(4);
    const anna = sheet?.getRows(2, 3)?.find((row) => row.getCell(1).value === 'Anna Aarts');
    expect(anna?.getCell(8).value).toBe('159');
  });
});

describe('my dossier as CSV', () => {
  it('lists every activity by date with what it counts and why', async () => {
    const response = await (await login('anna', 'en')).get('/api/v1/me/register/dossier.csv');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="dossier-2022-08-01-2026-07-31.csv"',
    );
    const lines = response.rawPayload.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Date;School year;Kind;Kind described;Title;Content;In the period;Hours entered;Counted RU;Rules;Rejected on rule;Reason for rejection',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^2022-07-31;2021-2022;2;Course;Oud;subject content;no;30;0;R-REG-NORM-1;;$/);
    expect(lines.find((l) => l.includes('Examenbespreking'))).toMatch(/;5;3;R-REG-CAP-3;;$/);
  });

  it('counts up to the period end asked for, and refuses a date that is none', async () => {
    const client = await login('anna');
    const earlier = await client.get('/api/v1/me/register/dossier.csv?periodEnd=2024-07-31');
    expect(earlier.statusCode).toBe(200);
    expect(earlier.headers['content-disposition']).toContain('dossier-2020-08-01-2024-07-31.csv');
    const bad = await client.get('/api/v1/me/register/dossier.csv?periodEnd=2024-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('querystring.periodEnd');
  });

  it('needs register settings and a login', async () => {
    const response = await (await login('cees')).get('/api/v1/me/register/dossier.csv');
    expect(response.statusCode).toBeGreaterThanOrEqual(400);
    expect(response.statusCode).toBeLessThan(500);
    expect(response.json().error.code).toBe('REGISTER_SETTINGS_MISSING');
    expect((await new TestClient(t.app).get('/api/v1/me/register/dossier.csv')).statusCode).toBe(401);
  });
});

describe('my dossier as a PDF', () => {
  it('shows the hours against the norm and every activity with what it counts, in my language', async () => {
    const response = await (await login('anna', 'en')).get('/api/v1/me/register/dossier.pdf');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="dossier-2022-08-01-2026-07-31.pdf"',
    );
    expect(response.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pageTexts(new Uint8Array(response.rawPayload)).join('\n');
    for (const expected of [
      'Register dossier',
      'Anna Aarts',
      '2022-08-01 – 2026-07-31',
      'Does not meet the norm yet.',
    ]) {
      expect(text).toContain(expected);
    }
    // A narrow column may break a rule id at its hyphens.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toMatch(/Examenbespreking.*R-REG-CAP-3/);
    expect(flat).toMatch(/Oud.*0\(outsidetheperiod\)R-REG-NORM-1/);
  });

  it('needs register settings, a valid period end and a login', async () => {
    const client = await login('cees');
    expect((await client.get('/api/v1/me/register/dossier.pdf')).json().error.code).toBe(
      'REGISTER_SETTINGS_MISSING',
    );
    const bad = await (await login('anna')).get('/api/v1/me/register/dossier.pdf?periodEnd=yesterday');
    expect(bad.statusCode).toBe(400);
    expect((await new TestClient(t.app).get('/api/v1/me/register/dossier.pdf')).statusCode).toBe(401);
  });
});
