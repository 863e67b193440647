import { createHash } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditDraw, AuditReview } from '../../../contracts/register-audit.js';
import { pageTexts } from '../../src/modules/documents/fixtures.js';
import {
  registerActivities,
  registerProviderActivities,
  registerTeacherSettings,
} from '../../src/modules/register/register.tables.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';

let t: TestApp;
let school: Awaited<ReturnType<typeof makeInstitution>>;
let other: Awaited<ReturnType<typeof makeInstitution>>;
const people: Record<string, { id: string; email: string; displayName: string }> = {};
/** teachers in the department whose period ends in 2026 */
const inWindow: string[] = [];

const DAY = 24 * 60 * 60 * 1000;

async function settings(personId: string, periodEnd: string) {
  await t.database.db
    .insert(registerTeacherSettings)
    .values({ personId, sector: 'vo', periodEnd, updatedBy: personId });
}

async function activity(personId: string, values: Partial<typeof registerActivities.$inferInsert> = {}) {
  const [row] = await t.database.db
    .insert(registerActivities)
    .values({
      personId,
      kind: '2',
      title: 'Cursus activerende didactiek',
      date: '2025-03-01',
      hoursTenths: 80,
      content: 'didactic',
      relevance: 'Voor mijn lessen in de bovenbouw',
      createdBy: personId,
      updatedBy: personId,
      ...values,
    })
    .returning();
  return row as typeof registerActivities.$inferSelect;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  school = await makeInstitution(db, { kind: 'school', name: 'Lyceum Een' });
  other = await makeInstitution(db, { kind: 'school' });
  const id = school.institution.id;
  for (let i = 0; i < 6; i++) {
    const p = await makePerson(db, {
      displayName: `Docent ${i}`,
      roles: [{ role: 'teacher', institutionId: id, unitId: school.department.id }],
    });
    await settings(p.id, `2026-0${i + 1}-15`);
    inWindow.push(p.id);
  }
  people.late = await makePerson(db, {
    displayName: 'Docent later',
    roles: [{ role: 'teacher', institutionId: id, unitId: school.department.id }],
  });
  await settings(people.late.id, '2027-07-31');
  people.elsewhere = await makePerson(db, {
    displayName: 'Docent elders',
    roles: [{ role: 'teacher', institutionId: id, unitId: school.otherDivision.id }],
  });
  await settings(people.elsewhere.id, '2026-07-31');
  people.coordinator = await makePerson(db, { roles: [{ role: 'coordinator', institutionId: id }] });
  people.divisionCoordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: id, unitId: school.otherDivision.id }],
  });
  people.otherCoordinator = await makePerson(db, {
    roles: [{ role: 'coordinator', institutionId: other.institution.id }],
  });
  people.assessor = await makePerson(db, { roles: [{ role: 'assessor', institutionId: id }] });
  people.divisionAssessor = await makePerson(db, {
    roles: [{ role: 'assessor', institutionId: id, unitId: school.otherDivision.id }],
  });
  people.teacher = await makePerson(db, {
    displayName: 'Tessa Steekproef',
    roles: [{ role: 'teacher', institutionId: id, unitId: school.division.id }],
  });
});
afterAll(() => t.close());

async function login(who: string, language: 'nl' | 'en' = 'nl') {
  const client = new TestClient(t.app, language);
  await client.login((people[who] as { email: string }).email);
  return client;
}

const drawUrl = (institutionId = school.institution.id) =>
  `/api/v1/institutions/${institutionId}/audit-draws`;
const key = (seed: string, personId: string) =>
  createHash('sha256').update(`${seed}:${personId}`).digest('hex');
const auditActions = async (entityId: string) =>
  (
    await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.id)
  ).map((a) => a.action);

