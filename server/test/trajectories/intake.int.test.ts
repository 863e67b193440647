import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertIntakeRequest } from '../../src/modules/trajectories/trajectories.repository.js';
import { trajectories } from '../../src/modules/trajectories/trajectories.tables.js';
import { auditLog } from '../../src/platform/audit/audit.tables.js';
import { makeInstitution, makePerson } from '../factories.js';
import { createTestApp, type TestApp, TestClient } from '../harness.js';
import {
  bkoCoursePlan,
  makeTrajectoryWorld,
  newTeacher,
  storeCatalogue,
  trajectoryWithIntake,
} from './support.js';

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
});
afterAll(() => t.close());

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();

async function auditOf(entityId: string, action: string) {
  return t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, entityId), eq(auditLog.action, action)));
}

describe('requesting an intake (R-UMCU-ROUTE-1)', () => {
  it('keeps one open request per institution when two requests race: one 201, one clear 409', async () => {
    const { person, nl, en } = await newTeacher(t, w);
    const body = { institutionId: w.institution.id, from: 'advice' };
    const answers = await Promise.all([
      nl.post('/api/v1/me/trajectories', body),
      en.post('/api/v1/me/trajectories', body),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)?.json().error.code).toBe('INTAKE_ALREADY_REQUESTED');
    const rows = await t.database.db.select().from(trajectories).where(eq(trajectories.teacherId, person.id));
    expect(rows).toHaveLength(1);
    // the database itself refuses a second open request, whatever checks ran before
    const now = new Date();
    const second = insertIntakeRequest(t.database.db, {
      institutionId: w.institution.id,
      teacherId: person.id,
      requestedFrom: 'advice',
      createdAt: now,
      updatedAt: now,
    });
    expect(await second).toBeUndefined();
  });

  it('puts a request in the queue of the advisers covering the teacher, once per institution', async () => {
    const { clients, clientsEn, institution, people } = w;
    const created = await clients.colleague.post('/api/v1/me/trajectories', {
      institutionId: institution.id,
      from: 'dossier',
      qualification: 'BKO',
      message: 'Graag na de zomer.',
    });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({
      state: 'intake-requested',
      view: 'content',
      teacher: { id: people.colleague.id },
      adviser: null,
      qualification: null,
      requestedQualification: 'BKO',
      request: { from: 'dossier', message: 'Graag na de zomer.' },
      offers: [],
      plan: null,
      events: ['withdraw'],
    });
    expect(await auditOf(body.id, 'trajectory.request-intake')).toHaveLength(1);

    const again = await clientsEn.colleague.post('/api/v1/me/trajectories', {
      institutionId: institution.id,
      from: 'advice',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'INTAKE_ALREADY_REQUESTED',
      message: `You have already requested an intake at ${institution.name}. An adviser will contact you.`,
    });

    const queue = await clients.adviser.get(`/api/v1/institutions/${institution.id}/intake-queue`);
    expect(queue.statusCode).toBe(200);
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(body.id);
    expect(queue.json().items.find((i: { id: string }) => i.id === body.id)).toMatchObject({
      requestedQualification: 'BKO',
      request: { from: 'dossier', message: 'Graag na de zomer.' },
    });
    // an adviser of another division does not cover the teacher
    const other = await clients.otherAdviser.get(`/api/v1/institutions/${institution.id}/intake-queue`);
    expect(other.json().items.map((i: { id: string }) => i.id)).not.toContain(body.id);
    expect(
      (await clients.teacher.get(`/api/v1/institutions/${institution.id}/intake-queue`)).statusCode,
    ).toBe(403);
    expect((await clients.colleague.get('/api/v1/me/trajectories')).json().items[0].id).toBe(body.id);
  });

  it('is for teachers of the institution, and refuses bad input naming the field in nl and en', async () => {
    const { clients, clientsEn, institution } = w;
    const asAdviser = await clients.adviser.post('/api/v1/me/trajectories', {
      institutionId: institution.id,
      from: 'advice',
    });
    expect(asAdviser.statusCode).toBe(403);
    const elsewhere = await makeInstitution(t.database.db);
    const notThere = await clients.teacher.post('/api/v1/me/trajectories', {
      institutionId: elsewhere.institution.id,
      from: 'advice',
    });
    expect(notThere.statusCode).toBe(403);
    const unknown = await clients.teacher.post('/api/v1/me/trajectories', {
      institutionId: '00000000-0000-4000-8000-000000000000',
      from: 'advice',
    });
    expect(unknown.statusCode).toBe(404);

    const badNl = await clients.teacher.post('/api/v1/me/trajectories', {
      institutionId: institution.id,
      from: 'x',
    });
    expect(badNl.statusCode).toBe(400);
    expect(badNl.json().error.message).toBe('Ongeldige invoer bij body.from.');
    const badEn = await clientsEn.teacher.post('/api/v1/me/trajectories', {
      institutionId: institution.id,
      from: 'advice',
      qualification: 'PhD',
    });
    expect(badEn.json().error.message).toBe('Invalid input for body.qualification.');
  });
});

