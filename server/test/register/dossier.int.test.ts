import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegisterActivityInputRaw } from '../../../contracts/register.js';
import {
  registerActivities,
  registerAuditDraws,
  registerAuditReviews,
  registerProviderActivities,
} from '../../src/modules/register/register.tables.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { storedFiles } from '../../src/platform/files/files.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { multipart, samplePdf, samplePng } from '../fixtures/files.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;

// A small upload limit (0.1 MB), so "too large" needs no large test file.
beforeAll(async () => {
  t = await createTestApp({ UPLOAD_MAX_MB: '0.1' });
});
afterAll(() => t.close());

const ME = '/api/v1/me/register';

async function login(email: string, language: 'nl' | 'en' = 'nl') {
  const client = new TestClient(t.app, language);
  await client.login(email);
  return client;
}

/** A teacher in a department of an institution, logged in, and the staff around them. */
async function setting() {
  const db = t.database.db;
  const place = await makeInstitution(db);
  const elsewhere = await makeInstitution(db);
  const teacher = await makePerson(db, {
    roles: [{ role: 'teacher', institutionId: place.institution.id, unitId: place.department.id }],
  });
  const colleague = await makePerson(db, {
    roles: [{ role: 'teacher', institutionId: place.institution.id, unitId: place.department.id }],
  });
  const coordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: place.institution.id }],
  });
  const assessor = await makePerson(db, {
    roles: [{ role: 'assessor', institutionId: place.institution.id, unitId: place.division.id }],
  });
  const assessorElsewhereInUnit = await makePerson(db, {
    roles: [{ role: 'assessor', institutionId: place.institution.id, unitId: place.otherDivision.id }],
  });
  const otherCoordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: elsewhere.institution.id }],
  });
  const manager = await makePerson(db, {
    roles: [{ role: 'line-manager', institutionId: place.institution.id, unitId: place.division.id }],
  });
  return {
    ...place,
    teacher,
    colleague,
    coordinator,
    assessor,
    assessorElsewhereInUnit,
    otherCoordinator,
    manager,
    asTeacher: await login(teacher.email),
  };
}

const course: RegisterActivityInputRaw = {
  kind: '2',
  title: 'Cursus formatief toetsen',
  date: '2024-03-14',
  hours: 12.25,
  content: 'didactic',
  relevance: 'Ik ontwerp de toetsen van mijn blok.',
};

async function record(client: TestClient, activity: RegisterActivityInputRaw = course) {
  const response = await client.post(`${ME}/activities`, activity);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string } & Record<string, unknown>;
}

function upload(client: TestClient, activityId: string, file: Parameters<typeof multipart>[0]) {
  const { payload, contentType } = multipart(file);
  return client.request('POST', `${ME}/activities/${activityId}/evidence`, payload, {
    headers: { 'content-type': contentType },
  });
}

const auditRows = (entityType: string, entityId: string) =>
  t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id));

/** Takes the activity in an audit, as the audit by sample does (R-REG-AUDIT-1). */
async function lockInAudit(activityId: string, personId: string, institutionId: string) {
  const db = t.database.db;
  const [draw] = await db
    .insert(registerAuditDraws)
    .values({
      institutionId,
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      sampleCount: 1,
      seed: 'seed',
      populationSize: 1,
      drawnBy: personId,
    })
    .returning();
  const [review] = await db
    .insert(registerAuditReviews)
    .values({ drawId: draw?.id as string, personId, position: 1, periodEnd: '2026-07-31' })
    .returning();
  await db
    .update(registerActivities)
    .set({ lockedByReviewId: review?.id, lockedAt: new Date() })
    .where(eq(registerActivities.id, activityId));
}

describe('the catalogue', () => {
  it('is public: every kind with Dutch and English labels, the field it needs, its rule, and the rules’ texts', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/register/catalogue' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.kinds).toHaveLength(59);
    expect(body.types).toContainEqual({
      type: 7,
      formal: false,
      label: { nl: 'Professionele zelfstudie', en: 'Professional self-study' },
    });
    expect(body.kinds.find((k: { kind: string }) => k.kind === '6.2e')).toMatchObject({
      type: 6,
      heading: { nl: 'Deelname netwerk' },
      neededField: 'group',
      rule: 'R-REG-CAP-4',
      other: false,
    });
    expect(body.kinds.find((k: { kind: string }) => k.kind === '5.5b')).toMatchObject({
      other: true,
      neededField: null,
    });
    expect(body.rules.map((r: { id: string }) => r.id)).toContain('R-REG-CAP-9');
    expect(body.norm).toEqual({ totalRU: 160, primaryRU: 100, subjectRU: 40 });
  });
});

