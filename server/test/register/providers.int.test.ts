import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderActivity } from '../../../contracts/register-providers.js';
import { registerActivities, registerTeacherSettings } from '../../src/modules/register/register.tables.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;
let provider: Awaited<ReturnType<typeof makeInstitution>>;
let otherProvider: Awaited<ReturnType<typeof makeInstitution>>;
let school: Awaited<ReturnType<typeof makeInstitution>>;
const people: Record<string, { id: string; email: string; displayName: string }> = {};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  provider = await makeInstitution(db, { kind: 'provider', name: 'Academie Een' });
  otherProvider = await makeInstitution(db, { kind: 'provider' });
  school = await makeInstitution(db, { kind: 'school' });
  people.provider = await makePerson(db, {
    roles: [{ role: 'provider', institutionId: provider.institution.id }],
  });
  people.otherProvider = await makePerson(db, {
    roles: [{ role: 'provider', institutionId: otherProvider.institution.id }],
  });
  const teacher = (displayName: string) =>
    makePerson(db, {
      displayName,
      roles: [{ role: 'teacher', institutionId: school.institution.id, unitId: school.department.id }],
    });
  people.anna = await teacher('Anna Aarts');
  people.bert = await teacher('Bert Bos');
  people.cees = await teacher('Cees Claes');
  people.coordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: school.institution.id }],
  });
  await db.insert(registerTeacherSettings).values({
    personId: people.bert.id,
    sector: 'vo',
    registerNumber: '100200',
    updatedBy: people.bert.id,
  });
});
afterAll(() => t.close());

async function login(who: string, language: 'nl' | 'en' = 'nl') {
  const client = new TestClient(t.app, language);
  await client.login((people[who] as { email: string }).email);
  return client;
}

let numbers = 0;
const activityBody = (overrides: Record<string, unknown> = {}) => ({
  number: `PA-${++numbers}-${Date.now()}`,
  title: 'Formatief toetsen in de bovenbouw',
  kind: '2',
  content: 'didactic',
  startDate: '2026-01-12',
  date: '2026-01-19',
  recognisedRU: 12.25,
  ...overrides,
});