describe('offering intake times', () => {
  it('takes the request up; the teacher chooses a time', async () => {
    const { clients, institution, people } = w;
    const { id } = (
      await clients.teacher.post('/api/v1/me/trajectories', { institutionId: institution.id, from: 'advice' })
    ).json();
    const times = [
      { startsAt: inAWeek(), minutes: 45, location: 'Onderwijscentrum, kamer 3' },
      { startsAt: new Date(Date.now() + 8 * 24 * 3600 * 1000).toISOString(), location: 'Teams' },
    ];
    expect(
      (await clients.teacher.post(`/api/v1/trajectories/${id}/intake-offers`, { times })).statusCode,
    ).toBe(403);
    // an adviser who does not cover the teacher does not even see the trajectory
    expect(
      (await clients.otherAdviser.post(`/api/v1/trajectories/${id}/intake-offers`, { times })).statusCode,
    ).toBe(404);
    const past = await clients.adviser.post(`/api/v1/trajectories/${id}/intake-offers`, {
      times: [{ startsAt: '2020-01-01T10:00:00+01:00', location: 'Teams' }],
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.message).toBe(
      'Ongeldige invoer bij body.times: 2020-01-01T10:00:00+01:00 ligt in het verleden.',
    );

    const offered = await clients.adviser.post(`/api/v1/trajectories/${id}/intake-offers`, { times });
    expect(offered.statusCode).toBe(200);
    expect(offered.json()).toMatchObject({
      state: 'intake-planned',
      adviser: { id: people.adviser.id },
      offers: [
        { minutes: 45, location: 'Onderwijscentrum, kamer 3', accepted: false },
        { minutes: 60, location: 'Teams', accepted: false },
      ],
    });
    const offerId = offered.json().offers[1].id;
    expect(
      (await clients.adviser.post(`/api/v1/trajectories/${id}/intake-offers/${offerId}/accept`)).statusCode,
    ).toBe(403);
    const accepted = await clients.teacher.post(`/api/v1/trajectories/${id}/intake-offers/${offerId}/accept`);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().offers.map((o: { accepted: boolean }) => o.accepted)).toEqual([false, true]);
    expect(await auditOf(id, 'trajectory.plan-intake')).toHaveLength(1);
    expect(await auditOf(id, 'trajectory.accept-intake-offer')).toHaveLength(1);
  });
});