describe('drawing a sample (R-REG-AUDIT-1)', () => {
  it('draws the teachers with the lowest SHA-256(seed:id) among those whose period ends in the window', async () => {
    const coordinator = await login('coordinator');
    const response = await coordinator.post(drawUrl(), {
      unitId: school.division.id,
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      count: 3,
    });
    expect(response.statusCode, response.body).toBe(201);
    const draw: AuditDraw = response.json();
    expect(draw).toMatchObject({
      institution: { id: school.institution.id, name: 'Lyceum Een' },
      unit: { id: school.division.id },
      count: 3,
      percentage: null,
      algorithm: 'sha256-sort-v1',
      populationSize: 6, // the six of the department: not the later one, not the other division
    });
    expect(draw.seed).toMatch(/^[0-9a-f]{32}$/);
    // repeated by hand: the three lowest keys
    const expected = [...inWindow]
      .sort((a, b) => (key(draw.seed, a) < key(draw.seed, b) ? -1 : 1))
      .slice(0, 3);
    expect(draw.reviews.map((r) => r.person.id)).toEqual(expected);
    expect(draw.reviews.map((r) => r.position)).toEqual([1, 2, 3]);
    expect(draw.reviews.every((r) => r.key === key(draw.seed, r.person.id) && r.status === 'drawn')).toBe(
      true,
    );

    const [row] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, draw.id));
    expect(row?.action).toBe('audit-draw.draw');
    const recorded = row?.after as { population: { personId: string }[] };
    expect(recorded.population.map((p) => p.personId).sort()).toEqual([...inWindow].sort());

    const repeat = await coordinator.get(`/api/v1/audit-draws/${draw.id}/repeat`);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toMatchObject({ seed: draw.seed, populationSize: 6, sameAsRecorded: true });
    expect(repeat.json().drawn.map((d: { person: { id: string } }) => d.person.id)).toEqual(expected);

    expect((await coordinator.get(`/api/v1/audit-draws/${draw.id}`)).json()).toEqual(draw);
    const list = (await coordinator.get(drawUrl())).json();
    expect(list.items.map((d: { id: string }) => d.id)).toContain(draw.id);
  });

  it('draws a percentage, rounded up, from the whole institution', async () => {
    const coordinator = await login('coordinator');
    const draw: AuditDraw = (
      await coordinator.post(drawUrl(), {
        periodEndFrom: '2026-01-01',
        periodEndTo: '2026-12-31',
        percentage: 10,
      })
    ).json();
    // six in the department and one in the other division: 10 % of 7 is 0.7, rounded up to 1
    expect(draw.populationSize).toBe(7);
    expect(draw.reviews).toHaveLength(1);
    expect(draw.unit).toBeNull();
  });

  it('refuses bad input naming the field, in Dutch and English', async () => {
    const nl = await login('coordinator');
    const both = await nl.post(drawUrl(), {
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      percentage: 10,
      count: 2,
    });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toBe(
      'Ongeldige invoer bij body.percentage, body.count: geef een percentage óf een aantal.',
    );
    const en = await login('coordinator', 'en');
    const reversed = await en.post(drawUrl(), {
      periodEndFrom: '2026-12-31',
      periodEndTo: '2026-01-01',
      count: 1,
    });
    expect(reversed.json().error.message).toBe(
      'Invalid input for body.periodEndFrom: 2026-12-31 is after body.periodEndTo (2026-01-01).',
    );
    const nobody = await en.post(drawUrl(), {
      periodEndFrom: '2030-01-01',
      periodEndTo: '2030-12-31',
      count: 1,
    });
    expect(nobody.statusCode).toBe(400);
    expect(nobody.json().error.code).toBe('AUDIT_NOBODY_IN_WINDOW');
    const percent = await en.post(drawUrl(), {
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      percentage: 0,
    });
    expect(percent.json().error.message).toBe('Invalid input for body.percentage.');
    const foreignUnit = await en.post(drawUrl(), {
      unitId: other.department.id,
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      count: 1,
    });
    expect(foreignUnit.statusCode).toBe(400);
    expect(foreignUnit.json().error.message).toContain('body.unitId');
  });

  it('is for a coordinator covering the part drawn from; the others are refused', async () => {
    const body = {
      unitId: school.department.id,
      periodEndFrom: '2026-01-01',
      periodEndTo: '2026-12-31',
      count: 1,
    };
    for (const who of ['divisionCoordinator', 'otherCoordinator', 'assessor', 'teacher']) {
      const client = await login(who);
      expect((await client.post(drawUrl(), body)).statusCode, who).toBe(403);
    }
    const draw: AuditDraw = (await (await login('coordinator')).post(drawUrl(), body)).json();
    for (const who of ['divisionCoordinator', 'otherCoordinator', 'divisionAssessor', 'teacher']) {
      const client = await login(who);
      expect((await client.get(`/api/v1/audit-draws/${draw.id}`)).statusCode, who).toBe(403);
      expect((await client.get(`/api/v1/audit-draws/${draw.id}/repeat`)).statusCode, who).toBe(403);
    }
    expect((await (await login('assessor')).get(`/api/v1/audit-draws/${draw.id}`)).statusCode).toBe(200);
    expect((await (await login('teacher')).get(drawUrl())).statusCode).toBe(403);
    expect((await (await login('otherCoordinator')).get(drawUrl())).statusCode).toBe(403);
    const coordinator = await login('coordinator');
    expect(
      (await coordinator.get('/api/v1/audit-draws/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
    expect((await coordinator.post(drawUrl('00000000-0000-4000-8000-000000000000'), body)).statusCode).toBe(
      404,
    );
  });
});

/** A draw of exactly the sampled teacher: their period is the only one ending on that day. */
async function drawTeacher(periodEnd: string): Promise<AuditReview['id']> {
  const personId = people.teacher?.id as string;
  await t.database.db
    .update(registerTeacherSettings)
    .set({ periodEnd })
    .where(eq(registerTeacherSettings.personId, personId));
  const draw: AuditDraw = (
    await (
      await login('coordinator')
    ).post(drawUrl(), {
      unitId: school.division.id,
      periodEndFrom: periodEnd,
      periodEndTo: periodEnd,
      count: 1,
    })
  ).json();
  expect(draw.reviews.map((r) => r.person.id)).toEqual([personId]);
  return draw.reviews[0]?.reviewId as string;
}

describe('auditing a sampled teacher', () => {
  it('runs drawn → in review → notified → responded → closed, locking the activities, every step audited', async () => {
    const teacherId = people.teacher?.id as string;
    await settings(teacherId, '2026-07-31');
    const course = await activity(teacherId, { title: 'Cursus' });
    const online = await activity(teacherId, {
      title: 'MOOC',
      kind: '2',
      delivery: 'online',
      testPassed: true,
    });
    const reading = await activity(teacherId, {
      title: 'Vakliteratuur',
      kind: '7.1a',
      description: 'Boek over toetsing',
      application: null,
    });
    await activity(teacherId, { title: 'Te oud', date: '2022-07-31' }); // before the period (2022-08-01 …)
    const [provided] = await t.database.db
      .insert(registerProviderActivities)
      .values({
        institutionId: other.institution.id,
        number: `PA-${Date.now()}`,
        title: 'Gevalideerd',
        kind: '3',
        content: 'subject',
        date: '2025-05-01',
        recognisedTenths: 60,
        publishedAt: new Date(),
        createdBy: teacherId,
        updatedBy: teacherId,
      })
      .returning();
    await activity(teacherId, { title: 'Gevalideerd', providerActivityId: provided?.id });
    const reviewId = await drawTeacher('2026-07-31');
    const url = `/api/v1/audit-reviews/${reviewId}`;

    const teacher = await login('teacher');
    const assessor = await login('assessor');
    const mine = (await teacher.get('/api/v1/me/audit-reviews')).json();
    expect(mine.items.map((r: { id: string }) => r.id)).toContain(reviewId);
    const toAudit = (await assessor.get('/api/v1/audit-reviews?status=drawn')).json();
    expect(toAudit.items.map((r: { id: string }) => r.id)).toContain(reviewId);
    // An earlier random draw may hold a teacher of the other division; this teacher's review must not show.
    const ofDivision = (await (await login('divisionAssessor')).get('/api/v1/audit-reviews')).json();
    expect(ofDivision.items.map((r: { id: string }) => r.id)).not.toContain(reviewId);
    expect((await teacher.get('/api/v1/audit-reviews')).statusCode).toBe(403);

    // drawn: the self-entered activities of the period, not the validated one, not the one before the period
    const drawn: AuditReview = (await assessor.get(url)).json();
    expect(drawn).toMatchObject({ status: 'drawn', period: { start: '2022-08-01', end: '2026-07-31' } });
    expect(drawn.activities.map((a) => a.title)).toEqual(['Cursus', 'MOOC', 'Vakliteratuur']);

    // nobody but a covering assessor moves it; the teacher never audits themselves
    for (const who of ['teacher', 'divisionAssessor', 'coordinator']) {
      expect((await (await login(who)).post(`${url}/start`)).statusCode, who).toBe(403);
    }
    expect((await assessor.post(`${url}/notify`)).statusCode).toBe(409);

    const started = await assessor.post(`${url}/start`);
    expect(started.statusCode, started.body).toBe(200);
    const inReview: AuditReview = started.json();
    expect(inReview.status).toBe('in-review');
    expect(inReview.auditor?.id).toBe(people.assessor?.id);
    const locked = await t.database.db
      .select()
      .from(registerActivities)
      .where(inArray(registerActivities.id, [course.id, online.id, reading.id]));
    expect(locked.every((a) => a.lockedByReviewId === reviewId && a.lockedAt !== null)).toBe(true);
    expect((await assessor.post(`${url}/start`)).statusCode).toBe(409);

    // the rules each activity is judged against, with what is visibly missing
    const checks = Object.fromEntries(inReview.activities.map((a) => [a.title, a.checks]));
    expect(checks.Cursus).toEqual([
      { rule: 'R-REG-EVID-2', text: expect.stringContaining('relevantie'), missing: ['evidence-file'] },
    ]);
    expect(checks.MOOC?.map((c) => [c.rule, c.missing])).toEqual([
      ['R-REG-EVID-2', ['evidence-file']],
      ['R-REG-EVID-3', []],
    ]);
    expect(checks.Vakliteratuur?.map((c) => [c.rule, c.missing])).toEqual([
      ['R-REG-EVID-2', ['evidence-file']],
      ['R-REG-EVID-4', ['application', 'evidence-file']],
    ]);

    // R-REG-AUDIT-1: the teacher's progress and the coordinator's compliance, total RU of the teacher
    const coordinator = await login('coordinator');
    const figures = async () => {
      const progress = (await teacher.get('/api/v1/me/register/progress')).json();
      const report = (
        await coordinator.get(`/api/v1/institutions/${school.institution.id}/register/compliance`)
      ).json();
      const row = report.teachers.find((r: { person: { id: string } }) => r.person.id === teacherId);
      return { progress, total: [progress.totalRU, row?.compliance?.totalRU] };
    };
    const before = await figures();
    expect(before.total[0]).toBe(before.total[1]);

    const decide = (activityId: string, body: unknown, client = assessor) =>
      client.request('PUT', `${url}/activities/${activityId}/decision`, body);
    const incomplete = await decide(reading.id, { decision: 'rejected' });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.message).toBe(
      'Ongeldige invoer bij body.reason, body.rule: een afwijzing noemt een reden en de regel waarop ze berust.',
    );
    const wrongRule = await decide(course.id, {
      decision: 'rejected',
      reason: 'Geen toets',
      rule: 'R-REG-EVID-3',
    });
    expect(wrongRule.statusCode).toBe(400);
    expect(wrongRule.json().error.message).toContain(
      'R-REG-EVID-3 geldt niet voor deze activiteit; wel: R-REG-EVID-2',
    );
    expect((await decide(course.id, { decision: 'accepted' }, teacher)).statusCode).toBe(403);
    expect((await decide(course.id, { decision: 'accepted' })).statusCode).toBe(200);
    expect((await decide(online.id, { decision: 'accepted' })).statusCode).toBe(200);
    expect((await assessor.post(`${url}/notify`)).json().error.code).toBe('AUDIT_UNDECIDED_ACTIVITIES');
    const rejected = await decide(reading.id, {
      decision: 'rejected',
      reason: 'Er staat niet bij wat je ermee in je lessen doet.',
      rule: 'R-REG-EVID-4',
    });
    expect(rejected.statusCode).toBe(200);
    const decision = (rejected.json() as AuditReview).activities.find((a) => a.id === reading.id)?.decision;
    expect(decision).toMatchObject({
      decision: 'rejected',
      rule: 'R-REG-EVID-4',
      ruleText: expect.stringContaining('professionele zelfstudie'),
      decidedBy: { id: people.assessor?.id },
    });
    expect((await decide(crypto.randomUUID(), { decision: 'accepted' })).statusCode).toBe(404);
    // not yet made known to the teacher: their figures do not move
    expect((await figures()).total).toEqual(before.total);

    const notified: AuditReview = (await assessor.post(`${url}/notify`)).json();
    expect(notified.status).toBe('notified');
    // the decisions are out: the rejected 8 RU count no more, in progress and compliance alike, and say why
    const after = await figures();
    expect(after.total).toEqual(before.total.map((ru) => ru - 8));
    expect(after.progress.activities.find((a: { id: string }) => a.id === reading.id)).toMatchObject({
      claimedRU: 8,
      countedRU: 0,
      rules: ['R-REG-AUDIT-1'],
      rejection: { rule: 'R-REG-EVID-4', reason: 'Er staat niet bij wat je ermee in je lessen doet.' },
    });
    expect(after.progress.activities.find((a: { id: string }) => a.id === course.id).rejection).toBeNull();
    // ... and the dossier exports say so too, in the caller's language
    const csv = (await teacher.get('/api/v1/me/register/dossier.csv')).rawPayload
      .toString('utf8')
      .split('\r\n');
    expect(csv[0]).toMatch(/;Regels;Afgekeurd op regel;Reden van afkeuring$/);
    expect(csv.find((line) => line.includes('Vakliteratuur'))).toMatch(
      /;8;0;R-REG-AUDIT-1;R-REG-EVID-4;Er staat niet bij wat je ermee in je lessen doet\.$/,
    );
    expect(csv.find((line) => line.includes('Cursus'))).toMatch(/;;$/);
    const pdf = await (await login('teacher', 'en')).get('/api/v1/me/register/dossier.pdf');
    expect(pdf.statusCode).toBe(200);
    // A narrow column may break a rule id at its hyphens.
    expect(pageTexts(new Uint8Array(pdf.rawPayload)).join('').replace(/\s+/g, '')).toMatch(
      /Vakliteratuur.*R-REG-AUDIT-1\.RejectedonR-REG-EVID-4:Erstaatnietbijwatjeermeeinjelessendoet\./,
    );
    expect(notified.respondBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const inbox = (await teacher.get('/api/v1/me/notifications?unread=true')).json();
    expect(inbox.items[0]).toMatchObject({
      kind: 'register.audit-notified',
      entityType: 'audit-review',
      entityId: reviewId,
      message: expect.stringContaining(`uiterlijk ${notified.respondBy}`),
    });
    expect(
      (await decide(course.id, { decision: 'rejected', reason: 'x', rule: 'R-REG-EVID-2' })).statusCode,
    ).toBe(409);
    const early = await assessor.post(`${url}/close`, { outcome: 'approved', reason: 'Voldoet' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain(`tot en met ${notified.respondBy}`);

    expect((await assessor.post(`${url}/respond`, { response: 'Namens de docent' })).statusCode).toBe(403);
    const empty = await teacher.post(`${url}/respond`, { response: '' });
    expect(empty.json().error.message).toBe('Ongeldige invoer bij body.response.');
    const answered = await teacher.post(`${url}/respond`, {
      response: 'Ik gebruik het boek in mijn toetsweek.',
    });
    expect(answered.statusCode).toBe(200);
    expect(answered.json().status).toBe('responded');
    const twice = await teacher.post(`${url}/respond`, { response: 'Nog iets' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toBe(
      'Dat kan niet meer of nog niet: de controle is beantwoord door de docent.',
    );

    expect((await (await login('coordinator')).get(url)).statusCode).toBe(200);
    expect(
      (await (await login('coordinator')).post(`${url}/close`, { outcome: 'approved', reason: 'x' }))
        .statusCode,
    ).toBe(403);
    const closed = await assessor.post(`${url}/close`, {
      outcome: 'approved',
      reason: 'Met de reactie voldoet het dossier.',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      status: 'closed',
      outcome: 'approved',
      closedBy: { id: people.assessor?.id },
      response: 'Ik gebruik het boek in mijn toetsweek.',
    });
    expect((await teacher.get(url)).json().outcome).toBe('approved');
    // closed, the rejection stands
    expect((await figures()).total).toEqual(after.total);
    const closedNote = (await teacher.get('/api/v1/me/notifications')).json().items[0];
    expect(closedNote).toMatchObject({
      kind: 'register.audit-closed',
      message: expect.stringContaining('goedgekeurd'),
    });
    expect(await auditActions(reviewId)).toEqual([
      'audit-review.start',
      'audit-review.notify',
      'audit-review.respond',
      'audit-review.close',
    ]);
  });

  it('takes a response for 14 days; after that the audit closes without one', async () => {
    const reviewId = await drawTeacher('2026-06-30');
    const url = `/api/v1/audit-reviews/${reviewId}`;
    const assessor = await login('assessor');
    const started: AuditReview = (await assessor.post(`${url}/start`)).json();
    // the activities of the first audit stay with it; this period (2022-07-01 …) takes the older one too
    expect(started.activities.map((a) => a.title)).toEqual(['Te oud']);
    const only = started.activities[0]?.id as string;
    expect(
      (await assessor.request('PUT', `${url}/activities/${only}/decision`, { decision: 'accepted' }))
        .statusCode,
    ).toBe(200);
    expect((await assessor.post(`${url}/notify`)).statusCode).toBe(200);
    t.clock.advance(15 * DAY);
    // sessions expired meanwhile: both log in again
    const teacher = await login('teacher', 'en');
    const assessorLater = await login('assessor');
    const late = await teacher.post(`${url}/respond`, { response: 'Te laat' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('AUDIT_RESPONSE_WINDOW_CLOSED');
    const closed = await assessorLater.post(`${url}/close`, { outcome: 'not-approved', reason: 'Te weinig' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'not-approved', response: null });
  });

  it('answers 404 for an unknown audit and refuses outsiders', async () => {
    const reviewId = await drawTeacher('2026-05-31');
    for (const who of ['divisionAssessor', 'otherCoordinator', 'late']) {
      expect((await (await login(who)).get(`/api/v1/audit-reviews/${reviewId}`)).statusCode, who).toBe(403);
    }
    const assessor = await login('assessor');
    expect(
      (await assessor.get('/api/v1/audit-reviews/00000000-0000-4000-8000-000000000000')).statusCode,
    ).toBe(404);
  });
});