async function publish(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<ProviderActivity> {
  const response = await client.post(
    `/api/v1/providers/${provider.institution.id}/activities`,
    activityBody(overrides),
  );
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const csv = (client: TestClient, activityId: string, body: string | Buffer) =>
  client.request('POST', `/api/v1/provider-activities/${activityId}/attendances.csv`, body, {
    headers: { 'content-type': 'text/csv' },
  });

const dossierOf = (personId: string, providerActivityId: string) =>
  t.database.db
    .select()
    .from(registerActivities)
    .where(
      and(
        eq(registerActivities.personId, personId),
        eq(registerActivities.providerActivityId, providerActivityId),
      ),
    );

describe('a provider publishes validated activities (R-REG-EVID-1)', () => {
  it('with a unique number and the recognised RU, audited, listed for the provider', async () => {
    const client = await login('provider');
    const activity = await publish(client, { number: 'RL-2026-0001' });
    expect(activity).toMatchObject({
      provider: { id: provider.institution.id, name: 'Academie Een' },
      number: 'RL-2026-0001',
      kind: '2',
      content: 'didactic',
      startDate: '2026-01-12',
      date: '2026-01-19',
      recognisedRU: 12.3, // one decimal, half up
      withdrawnAt: null,
      attendances: 0,
    });
    expect(activity.publishedAt).not.toBeNull();
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, activity.id))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['provider-activity.publish']);

    const list = (await client.get(`/api/v1/providers/${provider.institution.id}/activities`)).json();
    expect(list.items.map((a: ProviderActivity) => a.number)).toContain('RL-2026-0001');

    const taken = await (await login('otherProvider', 'en')).post(
      `/api/v1/providers/${otherProvider.institution.id}/activities`,
      activityBody({ number: 'RL-2026-0001' }),
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'PROVIDER_ACTIVITY_NUMBER_TAKEN' });
    expect(taken.json().error.message).toContain('body.number');
  });

  it('refuses bad input naming the field, in Dutch and in English', async () => {
    const nl = await login('provider');
    const missing = await nl.post(
      `/api/v1/providers/${provider.institution.id}/activities`,
      activityBody({ title: '' }),
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe('Ongeldige invoer bij body.title.');
    const en = await login('provider', 'en');
    const kind = await en.post(
      `/api/v1/providers/${provider.institution.id}/activities`,
      activityBody({ kind: '9.9' }),
    );
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.message).toBe('Invalid input for body.kind.');
    const dates = await en.post(
      `/api/v1/providers/${provider.institution.id}/activities`,
      activityBody({ startDate: '2026-02-01', date: '2026-01-19' }),
    );
    expect(dates.statusCode).toBe(400);
    expect(dates.json().error.message).toContain('body.startDate');
  });

  it('is for the provider only: another provider, a coordinator or a teacher is refused', async () => {
    const activity = await publish(await login('provider'));
    for (const who of ['otherProvider', 'coordinator', 'anna']) {
      const client = await login(who);
      const url = `/api/v1/providers/${provider.institution.id}/activities`;
      expect((await client.get(url)).statusCode, who).toBe(403);
      expect((await client.post(url, activityBody())).statusCode, who).toBe(403);
      expect((await client.get(`/api/v1/provider-activities/${activity.id}`)).statusCode, who).toBe(403);
      expect(
        (await client.get(`/api/v1/provider-activities/${activity.id}/attendances`)).statusCode,
        who,
      ).toBe(403);
      const register = await client.post(`/api/v1/provider-activities/${activity.id}/attendances`, {
        email: people.anna?.email,
      });
      expect(register.statusCode, who).toBe(403);
      expect((await csv(client, activity.id, `email\n${people.anna?.email}\n`)).statusCode, who).toBe(403);
      expect((await client.post(`/api/v1/provider-activities/${activity.id}/withdraw`)).statusCode, who).toBe(
        403,
      );
    }
    const client = await login('provider');
    expect(
      (await client.get('/api/v1/provider-activities/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect(
      (await client.get('/api/v1/providers/00000000-0000-4000-8000-000000000000/activities')).statusCode,
    ).toBe(404);
  });
});