describe('recording the intake', () => {
  it('records the plan with its costs; the division pays, so the line manager decides next', async () => {
    const { clients, people } = w;
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('division'));
    const asTeacher = (await teacher.nl.get(`/api/v1/trajectories/${id}`)).json();
    expect(asTeacher).toMatchObject({
      state: 'cost-approval-pending',
      qualification: 'BKO',
      adviser: { id: people.adviser.id },
      plan: {
        route: 'course',
        payer: 'division',
        notes: 'Start in september.',
        schooling: [
          {
            kind: 'course',
            catalogueItemId: 'bko-leergang',
            title: { nl: 'BKO-leergang' },
            priceCents: 350_000,
          },
        ],
      },
      costs: { schoolingCents: 350_000, assessmentCents: 95_000, totalCents: 445_000, needsApproval: true },
      costDecision: null,
    });
    expect(await auditOf(id, 'trajectory.record-intake')).toHaveLength(1);

    // the line manager sees status and costs, never the content
    const asManager = (await clients.manager.get(`/api/v1/trajectories/${id}`)).json();
    expect(asManager).toMatchObject({ view: 'status-and-costs', costs: { totalCents: 445_000 } });
    expect(asManager).toMatchObject({ plan: null, request: null, offers: null });
    expect(asManager.events).toEqual(['approve-costs', 'decline-costs']);
    // the coordinator and an adviser of another division only the status
    for (const viewer of [clients.coordinator, clients.otherManager]) {
      const seen = await viewer.get(`/api/v1/trajectories/${id}`);
      if (viewer === clients.otherManager) {
        expect(seen.statusCode).toBe(404);
        continue;
      }
      expect(seen.json()).toMatchObject({
        view: 'status',
        costs: null,
        plan: null,
        state: 'cost-approval-pending',
      });
    }
    expect((await clients.colleague.get(`/api/v1/trajectories/${id}`)).statusCode).toBe(404);
  });

  it('goes straight to the schooling when the teacher pays', async () => {
    const { id, teacher } = await trajectoryWithIntake(t, w, bkoCoursePlan('teacher'));
    expect((await teacher.nl.get(`/api/v1/trajectories/${id}`)).json()).toMatchObject({
      state: 'schooling',
      costs: { needsApproval: false, payer: 'teacher' },
    });
  });

  it('enforces the KKO course as the only route (R-UMCU-ROUTE-3), naming the problems in nl and en', async () => {
    const { clients, clientsEn, institution } = w;
    const teacher = await newTeacher(t, w);
    const { id } = (
      await teacher.nl.post('/api/v1/me/trajectories', { institutionId: institution.id, from: 'advice' })
    ).json();
    const plan = {
      qualification: 'KKO',
      route: 'modules',
      schooling: [{ source: 'catalogue', itemId: 'toetsen' }],
      payer: 'teacher',
    };
    const nl = await clients.adviser.post(`/api/v1/trajectories/${id}/intake`, { plan });
    expect(nl.statusCode).toBe(400);
    expect(nl.json().error).toMatchObject({
      code: 'TRAJECTORY_ROUTE_INVALID',
      message: 'De route klopt niet: de KKO kan niet via losse modules.',
      details: { issues: [{ code: 'route-not-allowed', rules: ['R-UMCU-ROUTE-3', 'R-UMCU-KKO-1'] }] },
    });
    const withModule = await clientsEn.adviser.post(`/api/v1/trajectories/${id}/intake`, {
      plan: {
        ...plan,
        route: 'course',
        schooling: [{ source: 'catalogue', itemId: 'kko-leergang' }, ...plan.schooling],
      },
    });
    expect(withModule.json().error.message).toBe(
      'The route is not valid: the course of the KKO takes no separate modules.',
    );
    const bad = await clientsEn.adviser.post(`/api/v1/trajectories/${id}/intake`, {
      plan: { ...plan, payer: 'faculty' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Invalid input for body.plan.payer.');
    // the teacher does not record their own intake
    const own = await teacher.nl.post(`/api/v1/trajectories/${id}/intake`, {
      plan: { ...plan, route: 'course', schooling: [{ source: 'catalogue', itemId: 'kko-leergang' }] },
    });
    expect(own.statusCode).toBe(403);
  });

  it('answers 409 without a catalogue for the year, and for an event the state has no place for', async () => {
    const db = t.database.db;
    const other = await makeInstitution(db);
    const teacher = await makePerson(db, {
      roles: [{ role: 'teacher', institutionId: other.institution.id, unitId: other.department.id }],
    });
    const adviser = await makePerson(db, {
      roles: [{ role: 'educational-adviser', institutionId: other.institution.id }],
    });
    const teacherClient = new TestClient(t.app, 'en');
    await teacherClient.login(teacher.email);
    const adviserClient = new TestClient(t.app, 'nl');
    await adviserClient.login(adviser.email);
    const { id } = (
      await teacherClient.post('/api/v1/me/trajectories', {
        institutionId: other.institution.id,
        from: 'advice',
      })
    ).json();
    const noCatalogue = await adviserClient.post(`/api/v1/trajectories/${id}/intake`, {
      plan: bkoCoursePlan(),
    });
    expect(noCatalogue.statusCode).toBe(409);
    expect(noCatalogue.json().error.code).toBe('TRAJECTORY_NO_CATALOGUE');

    const { id: recorded } = await trajectoryWithIntake(t, w, bkoCoursePlan('teacher'));
    const late = await w.clients.adviser.post(`/api/v1/trajectories/${recorded}/intake-offers`, {
      times: [{ startsAt: inAWeek(), location: 'Teams' }],
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({
      code: 'TRAJECTORY_EVENT_NOT_ALLOWED',
      message: 'Een intake inplannen kan nu niet: het traject staat op ‘scholing’.',
    });
    const lateEn = await w.clientsEn.adviser.post(`/api/v1/trajectories/${recorded}/intake-offers`, {
      times: [{ startsAt: inAWeek(), location: 'Teams' }],
    });
    expect(lateEn.json().error.message).toBe(
      'Planning an intake is not possible now: the trajectory is at ‘schooling’.',
    );
  });
});

describe("the coordinator's overview", () => {
  it('lists the status of the trajectories in scope, with counts per state; others are refused', async () => {
    const { clients, clientsEn, institution } = w;
    const { id } = await trajectoryWithIntake(t, w, bkoCoursePlan('division'));
    const url = `/api/v1/institutions/${institution.id}/trajectories`;
    const all = await clients.coordinator.get(url);
    expect(all.statusCode).toBe(200);
    const mine = all.json().items.find((i: { id: string }) => i.id === id);
    expect(mine).toMatchObject({ state: 'cost-approval-pending', qualification: 'BKO' });
    expect(mine).not.toHaveProperty('costs');
    expect(all.json().counts['cost-approval-pending']).toBeGreaterThanOrEqual(1);
    const pending = await clients.coordinator.get(`${url}?state=cost-approval-pending`);
    expect(pending.json().items.every((i: { state: string }) => i.state === 'cost-approval-pending')).toBe(
      true,
    );
    // an adviser of another division has none of these teachers in scope
    expect((await clients.otherAdviser.get(url)).json().items).toEqual([]);
    for (const other of [clients.teacher, clients.manager])
      expect((await other.get(url)).statusCode).toBe(403);
    const bad = await clientsEn.coordinator.get(`${url}?state=done`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toBe('Invalid input for querystring.state.');
  });
});
