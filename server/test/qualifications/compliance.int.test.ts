import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport, TeachingProfile } from '../../../contracts/qualifications.js';
import { ensureBuiltInPolicies } from '../../src/modules/qualifications/index.js';
import { makeEarnedQualification, makeInstitution, makePerson, makeTeachingProfile } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;
let umcu: Awaited<ReturnType<typeof makeInstitution>>;
const people: Record<string, { id: string; email: string; displayName: string }> = {};

/** Permanent, broad task: the BKO is obligatory at UMC Utrecht from 0.2 fte (R-UMCU-BKO-1). */
const broad: Partial<TeachingProfile> = {
  employment: { permanent: true, years: 5 },
  teachingFte: 0.25,
  competencyAreas: ['design', 'delivery', 'assessment'],
  deliveryTasks: ['lecture', 'working-group'],
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await ensureBuiltInPolicies(db, t.clock.now());
  umcu = await makeInstitution(db, { slug: 'umcu', name: 'UMC Utrecht' });
  const teacher = (displayName: string, unitId: string | null) =>
    makePerson(db, { displayName, roles: [{ role: 'teacher', institutionId: umcu.institution.id, unitId }] });
  people.anna = await teacher('Anna Aarts', umcu.department.id);
  people.bert = await teacher('Bert Bos', umcu.department.id);
  people.cees = await teacher('Cees Claes', umcu.division.id);
  people.dirk = await teacher('Dirk Dekker', umcu.otherDivision.id);
  people.zoe = await teacher('=Zoë; "de" Vries', umcu.otherDivision.id);
  people.manager = await makePerson(db, {
    roles: [{ role: 'line-manager', institutionId: umcu.institution.id, unitId: umcu.division.id }],
  });
  people.coordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: umcu.institution.id }],
  });
  const id = umcu.institution.id;
  await makeTeachingProfile(db, { personId: people.anna.id, institutionId: id, profile: broad });
  await makeTeachingProfile(db, { personId: people.bert.id, institutionId: id, profile: broad });
  await makeTeachingProfile(db, {
    personId: people.dirk.id,
    institutionId: id,
    profile: { teachingFte: 0.1 },
  });
  await makeTeachingProfile(db, { personId: people.zoe.id, institutionId: id, profile: broad });
  // Bert earned his BKO elsewhere: it counts here too
  await makeEarnedQualification(db, { personId: people.bert.id, code: 'BKO', issuer: 'Vrije Universiteit' });
});
afterAll(() => t.close());

async function login(who: string, language: 'nl' | 'en' = 'nl') {
  const client = new TestClient(t.app, language);
  await client.login((people[who] as { email: string }).email);
  return client;
}

const url = (suffix = '', query = '') =>
  `/api/v1/institutions/${umcu.institution.id}/compliance${suffix}${query}`;
const names = (report: ComplianceReport) => report.teachers.map((r) => r.person.displayName);