describe('attendance, one by one', () => {
  it('puts the activity, validated, in the attendee’s dossier with the recognised RU, and is audited', async () => {
    const client = await login('provider');
    const activity = await publish(client);
    const byEmail = await client.post(`/api/v1/provider-activities/${activity.id}/attendances`, {
      email: people.anna?.email.toUpperCase(),
    });
    expect(byEmail.statusCode, byEmail.body).toBe(201);
    expect(byEmail.json()).toMatchObject({
      person: { id: people.anna?.id, displayName: 'Anna Aarts' },
      matchedBy: 'email',
      certificateUrl: `/api/v1/attendances/${byEmail.json().id}/certificate.pdf`,
    });
    const byNumber = await client.post(`/api/v1/provider-activities/${activity.id}/attendances`, {
      registerNumber: '100200',
    });
    expect(byNumber.statusCode).toBe(201);
    expect(byNumber.json()).toMatchObject({ person: { id: people.bert?.id }, matchedBy: 'register-number' });

    const [row] = await dossierOf(people.anna?.id as string, activity.id);
    expect(row).toMatchObject({
      kind: '2',
      title: activity.title,
      startDate: '2026-01-12',
      date: '2026-01-19',
      hoursTenths: 123,
      content: 'didactic',
      providerActivityId: activity.id,
      lockedAt: null,
    });
    expect(byEmail.json().activityId).toBe(row?.id);

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, byEmail.json().id));
    expect(audit.map((a) => a.action)).toEqual(['attendance.register']);

    const again = await client.post(`/api/v1/provider-activities/${activity.id}/attendances`, {
      email: people.anna?.email,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('Anna Aarts');

    const list = (await client.get(`/api/v1/provider-activities/${activity.id}/attendances`)).json();
    expect(list.items.map((a: { person: { displayName: string } }) => a.person.displayName)).toEqual([
      'Anna Aarts',
      'Bert Bos',
    ]);
    expect((await client.get(`/api/v1/provider-activities/${activity.id}`)).json().attendances).toBe(2);
  });

  it('needs exactly one of e-mail and register number, of someone who exists', async () => {
    const client = await login('provider', 'en');
    const activity = await publish(client);
    const url = `/api/v1/provider-activities/${activity.id}/attendances`;
    const neither = await client.post(url, {});
    expect(neither.statusCode).toBe(400);
    expect(neither.json().error.code).toBe('ATTENDEE_IDENTIFIER');
    expect(neither.json().error.message).toContain('body.email, body.registerNumber');
    expect((await client.post(url, { email: people.anna?.email, registerNumber: '100200' })).statusCode).toBe(
      400,
    );
    const invalid = await client.post(url, { email: 'geen-adres' });
    expect(invalid.json().error.message).toBe('Invalid input for body.email.');
    const unknown = await client.post(url, { email: 'niemand@example.test' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe(
      'Invalid input for body.email: there is nobody with e-mail address niemand@example.test.',
    );
    const unknownNumber = await client.post(url, { registerNumber: '999' });
    expect(unknownNumber.json().error.code).toBe('ATTENDEE_UNKNOWN_REGISTER_NUMBER');
  });

  it('stops after the activity is withdrawn; registered attendance stays', async () => {
    const client = await login('provider');
    const activity = await publish(client);
    const url = `/api/v1/provider-activities/${activity.id}/attendances`;
    expect((await client.post(url, { email: people.anna?.email })).statusCode).toBe(201);
    const withdrawn = await client.post(`/api/v1/provider-activities/${activity.id}/withdraw`);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().withdrawnAt).not.toBeNull();
    const late = await client.post(url, { email: people.bert?.email });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('PROVIDER_ACTIVITY_WITHDRAWN');
    expect(await dossierOf(people.anna?.id as string, activity.id)).toHaveLength(1);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, activity.id))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['provider-activity.publish', 'provider-activity.withdraw']);
  });
});

describe('attendance by CSV upload', () => {
  it('registers every attendee of a Dutch Excel list at once, skipping those already registered', async () => {
    const client = await login('provider');
    const activity = await publish(client);
    await client.post(`/api/v1/provider-activities/${activity.id}/attendances`, {
      email: people.cees?.email,
    });
    const file = `\uFEFFNaam;E-mailadres;Registernummer\r\nAnna;${people.anna?.email};\r\nBert;;100200\r\nCees;${people.cees?.email};\r\n`;
    const response = await csv(client, activity.id, file);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.registered.map((a: { person: { id: string } }) => a.person.id)).toEqual([
      people.anna?.id,
      people.bert?.id,
    ]);
    expect(body.alreadyRegistered).toEqual([{ line: 4, personId: people.cees?.id }]);
    expect(await dossierOf(people.bert?.id as string, activity.id)).toHaveLength(1);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, activity.id))
      .orderBy(auditLog.id);
    expect(audit.map((a) => a.action)).toEqual(['provider-activity.publish', 'attendance.import']);
    expect((audit[1]?.after as { registered: unknown[] } | undefined)?.registered).toHaveLength(2);
  });

  it('registers nobody when a row is wrong, and names every bad line in the caller’s language', async () => {
    const client = await login('provider', 'en');
    const activity = await publish(client);
    const file = [
      'email,registernummer',
      `${people.anna?.email},`,
      'niemand@example.test,',
      ',424242',
      `${people.bert?.email},100200`,
      `,100200`,
    ].join('\n');
    const response = await csv(client, activity.id, file);
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe('ATTENDANCE_CSV_INVALID');
    expect(error.message).toContain('errors on 3 line(s); nobody was registered');
    expect(error.details.issues.map((i: { field: string; message: string }) => [i.field, i.message])).toEqual(
      [
        ['line 3', 'Line 3: there is nobody with e-mail address niemand@example.test.'],
        ['line 4', 'Line 4: there is nobody with register number 424242.'],
        ['line 6', 'Line 6: 100200 is on line 5 too.'],
      ],
    );
    expect(await dossierOf(people.anna?.id as string, activity.id)).toHaveLength(0);

    const nl = await login('provider');
    const mixed = await csv(nl, activity.id, `email;registernummer\n${people.anna?.email};100200\n`);
    expect(mixed.json().error.details.issues[0].message).toBe(
      'Regel 2: het e-mailadres en het registernummer horen bij verschillende mensen.',
    );
    const empty = await csv(nl, activity.id, '');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.issues[0].message).toBe('Regel 1: de lijst bevat geen deelnemers.');
  });

  it('refuses a body that is not CSV', async () => {
    const client = await login('provider');
    const activity = await publish(client);
    const response = await client.request(
      'POST',
      `/api/v1/provider-activities/${activity.id}/attendances.csv`,
      '%PDF-1.7',
      { headers: { 'content-type': 'application/pdf' } },
    );
    expect(response.statusCode).toBe(415);
  });
});