describe('my register settings', () => {
  it('start empty, are saved, audited, and read back', async () => {
    const s = await setting();
    expect((await s.asTeacher.get(`${ME}/settings`)).json()).toEqual({
      sector: null,
      peTeacher: false,
      bilingualSchool: false,
      registerNumber: null,
      periodEnd: null,
      updatedAt: null,
    });
    const saved = await s.asTeacher.request('PUT', `${ME}/settings`, {
      sector: 'vo',
      peTeacher: true,
      registerNumber: ` RL-${s.teacher.id.slice(0, 8)} `,
      periodEnd: '2026-07-31',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      sector: 'vo',
      peTeacher: true,
      bilingualSchool: false,
      registerNumber: `RL-${s.teacher.id.slice(0, 8)}`,
      periodEnd: '2026-07-31',
    });
    expect((await s.asTeacher.get(`${ME}/settings`)).json()).toEqual(saved.json());
    const [audit] = await auditRows('register-settings', s.teacher.id);
    expect(audit).toMatchObject({ action: 'register-settings.save', actorId: s.teacher.id, before: null });
  });

  it('refuses a register number someone else has (409), and bad input naming the field in nl and en', async () => {
    const s = await setting();
    const number = `RL-${randomUUID()}`;
    await s.asTeacher.request('PUT', `${ME}/settings`, { sector: 'po', registerNumber: number });
    const asColleague = await login(s.colleague.email, 'en');
    const taken = await asColleague.request('PUT', `${ME}/settings`, {
      sector: 'po',
      registerNumber: number,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({
      code: 'REGISTER_NUMBER_TAKEN',
      message: `The register number ${number} already belongs to someone else.`,
    });
    const bad = await asColleague.request('PUT', `${ME}/settings`, { sector: 'hbo' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Invalid input for body.sector.');
    const badNl = await s.asTeacher.request('PUT', `${ME}/settings`, {
      sector: 'vo',
      periodEnd: '31-07-2026',
    });
    expect(badNl.json().error.message).toBe('Ongeldige invoer bij body.periodEnd.');
  });
});

describe('my activities', () => {
  it('are recorded, listed, read, changed and removed, each change audited with before and after', async () => {
    const s = await setting();
    const created = await record(s.asTeacher, {
      ...course,
      halfDays: 3,
      accreditationPoints: [{ scheme: 'aban', points: 4 }],
    });
    expect(created).toMatchObject({
      kind: '2',
      title: 'Cursus formatief toetsen',
      date: '2024-03-14',
      startDate: null,
      hours: 12.3,
      content: 'didactic',
      level: 'bachelor-or-higher',
      halfDays: null, // a course does not use half-days
      delivery: 'contact',
      testPassed: false,
      accreditationPoints: [{ scheme: 'ABAN', points: 4 }],
      validated: null,
      locked: false,
      evidence: [],
    });

    const list = await s.asTeacher.get(`${ME}/activities`);
    expect(list.json().items.map((a: { id: string }) => a.id)).toEqual([created.id]);
    expect((await s.asTeacher.get(`${ME}/activities/${created.id}`)).json()).toEqual(created);

    const changed = await s.asTeacher.request('PUT', `${ME}/activities/${created.id}`, {
      ...course,
      kind: '6.4a',
      halfDays: 2,
      hours: 8,
      delivery: 'online',
      testPassed: true,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ kind: '6.4a', halfDays: 2, hours: 8, accreditationPoints: [] });

    const removed = await s.asTeacher.delete(`${ME}/activities/${created.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await s.asTeacher.get(`${ME}/activities/${created.id}`)).statusCode).toBe(404);

    const audits = await auditRows('register-activity', created.id);
    expect(audits.map((a) => a.action)).toEqual([
      'register-activity.record',
      'register-activity.change',
      'register-activity.remove',
    ]);
    expect(audits[1]?.before).toMatchObject({ kind: '2', hours: 12.3 });
    expect(audits[1]?.after).toMatchObject({ kind: '6.4a', hours: 8 });
    expect(audits[2]?.before).toMatchObject({ kind: '6.4a' });
    expect(audits[2]?.after).toBeNull();
  });

  it('refuses what a kind needs, the level rule and the passed-test rule, naming each field, in nl and en', async () => {
    const s = await setting();
    const wrong = {
      ...course,
      kind: '6.4a',
      level: 'below-bachelor',
      relevance: undefined,
      delivery: 'online',
    };
    const nl = await s.asTeacher.post(`${ME}/activities`, wrong);
    expect(nl.statusCode).toBe(400);
    expect(nl.json().error).toEqual({
      code: 'REGISTER_ACTIVITY_INVALID',
      message: 'Ongeldige invoer bij body.relevance, body.halfDays, body.testPassed.',
      details: {
        issues: [
          {
            field: 'body.relevance',
            rule: 'R-REG-LEVEL-1',
            message:
              'Een activiteit onder hbo-bachelorniveau mag alleen met een toelichting op de relevantie (R-REG-LEVEL-1).',
          },
          {
            field: 'body.halfDays',
            rule: 'R-REG-CAP-5',
            message: 'Soort 6.4a telt niet zonder dit veld (R-REG-CAP-5).',
          },
          {
            field: 'body.testPassed',
            rule: 'R-REG-EVID-3',
            message:
              'Online leren en een activiteit met vooral zelfstudie tellen alleen met een behaalde toets, tentamen of opdracht (R-REG-EVID-3).',
          },
        ],
      },
    });
    const en = await (await login(s.teacher.email, 'en')).post(`${ME}/activities`, {
      ...course,
      kind: '7.4b',
    });
    expect(en.json().error).toMatchObject({
      message: 'Invalid input for body.words.',
      details: {
        issues: [
          { field: 'body.words', message: 'Kind 7.4b cannot be counted without this field (R-REG-CAP-7).' },
        ],
      },
    });
    const other = await s.asTeacher.post(`${ME}/activities`, { ...course, kind: '6.5b' });
    expect(other.json().error.details.issues[0].field).toBe('body.otherDescription');
    const unknownKind = await s.asTeacher.post(`${ME}/activities`, { ...course, kind: '8.1a' });
    expect(unknownKind.statusCode).toBe(400);
    expect(unknownKind.json().error.message).toBe('Ongeldige invoer bij body.kind.');
    const negative = await s.asTeacher.post(`${ME}/activities`, { ...course, hours: -1, title: ' ' });
    expect(negative.json().error.message).toBe('Ongeldige invoer bij body.title, body.hours.');
    expect((await s.asTeacher.get(`${ME}/activities`)).json().items).toEqual([]);
  });

  it("are another teacher's business only as a 404, and nobody's without logging in", async () => {
    const s = await setting();
    const mine = await record(s.asTeacher);
    const evidence = (await upload(s.asTeacher, mine.id, { content: samplePdf(), fileName: 'a.pdf' })).json();
    const asColleague = await login(s.colleague.email);
    for (const response of [
      await asColleague.get(`${ME}/activities/${mine.id}`),
      await asColleague.request('PUT', `${ME}/activities/${mine.id}`, course),
      await asColleague.delete(`${ME}/activities/${mine.id}`),
      await upload(asColleague, mine.id, { content: samplePdf(), fileName: 'a.pdf' }),
      await asColleague.get(`${ME}/activities/${mine.id}/evidence/${evidence.id}`),
      await asColleague.delete(`${ME}/activities/${mine.id}/evidence/${evidence.id}`),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('REGISTER_ACTIVITY_NOT_FOUND');
    }
    expect((await asColleague.get(`${ME}/activities`)).json().items).toEqual([]);
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get(`${ME}/activities`)).statusCode).toBe(401);
    expect((await anonymous.get(`${ME}/progress`)).statusCode).toBe(401);
    expect((await s.asTeacher.get(`${ME}/activities/${mine.id}`)).json().evidence).toHaveLength(1);
  });

  it('no longer change once an audit took them (R-REG-AUDIT-1)', async () => {
    const s = await setting();
    const activity = await record(s.asTeacher);
    await lockInAudit(activity.id, s.teacher.id, s.institution.id);
    const asEnglish = await login(s.teacher.email, 'en');
    const changed = await asEnglish.request('PUT', `${ME}/activities/${activity.id}`, course);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error).toMatchObject({
      code: 'REGISTER_ACTIVITY_LOCKED',
      message: 'This activity is part of an audit and can no longer change.',
    });
    expect((await s.asTeacher.delete(`${ME}/activities/${activity.id}`)).statusCode).toBe(409);
    const evidence = await upload(s.asTeacher, activity.id, { content: samplePdf(), fileName: 'a.pdf' });
    expect(evidence.json().error.code).toBe('REGISTER_ACTIVITY_LOCKED');
    expect((await s.asTeacher.get(`${ME}/activities/${activity.id}`)).json()).toMatchObject({ locked: true });
  });

  it("from a provider are shown as validated and stay the provider's to change (R-REG-EVID-1)", async () => {
    const s = await setting();
    const db = t.database.db;
    const provider = await makeInstitution(db, { kind: 'provider', name: 'Academie X' });
    const [validated] = await db
      .insert(registerProviderActivities)
      .values({
        institutionId: provider.institution.id,
        number: `PA-${randomUUID()}`,
        title: 'Toetsen en beoordelen',
        kind: '2',
        content: 'didactic',
        date: '2024-05-01',
        recognisedTenths: 80,
        publishedAt: new Date(),
        createdBy: s.teacher.id,
        updatedBy: s.teacher.id,
      })
      .returning();
    const [row] = await db
      .insert(registerActivities)
      .values({
        personId: s.teacher.id,
        kind: '2',
        title: 'Toetsen en beoordelen',
        date: '2024-05-01',
        hoursTenths: 80,
        content: 'didactic',
        providerActivityId: validated?.id,
        createdBy: s.teacher.id,
        updatedBy: s.teacher.id,
      })
      .returning();
    const shown = (await s.asTeacher.get(`${ME}/activities/${row?.id}`)).json();
    expect(shown.validated).toEqual({
      providerActivityId: validated?.id,
      number: validated?.number,
      provider: { id: provider.institution.id, name: 'Academie X' },
    });
    const changed = await s.asTeacher.request('PUT', `${ME}/activities/${row?.id}`, course);
    expect(changed.statusCode).toBe(409);
    expect(changed.json().error).toMatchObject({
      code: 'REGISTER_ACTIVITY_VALIDATED',
      message: 'Deze activiteit is gevalideerd door Academie X; alleen de aanbieder kan haar wijzigen.',
    });
    // the teacher may still add evidence of their own
    expect(
      (await upload(s.asTeacher, row?.id as string, { content: samplePdf(), fileName: 'extra.pdf' }))
        .statusCode,
    ).toBe(201);
  });
});

describe('evidence', () => {
  it('is uploaded, listed, downloaded with its type and name, removed, and audited', async () => {
    const s = await setting();
    const activity = await record(s.asTeacher);
    const pdf = samplePdf('Certificaat');
    const uploaded = await upload(s.asTeacher, activity.id, {
      content: pdf,
      fileName: 'Certificaat café.pdf',
      contentType: 'image/png', // the header lies; the content decides
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const evidence = uploaded.json();
    expect(evidence).toMatchObject({
      fileName: 'Certificaat café.pdf',
      mediaType: 'application/pdf',
      size: pdf.length,
    });

    const listed = (await s.asTeacher.get(`${ME}/activities/${activity.id}`)).json();
    expect(listed.evidence).toEqual([evidence]);

    const url = `${ME}/activities/${activity.id}/evidence/${evidence.id}`;
    const download = await s.asTeacher.get(url);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Certificaat caf_.pdf"; filename*=UTF-8''Certificaat%20caf%C3%A9.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(pdf)).toBe(true);

    const png = await upload(s.asTeacher, activity.id, { content: samplePng(), fileName: 'scan.png' });
    expect(png.json().mediaType).toBe('image/png');

    expect((await s.asTeacher.delete(url)).statusCode).toBe(204);
    expect((await s.asTeacher.get(url)).statusCode).toBe(404);
    const files = await t.database.db
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(eq(storedFiles.fileName, 'Certificaat café.pdf'));
    expect(files).toEqual([]);
    expect((await auditRows('register-evidence', evidence.id)).map((a) => a.action)).toEqual([
      'register-evidence.add',
      'register-evidence.remove',
    ]);

    // removing the activity removes its files too
    await s.asTeacher.delete(`${ME}/activities/${activity.id}`);
    const left = await t.database.db
      .select({ id: storedFiles.id })
      .from(storedFiles)
      .where(eq(storedFiles.fileName, 'scan.png'));
    expect(left).toEqual([]);
  });

  it('is refused by content, when empty, too large or missing, in nl and en, and nothing is stored', async () => {
    const s = await setting();
    const activity = await record(s.asTeacher);
    const text = await upload(s.asTeacher, activity.id, {
      content: Buffer.from('Geen PDF, alleen tekst'),
      fileName: 'bewijs.pdf',
      contentType: 'application/pdf',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({
      code: 'FILE_TYPE_NOT_ALLOWED',
      message:
        'Het bestand bewijs.pdf heeft een bestandstype dat hier niet mag; toegestaan: PDF, PNG, JPEG, WebP.',
    });
    const asEnglish = await login(s.teacher.email, 'en');
    const empty = await upload(asEnglish, activity.id, { content: Buffer.alloc(0), fileName: 'empty.pdf' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'FILE_EMPTY', message: 'The file empty.pdf is empty.' });
    const big = Buffer.concat([samplePdf(), Buffer.alloc(200 * 1024)]);
    const tooLarge = await upload(asEnglish, activity.id, { content: big, fileName: 'big.pdf' });
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: 'The file big.pdf is too large: 0.1 MB at most.',
    });
    const json = await s.asTeacher.post(`${ME}/activities/${activity.id}/evidence`, { file: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('FILE_MISSING');
    const wrongField = await upload(s.asTeacher, activity.id, {
      content: samplePdf(),
      fileName: 'a.pdf',
      field: 'document',
    });
    expect(wrongField.json().error.code).toBe('FILE_MISSING');
    expect((await s.asTeacher.get(`${ME}/activities/${activity.id}`)).json().evidence).toEqual([]);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, s.teacher.id), eq(auditLog.action, 'register-evidence.add')));
    expect(audits).toEqual([]);
  });
});

describe('my progress', () => {
  it('runs the hours engine over the dossier: the same count as the public check, plus the charts’ sums', async () => {
    const s = await setting();
    const missing = await s.asTeacher.get(`${ME}/progress`);
    expect(missing.statusCode).toBe(409);
    expect(missing.json().error.code).toBe('REGISTER_SETTINGS_MISSING');

    await s.asTeacher.request('PUT', `${ME}/settings`, { sector: 'vo', periodEnd: '2026-07-31' });
    const activities: RegisterActivityInputRaw[] = [
      { kind: '6.2b', title: 'Examenbespreking', date: '2024-06-01', hours: 5, content: 'subject' },
      { kind: '2', title: 'Cursus biologie', date: '2022-08-01', hours: 27, content: 'subject' },
      {
        kind: '1',
        title: 'Master leren en innoveren',
        date: '2023-05-10',
        hours: 70,
        content: 'didactic',
        accreditationPoints: [{ scheme: 'ABAN', points: 24 }],
      },
      { kind: '5.5a', title: 'MR', date: '2023-09-01', hours: 4, content: 'general' },
      { kind: '5.5a', title: 'MR', date: '2024-03-01', hours: 4, content: 'general' },
      { kind: '4', title: 'Congres', date: '2025-11-20', hours: 54, content: 'general' },
      { kind: '3', title: 'Studiedag', date: '2022-07-31', hours: 8, content: 'subject' },
    ];
    const ids: string[] = [];
    for (const a of activities) ids.push((await record(s.asTeacher, a)).id);

    const response = await s.asTeacher.get(`${ME}/progress`);
    expect(response.statusCode).toBe(200);
    const progress = response.json();
    const check = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/register/check',
        payload: {
          sector: 'vo',
          periodEnd: '2026-07-31',
          activities: activities.map((a, i) => ({
            id: ids[i],
            kind: a.kind,
            date: a.date,
            hours: a.hours,
            content: a.content,
          })),
        },
      })
    ).json();
    expect(progress).toMatchObject({
      sector: 'vo',
      period: check.period,
      norm: { totalRU: 160, primaryRU: 100, subjectRU: 40 },
      totalRU: check.totalRU,
      primaryRU: check.primaryRU,
      subjectRU: check.subjectRU,
      meetsNorm: false,
      shortfalls: [{ rule: 'R-REG-NORM-3', missingRU: 10 }],
      byContent: { subject: 30, didactic: 70, pedagogical: 0, general: 60 },
      accreditationPoints: [{ scheme: 'ABAN', points: 24 }],
    });
    expect(check.totalRU).toBe(160);
    for (const counted of check.activities) {
      expect(progress.activities.find((a: { id: string }) => a.id === counted.id)).toMatchObject({
        countedRU: counted.countedRU,
        rules: counted.rules,
      });
    }
    expect(progress.activities.find((a: { title: string }) => a.title === 'Examenbespreking')).toMatchObject({
      claimedRU: 5,
      countedRU: 3,
      rules: ['R-REG-CAP-3'],
      schoolYear: '2023-2024',
    });
    expect(
      progress.bySchoolYear.map((y: { schoolYear: string; totalRU: number }) => [y.schoolYear, y.totalRU]),
    ).toEqual([
      ['2022-2023', 97],
      ['2023-2024', 9],
      ['2024-2025', 0],
      ['2025-2026', 54],
    ]);

    // another period end: what lies after it falls out
    const earlier = (await s.asTeacher.get(`${ME}/progress?periodEnd=2024-07-31`)).json();
    expect(earlier.period).toEqual({ start: '2020-08-01', end: '2024-07-31' });
    expect(earlier.totalRU).toBe(114);
    const bad = await s.asTeacher.get(`${ME}/progress?periodEnd=juli`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Ongeldige invoer bij querystring.periodEnd.');
  });
});

describe("a teacher's dossier, read by staff", () => {
  it('is read by a coordinator and an assessor whose scope covers the teacher, nobody else', async () => {
    const s = await setting();
    await s.asTeacher.request('PUT', `${ME}/settings`, { sector: 'mbo', periodEnd: '2026-07-31' });
    const activity = await record(s.asTeacher);
    const evidence = (
      await upload(s.asTeacher, activity.id, { content: samplePdf(), fileName: 'c.pdf' })
    ).json();
    const base = `/api/v1/people/${s.teacher.id}/register`;
    const urls = [
      `${base}/settings`,
      `${base}/activities`,
      `${base}/activities/${activity.id}`,
      `${base}/activities/${activity.id}/evidence/${evidence.id}`,
      `${base}/progress`,
    ];
    for (const reader of [s.coordinator, s.assessor, s.teacher]) {
      const client = await login(reader.email);
      for (const url of urls) expect((await client.get(url)).statusCode, `${reader.email} ${url}`).toBe(200);
    }
    const asCoordinator = await login(s.coordinator.email);
    expect((await asCoordinator.get(`${base}/activities`)).json().items[0].id).toBe(activity.id);
    expect((await asCoordinator.get(urls[3] as string)).headers['content-type']).toBe('application/pdf');
    expect((await asCoordinator.get(`${base}/progress`)).json()).toMatchObject({
      sector: 'mbo',
      totalRU: 12.3,
    });

    for (const outsider of [s.colleague, s.otherCoordinator, s.assessorElsewhereInUnit, s.manager]) {
      const client = await login(outsider.email);
      for (const url of urls) {
        const response = await client.get(url);
        expect(response.statusCode, `${outsider.email} ${url}`).toBe(403);
        expect(response.json().error.code).toBe('FORBIDDEN');
      }
    }
    const anonymous = new TestClient(t.app);
    for (const url of urls) expect((await anonymous.get(url)).statusCode).toBe(401);
    expect((await asCoordinator.get(`/api/v1/people/${randomUUID()}/register/activities`)).statusCode).toBe(
      404,
    );
    // an activity id of another person through this teacher's path
    const other = await record(await login(s.colleague.email));
    expect((await asCoordinator.get(`${base}/activities/${other.id}`)).statusCode).toBe(404);
  });

  it('offers staff no way to change it', async () => {
    const s = await setting();
    const activity = await record(s.asTeacher);
    const asCoordinator = await login(s.coordinator.email);
    expect((await asCoordinator.request('PUT', `${ME}/activities/${activity.id}`, course)).statusCode).toBe(
      404,
    );
    expect((await asCoordinator.delete(`${ME}/activities/${activity.id}`)).statusCode).toBe(404);
    const base = `/api/v1/people/${s.teacher.id}/register/activities/${activity.id}`;
    expect((await asCoordinator.request('PUT', base, course)).statusCode).toBe(404);
    expect((await asCoordinator.delete(base)).statusCode).toBe(404);
  });
});