describe('the compliance view', () => {
  it('shows a line manager the teachers of their division, who must earn which qualification, who holds it and who misses it', async () => {
    const manager = await login('manager');
    const response = await manager.get(url());
    expect(response.statusCode).toBe(200);
    const report: ComplianceReport = response.json();
    expect(report.policy).toEqual({ id: 'umcu', version: '2023-10-01' });
    expect(report.codes).toEqual(['BKO', 'UvO', 'KKO', 'SKO']);
    expect(names(report)).toEqual(['Anna Aarts', 'Bert Bos', 'Cees Claes']);

    const [anna, bert, cees] = report.teachers;
    expect(anna?.units).toEqual([{ id: umcu.department.id, name: umcu.department.name }]);
    expect(anna?.qualifications[0]).toEqual({
      code: 'BKO',
      status: 'obligatory',
      rules: ['R-UMCU-BKO-1', 'R-UMCU-BKO-3'],
      held: false,
      missing: true,
    });
    expect(bert?.qualifications[0]).toMatchObject({ status: 'obligatory', held: true, missing: false });
    expect(cees?.profile).toBeNull();
    expect(cees?.qualifications.map((q) => q.status)).toEqual([
      'no-profile',
      'no-profile',
      'no-profile',
      'no-profile',
    ]);
    expect(cees?.qualifications.some((q) => q.missing)).toBe(false);

    expect(report.summary).toMatchObject({ teachers: 3, withProfile: 2, withoutProfile: 1, confirmed: 0 });
    expect(report.summary.byQualification[0]).toEqual({
      code: 'BKO',
      obligatory: 2,
      eligible: 0,
      notApplicable: 0,
      noProfile: 1,
      held: 1,
      missing: 1,
    });
  });

  it('shows a coordinator the whole institution, or one unit and what is below it', async () => {
    const coordinator = await login('coordinator');
    const all: ComplianceReport = (await coordinator.get(url())).json();
    expect(names(all)).toEqual(['=Zoë; "de" Vries', 'Anna Aarts', 'Bert Bos', 'Cees Claes', 'Dirk Dekker']);
    const dirk = all.teachers.find((r) => r.person.id === people.dirk?.id);
    // 0.1 fte with no delivery task: the BKO and UvO are open to him (R-UMCU-ROUTE-1, R-UMCU-UVO-4)
    expect(dirk?.qualifications.map((q) => q.status)).toEqual([
      'eligible',
      'eligible',
      'not-applicable',
      'not-applicable',
    ]);
    const department: ComplianceReport = (
      await coordinator.get(url('', `?unitId=${umcu.department.id}`))
    ).json();
    expect(department.unit).toEqual({ id: umcu.department.id, name: umcu.department.name });
    expect(names(department)).toEqual(['Anna Aarts', 'Bert Bos']);
  });

  it("shows a line manager nothing outside their scope, a teacher nothing, and another institution's staff nothing", async () => {
    const manager = await login('manager');
    const sibling = await manager.get(url('', `?unitId=${umcu.otherDivision.id}`));
    expect(sibling.statusCode).toBe(403);
    expect(sibling.json().error.code).toBe('FORBIDDEN');
    expect((await manager.get(url('.csv', `?unitId=${umcu.otherDivision.id}`))).statusCode).toBe(403);

    const teacher = await login('anna');
    expect((await teacher.get(url())).statusCode).toBe(403);
    expect((await teacher.get(url('.xlsx'))).statusCode).toBe(403);

    const elsewhere = await makeInstitution(t.database.db);
    const foreign = await makePerson(t.database.db, {
      roles: [{ role: 'coordinator', institutionId: elsewhere.institution.id }],
    });
    const client = new TestClient(t.app);
    await client.login(foreign.email);
    expect((await client.get(url())).statusCode).toBe(403);
  });

  it('answers 404 for an unknown institution, a unit of another institution, and an institution without a policy; 400 for a bad unit id', async () => {
    const coordinator = await login('coordinator', 'en');
    const unknown = await coordinator.get(
      '/api/v1/institutions/00000000-0000-4000-8000-000000000000/compliance',
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('INSTITUTION_NOT_FOUND');
    const elsewhere = await makeInstitution(t.database.db);
    const foreignUnit = await coordinator.get(url('', `?unitId=${elsewhere.department.id}`));
    expect(foreignUnit.statusCode).toBe(404);
    expect(foreignUnit.json().error.code).toBe('UNIT_NOT_FOUND');
    const bad = await coordinator.get(url('', '?unitId=12'));
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.issues[0].field).toBe('querystring.unitId');

    const admin = await makePerson(t.database.db, {
      roles: [{ role: 'administrator', institutionId: elsewhere.institution.id }],
    });
    const client = new TestClient(t.app, 'en');
    await client.login(admin.email);
    const noPolicy = await client.get(`/api/v1/institutions/${elsewhere.institution.id}/compliance`);
    expect(noPolicy.statusCode).toBe(404);
    expect(noPolicy.json().error.code).toBe('INSTITUTION_HAS_NO_POLICY');
  });
});

describe('compliance exports', () => {
  it('give CSV for Dutch Excel: UTF-8 with a byte order mark, semicolons, a Dutch header, formulas defused', async () => {
    const coordinator = await login('coordinator');
    const response = await coordinator.get(url('.csv'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="compliance-umc-utrecht-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = response.rawPayload;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Naam;E-mail;Onderdelen;Profiel bijgewerkt;Bevestigd;' +
        'BKO status;BKO behaald;BKO ontbreekt;UvO status;UvO behaald;UvO ontbreekt;' +
        'KKO status;KKO behaald;KKO ontbreekt;SKO status;SKO behaald;SKO ontbreekt',
    );
    expect(lines).toHaveLength(1 + 5 + 1); // header, five teachers, the final line break
    // a name that starts with "=" is not a formula, and ; and " are quoted
    expect(lines[1]?.startsWith(`"'=Zoë; ""de"" Vries";`)).toBe(true);
    const anna = lines.find((l) => l.startsWith('Anna Aarts;'))?.split(';');
    expect(anna?.slice(5, 8)).toEqual(['verplicht', 'nee', 'ja']);
    const cees = lines.find((l) => l.startsWith('Cees Claes;'))?.split(';');
    expect(cees?.[3]).toBe('');
    expect(cees?.[5]).toBe('geen profiel');
  });

  it('give the header in English when the request asks for it', async () => {
    const coordinator = await login('coordinator', 'en');
    const text = (await coordinator.get(url('.csv'))).rawPayload.subarray(3).toString('utf8');
    expect(
      text
        .split('\r\n')[0]
        ?.startsWith('Name;E-mail;Units;Profile updated;Confirmed;BKO status;BKO held;BKO missing'),
    ).toBe(true);
    expect(text).toContain(';obligatory;no;yes;');
  });

  it('give a real XLSX workbook, header row frozen and filtered, that Excel (here: exceljs) opens', async () => {
    const manager = await login('manager', 'en');
    const response = await manager.get(url('.xlsx'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toMatch(/filename="compliance-umc-utrecht-.*\.xlsx"/);
    expect([...response.rawPayload.subarray(0, 2)]).toEqual([0x50, 0x4b]); // a zip archive

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no worksheet');
    expect(sheet.name).toBe('Qualifications');
    expect(sheet.rowCount).toBe(4); // header and the division's three teachers
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual([
      'Name',
      'E-mail',
      'Units',
      'Profile updated',
      'Confirmed',
      'BKO status',
      'BKO held',
      'BKO missing',
    ]);
    expect(header).toHaveLength(5 + 4 * 3);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const anna = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(anna.slice(0, 1)).toEqual(['Anna Aarts']);
    expect(anna.slice(5, 8)).toEqual(['obligatory', 'no', 'yes']);
  });
});