describe('what the attendee gets', () => {
  it('lists my attended activities, and the certificate PDF for me and the provider only', async () => {
    const client = await login('provider');
    const activity = await publish(client, { title: 'Feedback & "reflectie" <vo>' });
    const attendance = (
      await client.post(`/api/v1/provider-activities/${activity.id}/attendances`, {
        email: people.anna?.email,
      })
    ).json();

    const anna = await login('anna');
    const notes = (await anna.get('/api/v1/me/notifications')).json();
    expect(notes.items.find((n: { entityId: string }) => n.entityId === attendance.id)).toMatchObject({
      kind: 'register.attendance-registered',
      message: expect.stringContaining(`Academie Een heeft je deelname aan ‘${activity.title}’`),
    });
    const mine = (await anna.get('/api/v1/me/attendances')).json();
    const item = mine.items.find((i: { id: string }) => i.id === attendance.id);
    expect(item).toMatchObject({
      providerActivity: { number: activity.number, recognisedRU: 12.3, provider: { name: 'Academie Een' } },
      activityId: attendance.activityId,
      certificateUrl: attendance.certificateUrl,
    });

    const pdf = await anna.get(attendance.certificateUrl);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain(`certificaat-${activity.number}.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const mupdf = await import('mupdf');
    const document = mupdf.Document.openDocument(pdf.rawPayload, 'application/pdf');
    const text = document.loadPage(0).toStructuredText('preserve-whitespace').asText();
    expect(text).toContain('Certificaat van deelname');
    expect(text).toContain('Anna Aarts');
    expect(text).toContain('Feedback & "reflectie" <vo>');
    expect(text).toContain(activity.number);
    expect(text).toContain('12,3');
    expect(text).toContain('12 januari 2026 – 19 januari 2026');

    const english = await (await login('provider', 'en')).get(attendance.certificateUrl);
    expect(english.statusCode).toBe(200);
    const englishText = mupdf.Document.openDocument(english.rawPayload, 'application/pdf')
      .loadPage(0)
      .toStructuredText('preserve-whitespace')
      .asText();
    expect(englishText).toContain('Certificate of attendance');

    for (const who of ['bert', 'otherProvider', 'coordinator']) {
      expect((await (await login(who)).get(attendance.certificateUrl)).statusCode, who).toBe(403);
    }
    expect(
      (await anna.get('/api/v1/attendances/00000000-0000-4000-8000-000000000000/certificate.pdf')).statusCode,
    ).toBe(404);
  });
});
